import ExcelJS from 'exceljs';
import type { Locale } from '@par-rubric/language';
import type { AssessmentSource } from './assessment-reader.js';
import { text } from '../../cli-text.js';
import { AssessmentInputError, type CellLocation, type ParsedDocument } from '@par-rubric/language/assessment-input';
import { assessmentFromSheet, type SheetContent } from './sheet-assessment.js';
import { isoDate, type SheetCell, type SheetRow } from './sheet-cell.js';
import { headerKeyOf, SHEET_NAMES, type HeaderKey } from '../../layouts/sheet-layout.js';
import { neededWorkbookParts } from './workbook-parts.js';

/** How far down a sheet the key row may sit (the header block is a dozen rows). */
const KEY_ROW_SEARCH = 60;

/**
 * A workbook made by `rubric template --format xlsx` and filled in by a unit, read back into the plain
 * assessment. Only the parts it needs are inflated, within limits checked before inflating. Sheets are found by name (in either language) or by their key row; every value remembers
 * its cell, so problems read "file: 'Tự đánh giá'!G14: …".
 */
export default async function readXlsxAssessment({ bytes, file, rubric, locale }: AssessmentSource): Promise<ParsedDocument> {
    if (bytes.length === 0) throw new AssessmentInputError([{ file, message: text(locale, 'emptyFile') }]);
    const parts = neededWorkbookParts(bytes, file, locale);
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(parts as unknown as ExcelJS.Buffer);
    } catch {
        // the reader's own words ("Cannot read properties of undefined") would tell a user nothing
        throw new AssessmentInputError([{ file, message: text(locale, 'xlsxDamaged') }]);
    }
    const items = findTable(workbook, SHEET_NAMES.items, ['code', 'title']);
    if (!items) throw new AssessmentInputError([{ file, message: text(locale, 'xlsxNoItemSheet', { sheet: SHEET_NAMES.items[locale] }) }]);
    const metrics = findTable(workbook, SHEET_NAMES.metrics, ['metric', 'value']);
    const adjustments = findTable(workbook, SHEET_NAMES.adjustments, ['kind', 'points']);
    const sheet: SheetContent = {
        origin: { kind: 'cell', sheet: items.sheet.name, cell: 'A1' },
        ...readHeaderBlock(items.sheet, items.keyRow),
        items: tableRows(items),
        metrics: metrics ? tableRows(metrics) : [],
        adjustments: adjustments ? tableRows(adjustments) : [],
    };
    return assessmentFromSheet(sheet, rubric, file, locale);
}

type Table = { sheet: ExcelJS.Worksheet; keyRow: number; columns: Map<string, number> };

function findTable(workbook: ExcelJS.Workbook, names: Record<Locale, string>, requiredKeys: string[]): Table | undefined {
    const named = workbook.worksheets.filter((ws) => ws.name === names.vi || ws.name === names.en);
    const candidates = [...named, ...workbook.worksheets.filter((ws) => !named.includes(ws))];
    for (const sheet of candidates) {
        const last = Math.min(sheet.rowCount, KEY_ROW_SEARCH);
        for (let rowNumber = 1; rowNumber <= last; rowNumber++) {
            const columns = new Map<string, number>();
            sheet.getRow(rowNumber).eachCell((cell, columnNumber) => {
                const key = cellText(cell.value).trim();
                if (key && !columns.has(key)) columns.set(key, columnNumber);
            });
            if (requiredKeys.every((key) => columns.has(key))) return { sheet, keyRow: rowNumber, columns };
        }
    }
    return undefined;
}

/** Label in column B, value in column C, for every row above the table's headings (and where each blank value is). */
function readHeaderBlock(sheet: ExcelJS.Worksheet, keyRow: number): Pick<SheetContent, 'header' | 'blankHeader'> {
    const header = new Map<HeaderKey, SheetCell>();
    const blankHeader = new Map<HeaderKey, CellLocation>();
    for (let rowNumber = 1; rowNumber < keyRow; rowNumber++) {
        const row = sheet.getRow(rowNumber);
        const key = headerKeyOf(cellText(row.getCell(2).value));
        if (!key) continue;
        const cell = toSheetCell(sheet, row.getCell(3));
        if (cell) header.set(key, cell);
        else blankHeader.set(key, location(sheet, `C${rowNumber}`));
    }
    return { header, blankHeader };
}

function tableRows(table: Table): SheetRow[] {
    const rows: SheetRow[] = [];
    for (let rowNumber = table.keyRow + 1; rowNumber <= table.sheet.rowCount; rowNumber++) {
        const row = table.sheet.getRow(rowNumber);
        const cells = new Map<string, SheetCell>();
        for (const [key, columnNumber] of table.columns) {
            const cell = toSheetCell(table.sheet, row.getCell(columnNumber));
            if (cell) cells.set(key, cell);
        }
        const locate = (key: string): CellLocation | undefined => {
            const column = table.columns.get(key);
            return column === undefined ? undefined : location(table.sheet, `${columnLetters(column)}${rowNumber}`);
        };
        if (cells.size > 0) rows.push({ location: location(table.sheet, `A${rowNumber}`), cells, locate });
    }
    return rows;
}

function toSheetCell(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): SheetCell | undefined {
    const raw = cell.value;
    const value = raw !== null && typeof raw === 'object' && 'result' in raw ? raw.result : raw;
    if (value === null || value === undefined) return undefined;
    const textValue = cellText(value);
    if (textValue.trim() === '') return undefined;
    const result: SheetCell = { text: textValue, location: location(sheet, cell.address) };
    if (raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) result.formula = true;
    if (typeof value === 'number') {
        result.number = value;
        if (/%/.test(cell.numFmt ?? '')) result.percent = true;
    } else if (value instanceof Date) {
        result.date = isoDate(value);
    } else if (typeof value === 'object' && 'hyperlink' in value) {
        result.link = String(value.hyperlink);
    }
    return result;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return isoDate(value);
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    return '';
}

function location(sheet: ExcelJS.Worksheet, cell: string): CellLocation {
    return { kind: 'cell', sheet: sheet.name, cell };
}

/** 1 → A, 27 → AA: the column part of a cell's address. */
function columnLetters(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
}
