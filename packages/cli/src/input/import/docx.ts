import { SaxesParser } from 'saxes';
import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { boundedZipParts, type ZipPartMessages } from '../zip-parts.js';
import { ImportInputError } from './import-input-error.js';
import type { SourceTable, TableCell, TableRow, TableSource } from './source-table.js';
import { tidyText } from './tidy-text.js';

/** The document body holds the tables; styles, media, headers and footers are never inflated. */
const NEEDED_PARTS = [/^word\/document\.xml$/];

/**
 * Every table of a Word document (the annex of a decision) as rows of cell texts, the paragraphs of a cell
 * on lines of their own. A cell spanning several grid columns stands at its first; a cell continuing a
 * vertical merge is empty, as in a sheet. Tables inside a cell add their text to that cell.
 */
export default async function readDocxTables({ bytes, file, locale }: TableSource): Promise<SourceTable[]> {
    if (bytes.length === 0) throw new ImportInputError(`${file}: ${text(locale, 'emptyFile')}`);
    const refuse = (message: string): ImportInputError => new ImportInputError(`${file}: ${message}`);
    const [document] = boundedZipParts(bytes, NEEDED_PARTS, documentMessages(locale), refuse);
    if (!document) throw refuse(text(locale, 'docxNoBody'));
    try {
        return tablesOf(new TextDecoder('utf-8').decode(document.data));
    } catch {
        throw refuse(text(locale, 'docxDamaged'));
    }
}

function tablesOf(xml: string): SourceTable[] {
    const tables: SourceTable[] = [];
    let depth = 0;
    let rows: TableRow[] = [];
    let cells: (TableCell | undefined)[] = [];
    let column = 0;
    let span = 1;
    let continuesMerge = false;
    let paragraphs: string[] = [];
    let paragraph = '';
    let inText = false;
    const parser = new SaxesParser();
    parser.on('error', (error) => {
        throw error;
    });
    parser.on('opentag', (tag) => {
        if (tag.name === 'w:tbl' && ++depth === 1) rows = [];
        if (depth === 0) return;
        if (tag.name === 'w:p') paragraph = '';
        else if (tag.name === 'w:t') inText = true;
        else if (tag.name === 'w:tab' || tag.name === 'w:br') paragraph += ' ';
        if (depth !== 1) return;
        if (tag.name === 'w:tr') {
            cells = [];
            column = 0;
        } else if (tag.name === 'w:tc') {
            paragraphs = [];
            span = 1;
            continuesMerge = false;
        } else if (tag.name === 'w:gridSpan') {
            span = Math.max(1, Number(tag.attributes['w:val']) || 1);
        } else if (tag.name === 'w:vMerge') {
            continuesMerge = tag.attributes['w:val'] !== 'restart';
        }
    });
    parser.on('text', (chunk) => {
        if (inText) paragraph += chunk;
    });
    parser.on('closetag', (tag) => {
        if (depth === 0) return;
        if (tag.name === 'w:t') inText = false;
        else if (tag.name === 'w:p') paragraphs.push(paragraph);
        else if (tag.name === 'w:tbl' && --depth === 0) tables.push({ name: String(tables.length + 1), rows });
        if (depth !== 1) return;
        const table = tables.length + 1;
        const place = (cell: number) => ({ kind: 'table' as const, table, row: rows.length + 1, cell });
        if (tag.name === 'w:tc') {
            const shown = continuesMerge ? '' : tidyText(paragraphs.join('\n'));
            if (shown !== '') cells[column] = { text: shown, place: place(column + 1) };
            column += span;
        } else if (tag.name === 'w:tr') {
            // every row counts, empty or not, so that "row 5" is the fifth row of the table as Word shows it
            rows.push({ place: place(1), cells });
        }
    });
    parser.write(xml).close();
    for (const table of tables) table.rows = table.rows.filter((row) => row.cells.some(Boolean));
    return tables;
}

function documentMessages(locale: Locale): ZipPartMessages {
    return {
        notZip: () => text(locale, 'docxNotZip'),
        encrypted: () => text(locale, 'docxEncrypted'),
        partTooLarge: (part, size, limit) => text(locale, 'docxPartTooLarge', { part, size, limit }),
        partsTooLarge: (size, limit) => text(locale, 'docxPartTooLarge', { part: 'word/', size, limit }),
        partRatio: (part, ratio, limit) => text(locale, 'docxPartRatio', { part, ratio, limit }),
        partExceedsDeclared: (part) => text(locale, 'docxPartDamaged', { part }),
        partSizeMismatch: (part) => text(locale, 'docxPartDamaged', { part }),
        partDamaged: (part) => text(locale, 'docxPartDamaged', { part }),
    };
}
