import ExcelJS from 'exceljs';
import { word } from '../report-text.js';
import { fixedWorkbookDates, workbookBytes } from '../xlsx/workbook-bytes.js';
import { changeText, gradeText, groupGradeCountsLines, groupRankText, maxText, rankText, ranksWithinGroups, summarySentence } from './figures.js';
import type { ScoreReport } from '../../contracts/score-report.js';
import { worklist } from './worklist.js';
import { notScoredHeadings, notScoredRows, rankedAmongScored } from './not-scored.js';
import { addHeading, NUMBER_FORMAT, sheetName } from './sheet-parts.js';
import { addAcrossUnitsSheets } from './across-units-sheets.js';
import { acrossUnitsOf } from './across-units.js';

/**
 * The results as a workbook: a ranking sheet (one row per unit, field scores as numbers), the sheets
 * across units (by field as a heat map, the most points lost, the change per field), and one sheet
 * per unit with its fields, every item (self, computed, appraised, final, reason), the deviations and the worklist,
 * then a sheet of the files that were not scored, with their reasons.
 * Figures are numeric cells, so Excel shows them in the reader's own number format.
 */
export default async function xlsxReport(report: ScoreReport): Promise<Uint8Array> {
    const { rubric, results, locale } = report;
    const workbook = new ExcelJS.Workbook();
    fixedWorkbookDates(workbook, rubric.year);
    const ranking = workbook.addWorksheet(word(locale, 'ranking'), { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ranking.getCell('A1').value = `${word(locale, 'reportTitle')} – ${rubric.title}`;
    ranking.getCell('A1').font = { bold: true, size: 13 };
    const fieldHeads = rubric.nodes.map((n) => `${n.code}. ${n.title} (${maxText(n.max, 2, locale)})`);
    // with ranking within groups, the rank in the unit's group stands beside the overall rank
    const grouped = ranksWithinGroups(results);
    const shift = grouped ? 1 : 0;
    const head = [word(locale, 'rank'), ...(grouped ? [word(locale, 'groupRankHeading')] : []), word(locale, 'unit'), word(locale, 'code'), word(locale, 'total'), word(locale, 'maxShort'), word(locale, 'index'), word(locale, 'grade'), word(locale, 'change'), ...fieldHeads, word(locale, 'bonus'), word(locale, 'penalty')];
    addHeading(ranking, 3, head);
    results.results.forEach((unit, i) => {
        const row = ranking.getRow(4 + i);
        row.values = [
            rankText(unit),
            ...(grouped ? [groupRankText(unit, locale)] : []),
            unit.unit.name,
            unit.unit.id,
            unit.total,
            unit.max,
            unit.index,
            unit.grade === null ? null : gradeText(unit, locale),
            changeText(unit, locale) ?? '',
            ...rubric.nodes.map((n) => unit.fields.find((f) => f.code === n.code)?.score ?? null),
            // fields + bonus − penalty = total, so the row adds up
            unit.bonus,
            unit.penalty === 0 ? 0 : -unit.penalty,
        ];
        for (const c of [4, 5, 6, ...rubric.nodes.map((_, k) => 9 + k), 9 + rubric.nodes.length, 10 + rubric.nodes.length]) row.getCell(c + shift).numFmt = NUMBER_FORMAT;
    });
    const note = rankedAmongScored(results.summary.count, report.notScored, locale);
    let below = 4 + results.results.length + 1;
    if (note) ranking.getCell(below++, 1).value = note;
    for (const line of groupGradeCountsLines(results, locale)) ranking.getCell(below++, 1).value = line;
    ranking.columns.forEach((column, i) => (column.width = i === 1 + shift ? 30 : i === 7 + shift ? 30 : i === 1 ? 22 : i >= 8 + shift ? 14 : 11));
    ranking.views = [{ state: 'frozen', ySplit: 3, xSplit: 2 + shift }];

    const names = new Set<string>([ranking.name]);
    addAcrossUnitsSheets(workbook, acrossUnitsOf(rubric, results.results, report.previous), locale, names);
    results.results.forEach((unit, position) => {
        const sheet = workbook.addWorksheet(sheetName(unit.unit.name || unit.unit.id, names));
        sheet.columns = [{ width: 9 }, { width: 50 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 60 }];
        sheet.getCell('A1').value = unit.unit.name;
        sheet.getCell('A1').font = { bold: true, size: 13 };
        sheet.getCell('A2').value = summarySentence(unit, rubric.year, locale, report.notScored.length);
        addHeading(sheet, 4, [word(locale, 'code'), word(locale, 'field'), word(locale, 'score'), word(locale, 'maxShort')]);
        let row = 5;
        const figureRow = (values: ExcelJS.CellValue[]): ExcelJS.Row => {
            const cells = sheet.getRow(row++);
            cells.values = values;
            // two decimals for score and maximum alike: 17.64 / 18.50, as the ranking sheet shows them
            for (const c of [3, 4]) cells.getCell(c).numFmt = NUMBER_FORMAT;
            return cells;
        };
        for (const field of unit.fields) figureRow([field.code, field.title, field.score, field.max]);
        // the bonus and the penalty stand as rows, so that the column adds up to the total
        if (unit.bonus !== 0) figureRow(['', word(locale, 'bonus'), unit.bonus, null]);
        if (unit.penalty !== 0) figureRow(['', word(locale, 'penalty'), -unit.penalty, null]);
        figureRow(['', word(locale, 'total'), unit.total, unit.max]).font = { bold: true };
        row++;
        addHeading(sheet, row, [word(locale, 'code'), word(locale, 'title'), word(locale, 'maxShort'), word(locale, 'self'), word(locale, 'computed'), word(locale, 'appraised'), word(locale, 'final'), word(locale, 'reason')]);
        row++;
        for (const item of unit.items) {
            sheet.getRow(row).values = [item.code, item.title, item.max, item.self, item.computed, item.appraised, item.score, item.reason];
            sheet.getRow(row).alignment = { vertical: 'top', wrapText: true };
            row++;
        }
        if (unit.deviations.length > 0) {
            row++;
            sheet.getCell(row, 1).value = word(locale, 'deviations');
            sheet.getCell(row, 1).font = { bold: true };
            row++;
            addHeading(sheet, row, [word(locale, 'code'), word(locale, 'title'), word(locale, 'self'), word(locale, 'final'), word(locale, 'difference'), '', '', word(locale, 'reason')]);
            row++;
            for (const d of unit.deviations) {
                sheet.getRow(row).values = [d.code, d.title, d.self, d.score, d.difference, null, null, d.reason];
                sheet.getRow(row).alignment = { vertical: 'top', wrapText: true };
                row++;
            }
        }
        for (const section of worklist(report, position)) {
            row++;
            sheet.getCell(row, 1).value = section.heading;
            sheet.getCell(row, 1).font = { bold: true };
            row++;
            if (section.note) sheet.getCell(row++, 2).value = section.note;
            for (const l of section.lines) {
                sheet.getRow(row).values = [l.code, l.title, null, null, null, null, null, l.text];
                sheet.getRow(row).alignment = { vertical: 'top', wrapText: true };
                row++;
            }
        }
    });
    if (report.notScored.length > 0) {
        const sheet = workbook.addWorksheet(sheetName(word(locale, 'notScored'), names));
        sheet.columns = [{ width: 40 }, { width: 16 }, { width: 24 }, { width: 80 }];
        addHeading(sheet, 1, notScoredHeadings(locale));
        notScoredRows(report.notScored).forEach((cells, i) => (sheet.getRow(2 + i).values = cells));
    }
    return workbookBytes(workbook);
}
