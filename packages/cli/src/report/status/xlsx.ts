import ExcelJS from 'exceljs';
import type { StatusReport } from '../../contracts/status-report.js';
import { spreadsheetText } from '../../safe-text/spreadsheet.js';
import { word } from '../report-text.js';
import { fixedWorkbookDates, workbookBytes } from '../xlsx/workbook-bytes.js';
import { roundSentence, statusCells, statusHeadings } from './status-cells.js';

/** One sheet: the round's sentence, then a row per unit with its figures as numbers where they are numbers. */
export default async function xlsxStatus(report: StatusReport): Promise<Uint8Array> {
    const { rubric, units, locale } = report;
    const workbook = new ExcelJS.Workbook();
    fixedWorkbookDates(workbook, rubric.year);
    const sheet = workbook.addWorksheet(word(locale, 'statusTitle').slice(0, 31));
    sheet.getCell(1, 1).value = spreadsheetText(`${rubric.title} (${rubric.id}, ${rubric.year})`);
    sheet.getCell(1, 1).font = { bold: true };
    sheet.getCell(2, 1).value = spreadsheetText(roundSentence(report, locale));
    const head = sheet.getRow(4);
    head.values = statusHeadings(locale);
    head.font = { bold: true };
    units.forEach((unit, i) => {
        const cells: ExcelJS.CellValue[] = statusCells(unit, locale).map(spreadsheetText);
        if (unit.selfTotal !== null) cells[5] = unit.selfTotal;
        sheet.getRow(5 + i).values = cells;
    });
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 30 : i === 1 ? 28 : i === 2 ? 24 : 12));
    return workbookBytes(workbook);
}
