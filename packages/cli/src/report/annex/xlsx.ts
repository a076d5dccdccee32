import ExcelJS from 'exceljs';
import type { CompiledRubric, Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import { fixedWorkbookDates, workbookBytes } from '../xlsx/workbook-bytes.js';
import { annexOf } from './annex-model.js';

/** The Word annex's typography: Times New Roman 13 throughout. */
const FONT = { name: 'Times New Roman', size: 13 } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * The annex as a workbook ready to paste into the decision: the Word annex's columns and typography, one
 * bordered table, headings repeated on print.
 */
export default async function annexXlsx(rubric: CompiledRubric, locale: Locale): Promise<Uint8Array> {
    const annex = annexOf(rubric, locale);
    const workbook = new ExcelJS.Workbook();
    fixedWorkbookDates(workbook, rubric.year);
    const sheet = workbook.addWorksheet(word(locale, 'annexTitle'), {
        pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' },
    });
    sheet.columns = [{ width: 9 }, { width: 50 }, { width: 10 }, { width: 50 }, { width: 36 }, { width: 22 }];
    const centred = (row: number, value: string, font: Partial<ExcelJS.Font>): void => {
        sheet.mergeCells(row, 1, row, 6);
        const cell = sheet.getCell(row, 1);
        cell.value = value;
        cell.font = { ...FONT, ...font };
        cell.alignment = { horizontal: 'center', wrapText: true };
    };
    centred(1, `${word(locale, 'annexTitle')}: ${annex.title}`, { bold: true });
    centred(2, annex.decisionLine ?? '', { italic: true });
    centred(3, annex.basis ? `${annex.shape}. ${word(locale, 'annexBasis')}: ${annex.basis}` : annex.shape, {});
    const style = (row: ExcelJS.Row, bold: boolean): void => {
        row.eachCell({ includeEmpty: true }, (cell, column) => {
            if (column > 6) return;
            cell.border = BORDER;
            cell.alignment = { vertical: 'top', wrapText: true, horizontal: column === 1 || column === 3 ? 'center' : 'left' };
            cell.font = { ...FONT, bold };
        });
    };
    const heading = sheet.getRow(5);
    heading.values = annex.headings;
    style(heading, true);
    heading.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }));
    let r = 6;
    for (const row of annex.rows) {
        const line = sheet.getRow(r++);
        line.values = [row.code, row.title, row.max, row.rule, row.evidence, row.lead];
        style(line, !row.leaf);
    }
    const total = sheet.getRow(r++);
    total.values = ['', annex.totalLabel, annex.total, '', '', ''];
    style(total, true);
    for (const section of [annex.adjustments, annex.grades]) {
        if (section.lines.length === 0) continue;
        r++;
        sheet.getCell(r, 2).value = section.heading;
        sheet.getCell(r++, 2).font = { ...FONT, bold: true };
        for (const line of section.lines) {
            sheet.getCell(r, 2).value = line;
            sheet.getCell(r++, 2).font = FONT;
        }
    }
    return workbookBytes(workbook);
}
