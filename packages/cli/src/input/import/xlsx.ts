import ExcelJS from 'exceljs';
import { text } from '../../cli-text.js';
import { AssessmentInputError } from '@par-rubric/language/assessment-input';
import { neededWorkbookParts } from '../assessment/workbook-parts.js';
import { ImportInputError } from './import-input-error.js';
import { tidyText } from './tidy-text.js';
import type { SourceTable, TableCell, TableRow, TableSource } from './source-table.js';

/**
 * Every worksheet of a workbook as a table of cell texts. Only the parts cells need are inflated, within
 * the limits every workbook reader of the CLI keeps; a merged range counts once, at its first cell (the
 * only one of its cells that holds a value).
 */
export default async function readXlsxTables({ bytes, file, locale }: TableSource): Promise<SourceTable[]> {
    if (bytes.length === 0) throw new ImportInputError(`${file}: ${text(locale, 'emptyFile')}`);
    let parts: Uint8Array;
    try {
        parts = neededWorkbookParts(bytes, file, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) throw new ImportInputError(error.message);
        throw error;
    }
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(parts as unknown as ExcelJS.Buffer);
    } catch {
        throw new ImportInputError(`${file}: ${text(locale, 'xlsxDamaged')}`);
    }
    return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
}

function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
    const rows: TableRow[] = [];
    // only the rows the sheet stores: one cell at A1048576 must not make a million empty rows
    sheet.eachRow((row, rowNumber) => {
        const cells: (TableCell | undefined)[] = [];
        row.eachCell((cell, column) => {
            const value = shownNumber(cellValue(cell.value));
            const shown = tidyText(cellText(value));
            if (shown === '') return;
            cells[column - 1] = {
                text: shown,
                ...(typeof value === 'number' ? { number: value } : {}),
                place: { kind: 'cell', sheet: sheet.name, cell: cell.address },
            };
        });
        if (cells.some(Boolean)) rows.push({ place: { kind: 'cell', sheet: sheet.name, cell: `A${rowNumber}` }, cells });
    });
    return rows;
}

/** A formula's cached result stands for the formula: the sheet shows that value. */
function cellValue(raw: ExcelJS.CellValue): ExcelJS.CellValue {
    return raw !== null && typeof raw === 'object' && 'formula' in raw ? ((raw.result as ExcelJS.CellValue) ?? null) : raw;
}

/**
 * A stored number as the sheet shows it. A workbook keeps a formula's result as the full double
 * (SUM(0.1, 0.2) is stored as 0.30000000000000004); Excel computes and shows 15 significant digits, so
 * that is the figure the sheet states.
 */
function shownNumber(value: ExcelJS.CellValue): ExcelJS.CellValue {
    return typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    return '';
}
