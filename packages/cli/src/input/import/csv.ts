import { text } from '../../cli-text.js';
import { parseCsv } from '../../layouts/csv-table.js';
import { ImportInputError } from './import-input-error.js';
import { tidyText } from './tidy-text.js';
import type { SourceTable, TableCell, TableSource } from './source-table.js';

/** A CSV file (comma, semicolon or tab; UTF-8, with or without a byte-order mark) as one table. */
export default async function readCsvTables({ bytes, file, locale }: TableSource): Promise<SourceTable[]> {
    let source: string;
    try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new ImportInputError(`${file}: ${text(locale, 'notUtf8')}`);
    }
    if (source.trim() === '') throw new ImportInputError(`${file}: ${text(locale, 'emptyFile')}`);
    const parsed = parseCsv(source);
    if (!parsed.ok) {
        const key = parsed.reason === 'unterminatedQuote' ? 'csvUnterminatedQuote' : 'csvTextAfterQuote';
        throw new ImportInputError(`${file}:${parsed.line}:${parsed.column}: ${text(locale, key)}`);
    }
    const rows = parsed.rows.map((row) => ({
        place: { kind: 'text' as const, line: row.line, column: 1 },
        cells: row.cells.map((cell): TableCell | undefined => {
            // a leading apostrophe is how the CLI's own CSV keeps a text from being read as a formula
            const shown = tidyText(cell.value.replace(/^'(?=[=+\-@])/, ''));
            return shown === '' ? undefined : { text: shown, place: { kind: 'text', line: cell.line, column: cell.column } };
        }),
    }));
    return [{ name: '1', rows: rows.filter((row) => row.cells.some(Boolean)) }];
}
