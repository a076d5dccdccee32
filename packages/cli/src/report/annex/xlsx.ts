import ExcelJS from 'exceljs';
import type { CompiledRubric, Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import { fixedWorkbookDates, workbookBytes } from '../xlsx/workbook-bytes.js';
import { annexOf } from './annex-model.js';

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** The annex as a workbook ready to paste into the decision: one bordered table, headings repeated on print. */
export default async function annexXlsx(rubric: CompiledRubric, locale: Locale): Promise<Uint8Array> {
    const annex = annexOf(rubric, locale);
    const workbook = new ExcelJS.Workbook();
    fixedWorkbookDates(workbook, rubric.year);
    const sheet = workbook.addWorksheet(word(locale, 'annexTitle'), {
        pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' },
    });
    sheet.columns = [{ width: 9 }, { width: 55 }, { width: 10 }, { width: 55 }, { width: 40 }];
    sheet.mergeCells('A1:E1');
    sheet.getCell('A1').value = `${word(locale, 'annexTitle')}: ${annex.title}`;
    sheet.getCell('A1').font = { bold: true, size: 13 };
    sheet.getCell('A1').alignment = { horizontal: 'center', wrapText: true };
    sheet.mergeCells('A2:E2');
    sheet.getCell('A2').value = annex.basis ? `${annex.shape}. ${word(locale, 'annexBasis')}: ${annex.basis}` : annex.shape;
    sheet.getCell('A2').alignment = { horizontal: 'center', wrapText: true };
    const style = (row: ExcelJS.Row, bold: boolean): void => {
        row.eachCell({ includeEmpty: true }, (cell, column) => {
            if (column > 5) return;
            cell.border = BORDER;
            cell.alignment = { vertical: 'top', wrapText: true, horizontal: column === 1 || column === 3 ? 'center' : 'left' };
            if (bold) cell.font = { bold: true };
        });
    };
    const heading = sheet.getRow(4);
    heading.values = annex.headings;
    style(heading, true);
    heading.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }));
    let r = 5;
    for (const row of annex.rows) {
        const line = sheet.getRow(r++);
        line.values = [row.code, row.title, row.max, row.rule, row.evidence];
        style(line, !row.leaf);
    }
    const total = sheet.getRow(r++);
    total.values = ['', annex.totalLabel, annex.total, '', ''];
    style(total, true);
    for (const section of [annex.adjustments, annex.grades]) {
        if (section.lines.length === 0) continue;
        r++;
        sheet.getCell(r, 2).value = section.heading;
        sheet.getCell(r++, 2).font = { bold: true };
        for (const line of section.lines) sheet.getCell(r++, 2).value = line;
    }
    return workbookBytes(workbook);
}
