import ExcelJS from 'exceljs';
import type { Locale } from '@par-rubric/language';
import {
    COUNCIL_COLUMNS,
    COUNCIL_HEADER_FIELDS,
    COUNCIL_SHEET_NAMES,
    type CouncilHeaderKey,
    type CouncilSheetKind,
} from '../../layouts/council-sheet-layout.js';
import { fixedWorkbookDates, workbookBytes } from '../xlsx/workbook-bytes.js';

type CouncilCellValue = string | number | undefined;

/** One unit and item: its cells by column key, and the outcomes its input cell offers as a drop-down. */
export type CouncilRow = { readonly cells: Readonly<Record<string, CouncilCellValue>>; readonly options?: readonly string[] };

export type CouncilSheetModel = {
    readonly kind: CouncilSheetKind;
    readonly title: string;
    readonly subtitle: string;
    readonly hint: string;
    readonly year: number;
    readonly header: Partial<Record<CouncilHeaderKey, string | number>>;
    readonly rows: readonly CouncilRow[];
};

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7CC' } };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBDD7EE' } };
const KEY_FONT: Partial<ExcelJS.Font> = { size: 8, color: { argb: 'FF808080' }, italic: true };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * The workbook of one council sheet: the visible sheet, a very hidden copy of its read-only cells at the
 * same addresses (what the reader compares against), and a hidden sheet of drop-down lists.
 * Byte-identical for the same model.
 */
export async function councilWorkbook(model: CouncilSheetModel, locale: Locale): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    fixedWorkbookDates(workbook, model.year);
    const columns = COUNCIL_COLUMNS[model.kind];
    const sheet = workbook.addWorksheet(COUNCIL_SHEET_NAMES[model.kind][locale], {
        pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const original = workbook.addWorksheet(COUNCIL_SHEET_NAMES.original[locale], { state: 'veryHidden' });
    const lists = workbook.addWorksheet(COUNCIL_SHEET_NAMES.lists[locale], { state: 'hidden' });
    sheet.columns = columns.map((c) => ({ width: c.width }));
    sheet.getCell(1, 1).value = model.title;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(2, 1).value = model.subtitle;
    sheet.getCell(2, 1).font = { bold: true };
    let row = 3;
    for (const field of COUNCIL_HEADER_FIELDS) {
        const value = model.header[field.key];
        if (value === undefined) continue;
        for (const target of [sheet, original]) {
            target.getCell(row, 2).value = field.label[locale];
            target.getCell(row, 3).value = value;
        }
        sheet.getCell(row, 2).font = { bold: true };
        sheet.getCell(row, 3).alignment = { horizontal: 'left' };
        row++;
    }
    sheet.getCell(row, 2).value = model.hint;
    sheet.getCell(row, 2).font = { italic: true, color: { argb: 'FF595959' } };
    const headingRow = row + 2;
    columns.forEach((c, i) => {
        const heading = sheet.getCell(headingRow, i + 1);
        heading.value = c.label[locale];
        heading.font = { bold: true };
        heading.fill = HEADING_FILL;
        heading.border = THIN;
        heading.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        for (const target of [sheet, original]) target.getCell(headingRow + 1, i + 1).value = c.key;
        sheet.getCell(headingRow + 1, i + 1).font = KEY_FONT;
    });
    sheet.getRow(headingRow).height = 45;
    // one row of the lists sheet per distinct list of outcomes
    const listRows = new Map<string, number>();
    row = headingRow + 2;
    for (const entry of model.rows) {
        columns.forEach((c, i) => {
            const cell = sheet.getCell(row, i + 1);
            const value = entry.cells[c.key];
            if (value !== undefined && value !== '') {
                cell.value = value;
                if (!c.input) original.getCell(row, i + 1).value = value;
            }
            cell.border = THIN;
            cell.alignment = { vertical: 'top', wrapText: true };
            if (!c.input) return;
            cell.fill = INPUT_FILL;
            if (c.key === 'appraisal' && entry.options !== undefined && entry.options.length > 0) {
                // outcome labels hold commas and exceed 255 characters: the list lives in a sheet of its own
                const listKey = JSON.stringify(entry.options);
                let listRow = listRows.get(listKey);
                if (listRow === undefined) {
                    listRow = listRows.size + 1;
                    listRows.set(listKey, listRow);
                    entry.options.forEach((option, o) => (lists.getCell(listRow!, o + 1).value = option));
                }
                cell.dataValidation = {
                    type: 'list',
                    allowBlank: true,
                    formulae: [`'${lists.name}'!$A$${listRow}:$${columnLetter(entry.options.length)}$${listRow}`],
                    showErrorMessage: true,
                };
            } else if (c.key === 'evidenceDate') {
                cell.numFmt = 'dd/mm/yyyy';
            }
        });
        row++;
    }
    sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: headingRow + 1 }];
    return workbookBytes(workbook);
}

function columnLetter(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
}
