import type { AssessmentSource } from './assessment-reader.js';
import { text } from '../../cli-text.js';
import { parseCsv, type CsvCell } from '../../layouts/csv-table.js';
import { AssessmentInputError, type ParsedDocument, type SourceProblem, type TextLocation } from '@par-rubric/language/assessment-input';
import { assessmentFromSheet, type SheetContent } from './sheet-assessment.js';
import type { SheetCell } from './sheet-cell.js';
import { CSV_COLUMNS, headerKeyOf, type CsvRecord } from '../../layouts/sheet-layout.js';

const REQUIRED_COLUMNS = ['record', 'code'];

/**
 * The CSV form of the template: a header line of column keys, then one line per record, its kind in the
 * first column (header, metric, item, bonus, penalty). Read into the same plain assessment as the XLSX.
 */
export default function readCsvAssessment(input: AssessmentSource): ParsedDocument {
    const { file, rubric, locale } = input;
    const parsed = parseCsv(input.text());
    if (!parsed.ok) {
        const key = parsed.reason === 'unterminatedQuote' ? 'csvUnterminatedQuote' : 'csvTextAfterQuote';
        throw new AssessmentInputError([{ file, location: at(parsed.line, parsed.column), message: text(locale, key) }]);
    }
    const [headerRow, ...rows] = parsed.rows;
    if (!headerRow) throw new AssessmentInputError([{ file, location: at(1, 1), message: text(locale, 'emptyFile') }]);
    const columns = new Map<string, number>();
    headerRow.cells.forEach((cell, index) => {
        const key = cell.value.trim();
        if (key && !columns.has(key)) columns.set(key, index);
    });
    const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key));
    if (missing.length > 0) {
        throw new AssessmentInputError([
            { file, location: at(headerRow.line, 1), message: text(locale, 'csvMissingColumns', { columns: missing, expected: CSV_COLUMNS.join(',') }) },
        ]);
    }
    const content: SheetContent = { origin: at(1, 1), header: new Map(), blankHeader: new Map(), items: [], metrics: [], adjustments: [] };
    const problems: SourceProblem[] = [];
    for (const row of rows) {
        const cells = new Map<string, SheetCell>();
        for (const [key, index] of columns) {
            const cell = row.cells[index];
            if (cell && cell.value.trim() !== '') cells.set(key, toSheetCell(cell));
        }
        const recordCell = cells.get('record');
        if (!recordCell) {
            if (cells.size > 0) problems.push({ file, location: at(row.line, 1), message: text(locale, 'csvMissingRecord') });
            continue;
        }
        const record = recordCell.text.trim().toLowerCase() as CsvRecord;
        const location = at(row.line, 1);
        const rename = (pairs: [string, string][]): Map<string, SheetCell> =>
            new Map(pairs.filter(([from]) => cells.has(from)).map(([from, to]) => [to, cells.get(from)!]));
        // a blank cell's place: where its column's cell of this line starts, else the line's start
        const locate = (key: string): TextLocation => {
            const index = columns.get(key);
            const cell = index === undefined ? undefined : row.cells[index];
            return cell ? at(cell.line, cell.column) : location;
        };
        switch (record) {
            case 'header': {
                const key = headerKeyOf(cells.get('code')?.text ?? '');
                const value = cells.get('value');
                if (!key) problems.push({ file, location: cells.get('code')?.location ?? location, message: text(locale, 'csvUnknownHeader', { value: cells.get('code')?.text ?? '' }) });
                else if (value) content.header.set(key, value);
                else content.blankHeader.set(key, locate('value'));
                break;
            }
            case 'metric':
                content.metrics.push({ location, cells: rename([['code', 'metric'], ['value', 'value']]), locate: (key) => locate(key === 'metric' ? 'code' : key) });
                break;
            case 'item':
                content.items.push({ location, cells, locate });
                break;
            case 'bonus':
            case 'penalty':
                content.adjustments.push({
                    location,
                    cells: rename([['record', 'kind'], ['code', 'key'], ['points', 'points'], ['reason', 'reason']]),
                    locate: (key) => locate(key === 'kind' ? 'record' : key === 'key' ? 'code' : key),
                });
                break;
            default:
                problems.push({ file, location: recordCell.location, message: text(locale, 'csvUnknownRecord', { value: recordCell.text }) });
        }
    }
    return assessmentFromSheet(content, rubric, file, locale, problems);
}

function toSheetCell(cell: CsvCell): SheetCell {
    return { text: cell.value, location: at(cell.line, cell.column) };
}

function at(line: number, column: number): TextLocation {
    return { kind: 'text', line, column };
}

