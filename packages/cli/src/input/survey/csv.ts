import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { parseCsv } from '../../layouts/csv-table.js';
import { AssessmentInputError } from '@par-rubric/language/assessment-input';
import type { SheetCell } from '../assessment/sheet-cell.js';
import type { SurveyGrid } from './survey-grid.js';

/** A survey table saved as CSV (comma, semicolon or tab), UTF-8 with or without a byte-order mark. */
export default async function readCsvSurveyGrid(bytes: Uint8Array, file: string, locale: Locale): Promise<SurveyGrid> {
    let source: string;
    try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new AssessmentInputError([{ file, message: text(locale, 'notUtf8') }]);
    }
    const parsed = parseCsv(source);
    if (!parsed.ok) throw new AssessmentInputError([{ file, location: { kind: 'text', line: parsed.line, column: parsed.column }, message: text(locale, 'surveyNoTable') }]);
    const rows: (SheetCell | undefined)[][] = [];
    for (const row of parsed.rows) {
        rows[row.line - 1] = row.cells.map((cell) =>
            cell.value.trim() === '' ? undefined : { text: cell.value, location: { kind: 'text', line: cell.line, column: cell.column } },
        );
    }
    return { rows: Array.from(rows, (row) => row ?? []), formulas: [] };
}
