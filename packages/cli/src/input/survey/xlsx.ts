import ExcelJS from 'exceljs';
import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { AssessmentInputError } from '@par-rubric/language/assessment-input';
import { isoDate, type SheetCell } from '../assessment/sheet-cell.js';
import { neededWorkbookParts } from '../assessment/workbook-parts.js';
import type { SurveyGrid } from './survey-grid.js';

/** The first sheet of a survey workbook, cell by cell; a formula's cell is listed to be refused. */
export default async function readXlsxSurveyGrid(bytes: Uint8Array, file: string, locale: Locale): Promise<SurveyGrid> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(neededWorkbookParts(bytes, file, locale) as unknown as ExcelJS.Buffer);
    } catch (error) {
        if (error instanceof AssessmentInputError) throw error;
        throw new AssessmentInputError([{ file, message: text(locale, 'xlsxDamaged') }]);
    }
    const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
    if (!sheet) throw new AssessmentInputError([{ file, message: text(locale, 'surveyNoTable') }]);
    const rows: (SheetCell | undefined)[][] = [];
    const formulas: SheetCell[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: (SheetCell | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
            const raw = cell.value;
            const value = raw !== null && typeof raw === 'object' && 'result' in raw ? (raw.result as ExcelJS.CellValue) : raw;
            const shown = value instanceof Date ? isoDate(value) : typeof value === 'object' && value !== null && 'richText' in value ? value.richText.map((t) => t.text).join('') : value === null || value === undefined ? '' : String(value);
            const read: SheetCell = { text: shown, location: { kind: 'cell', sheet: sheet.name, cell: cell.address } };
            if (typeof value === 'number') read.number = value;
            if (raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) formulas.push(read);
            if (shown.trim() !== '') cells[c - 1] = read;
        });
        rows[r - 1] = cells;
    });
    return { rows: Array.from(rows, (row) => row ?? []), formulas };
}
