import ExcelJS from 'exceljs';
import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import {
    COUNCIL_COLUMNS,
    COUNCIL_HEADER_FIELDS,
    COUNCIL_SHEET_NAMES,
    type CouncilHeaderKey,
    type CouncilSheetKind,
} from '../../layouts/council-sheet-layout.js';
import { AssessmentInputError, type SourceProblem } from '@par-rubric/language/assessment-input';
import { isoDate, type SheetCell } from '../assessment/sheet-cell.js';
import { neededWorkbookParts } from '../assessment/workbook-parts.js';

/** One unit and item of a council sheet: its read-only cells as written, and what was typed in its input cells. */
export type CouncilSheetRow = {
    readonly row: number;
    readonly fixed: ReadonlyMap<string, string>;
    readonly inputs: ReadonlyMap<string, SheetCell>;
};

export type CouncilSheet = {
    /** As printed in messages. */
    readonly file: string;
    readonly sheet: string;
    readonly kind: CouncilSheetKind;
    readonly header: ReadonlyMap<CouncilHeaderKey, string>;
    readonly rows: readonly CouncilSheetRow[];
    /** What is wrong with the sheet as a sheet (edits outside the input columns, formulas, merges…). */
    readonly findings: SourceProblem[];
};

/** A sheet with more wrong than this says so once: the first findings show what happened. */
const FINDINGS_PER_SHEET = 20;

/**
 * Reads a council sheet written by `rubric appraisal-sheets` or `rubric explanation-sheets` and filled in
 * outside. Every read-only cell is compared with the very hidden copy written beside it, so an edit
 * outside the input columns, a deleted, added or moved row is found at its cell; so are formulas (a
 * sheet's values must be values), merged cells and anything typed beyond the last column. A file that is
 * no such workbook throws AssessmentInputError (exit 2).
 */
export async function readCouncilSheet(bytes: Uint8Array, file: string, locale: Locale): Promise<CouncilSheet> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(neededWorkbookParts(bytes, file, locale) as unknown as ExcelJS.Buffer);
    } catch (error) {
        if (error instanceof AssessmentInputError) throw error;
        throw new AssessmentInputError([{ file, message: text(locale, 'xlsxDamaged') }]);
    }
    const named = (names: Record<Locale, string>) => workbook.worksheets.find((ws) => ws.name === names.vi || ws.name === names.en);
    const original = named(COUNCIL_SHEET_NAMES.original);
    const kind: CouncilSheetKind | undefined = named(COUNCIL_SHEET_NAMES.appraisal) ? 'appraisal' : named(COUNCIL_SHEET_NAMES.explanation) ? 'explanation' : undefined;
    const sheet = kind ? named(COUNCIL_SHEET_NAMES[kind]) : undefined;
    if (!sheet || !original || !kind) throw new AssessmentInputError([{ file, message: text(locale, 'notACouncilSheet') }], 2);
    const columns = COUNCIL_COLUMNS[kind];
    const findings: SourceProblem[] = [];
    const at = (address: string, message: string): void => {
        if (findings.length < FINDINGS_PER_SHEET) findings.push({ file, location: { kind: 'cell', sheet: sheet.name, cell: address }, message });
        else if (findings.length === FINDINGS_PER_SHEET) findings.push({ file, message: text(locale, 'sheetMoreFindings') });
    };

    // the key row of the copy says where the table starts; the visible one must still be there
    const keyRow = findKeyRow(original, columns[0].key);
    if (keyRow === undefined) throw new AssessmentInputError([{ file, message: text(locale, 'notACouncilSheet') }], 2);
    for (const merge of mergedRanges(sheet)) at(merge.split(':')[0], text(locale, 'sheetMergedCells', { range: merge }));

    const header = new Map<CouncilHeaderKey, string>();
    for (let r = 1; r < keyRow; r++) {
        const label = cellText(original.getCell(r, 2).value);
        const field = COUNCIL_HEADER_FIELDS.find((f) => f.label.vi === label || f.label.en === label);
        if (!field) continue;
        const written = cellText(original.getCell(r, 3).value);
        header.set(field.key, written);
        const shown = sheet.getCell(r, 3);
        if (cellText(valueOf(shown.value)) !== written) at(shown.address, text(locale, 'sheetCellEdited', { was: written }));
    }
    for (let c = 1; c <= columns.length; c++) {
        const cell = sheet.getCell(keyRow, c);
        if (cellText(cell.value) !== columns[c - 1].key) at(cell.address, text(locale, 'sheetCellEdited', { was: columns[c - 1].key }));
    }

    const fixedKeys = columns.filter((c) => !c.input);
    const signature = (ws: ExcelJS.Worksheet, r: number): string => fixedKeys.map((c) => cellText(valueOf(ws.getCell(r, columns.indexOf(c) + 1).value))).join('\u0000');
    const last = Math.max(lastRow(sheet), lastRow(original));
    const originalRows = new Map<string, number>();
    for (let r = keyRow + 1; r <= last; r++) originalRows.set(signature(original, r), r);
    const rows: CouncilSheetRow[] = [];
    for (let r = keyRow + 1; r <= last; r++) {
        const row = sheet.getRow(r);
        row.eachCell({ includeEmpty: false }, (cell, c) => {
            if (isFormula(cell.value)) at(cell.address, text(locale, 'sheetFormula'));
            else if (c > columns.length && cellText(cell.value).trim() !== '') at(cell.address, text(locale, 'sheetOutsideColumns'));
        });
        const shownSignature = signature(sheet, r);
        const writtenSignature = signature(original, r);
        const empty = (s: string) => s.replace(/\u0000/g, '') === '';
        if (shownSignature !== writtenSignature) {
            const first = sheet.getCell(r, 1).address;
            const movedFrom = originalRows.get(shownSignature);
            if (empty(shownSignature)) at(first, text(locale, 'sheetRowDeleted', { row: r, what: describeRow(original, r, columns) }));
            else if (empty(writtenSignature)) at(first, text(locale, 'sheetRowAdded'));
            else if (movedFrom !== undefined) at(first, text(locale, 'sheetRowMoved', { row: movedFrom }));
            else {
                for (const c of fixedKeys) {
                    const index = columns.indexOf(c) + 1;
                    const written = cellText(valueOf(original.getCell(r, index).value));
                    const cell = sheet.getCell(r, index);
                    if (cellText(valueOf(cell.value)) !== written) {
                        at(cell.address, text(locale, 'sheetCellEdited', { was: written }));
                        break;
                    }
                }
            }
            continue;
        }
        if (empty(writtenSignature)) continue;
        const fixed = new Map<string, string>();
        const inputs = new Map<string, SheetCell>();
        columns.forEach((c, i) => {
            const cell = sheet.getCell(r, i + 1);
            if (!c.input) fixed.set(c.key, cellText(valueOf(cell.value)));
            else if (!isFormula(cell.value)) {
                const read = toSheetCell(sheet.name, cell);
                if (read) inputs.set(c.key, read);
            }
        });
        rows.push({ row: r, fixed, inputs });
    }
    return { file, sheet: sheet.name, kind, header, rows, findings };
}

function findKeyRow(sheet: ExcelJS.Worksheet, firstKey: string): number | undefined {
    for (let r = 1; r <= Math.min(lastRow(sheet), 40); r++) if (cellText(sheet.getCell(r, 1).value) === firstKey) return r;
    return undefined;
}

function lastRow(sheet: ExcelJS.Worksheet): number {
    return sheet.actualRowCount === 0 ? 0 : sheet.lastRow?.number ?? 0;
}

function mergedRanges(sheet: ExcelJS.Worksheet): string[] {
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    return [...merges].sort();
}

function describeRow(sheet: ExcelJS.Worksheet, row: number, columns: readonly { key: string }[]): string {
    const value = (key: string) => cellText(sheet.getCell(row, columns.findIndex((c) => c.key === key) + 1).value);
    return `${value('unit')} ${value('code')}`;
}

function isFormula(value: ExcelJS.CellValue): boolean {
    return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}

/** A formula's cached result stands for it where cells are compared (the formula itself is reported). */
function valueOf(value: ExcelJS.CellValue): ExcelJS.CellValue {
    return value !== null && typeof value === 'object' && 'result' in value ? (value.result as ExcelJS.CellValue) : value;
}

function toSheetCell(sheet: string, cell: ExcelJS.Cell): SheetCell | undefined {
    const value = cell.value;
    const shown = cellText(value);
    if (value === null || value === undefined || shown.trim() === '') return undefined;
    const result: SheetCell = { text: shown, location: { kind: 'cell', sheet, cell: cell.address } };
    if (typeof value === 'number') result.number = value;
    else if (value instanceof Date) result.date = isoDate(value);
    else if (typeof value === 'object' && 'hyperlink' in value) result.link = String(value.hyperlink);
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
