import type ExcelJS from 'exceljs';
import type { Locale } from '@par-rubric/language';
import type { AcrossUnits } from './across-units.js';
import { changeTable, heatTable, mostLostTable } from './across-units-rows.js';
import { acrossText } from './across-units-text.js';
import { shadeLegend, shadeOf } from './heat-scale.js';
import { addHeading, NUMBER_FORMAT, sheetName } from './sheet-parts.js';

/** A percentage cell: the number 95.35 shown as "95.35%" (not a fraction of 1, so the figure is the report's). */
const PERCENT_FORMAT = '0.00"%"';
/** Points: four lines of 11 pt text. */
const HEADING_HEIGHT = 60;

const fill = (colour: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour}` } });

/**
 * The across-units sheets: units × fields as percentages of each field's maximum, each cell filled with
 * its shade (explicit fills, which every spreadsheet shows and prints) and the legend under the table;
 * the criteria where units lose the most points; with last year's results, the change per unit and field.
 */
export function addAcrossUnitsSheets(workbook: ExcelJS.Workbook, across: AcrossUnits, locale: Locale, names: Set<string>): void {
    const byField = workbook.addWorksheet(sheetName(acrossText(locale, 'byFieldSheet'), names), { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    byField.getCell('A1').value = acrossText(locale, 'byFieldTitle');
    byField.getCell('A1').font = { bold: true, size: 13 };
    const heat = heatTable(across, locale);
    addHeading(byField, 3, heat.headings);
    // field titles wrap in their narrow columns: a row tall enough for four lines
    byField.getRow(3).height = HEADING_HEIGHT;
    across.units.forEach((unit, r) => {
        const row = byField.getRow(4 + r);
        row.getCell(1).value = unit.name;
        unit.fields.forEach((field, c) => {
            const cell = row.getCell(2 + c);
            if (field.percent === null) {
                cell.value = heat.rows[r].cells[c].text;
                return;
            }
            cell.value = field.percent;
            cell.numFmt = PERCENT_FORMAT;
            cell.fill = fill(shadeOf(field.percent)!.colour);
            cell.alignment = { horizontal: 'center' };
        });
    });
    let at = 4 + across.units.length + 1;
    byField.getCell(at, 1).value = acrossText(locale, 'legend');
    byField.getCell(at, 1).font = { bold: true };
    for (const shade of shadeLegend(locale)) {
        at++;
        byField.getCell(at, 1).fill = fill(shade.colour);
        byField.getCell(at, 2).value = shade.label;
    }
    byField.columns.forEach((column, i) => (column.width = i === 0 ? 30 : 16));
    byField.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];

    const lostSheet = workbook.addWorksheet(sheetName(acrossText(locale, 'mostLostSheet'), names));
    lostSheet.getCell('A1').value = acrossText(locale, 'mostLostTitle');
    lostSheet.getCell('A1').font = { bold: true, size: 13 };
    const lost = mostLostTable(across, locale);
    addHeading(lostSheet, 3, lost.headings);
    if (across.mostLost.length === 0) lostSheet.getCell('A4').value = acrossText(locale, 'mostLostNone');
    across.mostLost.forEach((criterion, i) => {
        const row = lostSheet.getRow(4 + i);
        row.values = [i + 1, criterion.code, criterion.title, criterion.max, criterion.lost, lost.rows[i][5]];
        for (const c of [4, 5]) row.getCell(c).numFmt = NUMBER_FORMAT;
        row.alignment = { vertical: 'top', wrapText: true };
    });
    lostSheet.columns = [{ width: 6 }, { width: 10 }, { width: 60 }, { width: 10 }, { width: 14 }, { width: 14 }];

    const change = changeTable(across, locale);
    if (!change) return;
    const changeSheet = workbook.addWorksheet(sheetName(acrossText(locale, 'changeSheet', { year: across.previousYear! }), names));
    changeSheet.getCell('A1').value = change.title;
    changeSheet.getCell('A1').font = { bold: true, size: 13 };
    addHeading(changeSheet, 3, change.headings);
    changeSheet.getRow(3).height = HEADING_HEIGHT;
    across.units.forEach((unit, r) => {
        const row = changeSheet.getRow(4 + r);
        row.getCell(1).value = unit.name;
        const shown = change.rows[r];
        // no field breakdown last year: the note says so, no figure is invented
        if (!('cells' in shown)) {
            row.getCell(2).value = shown.note;
            row.getCell(2).font = { italic: true };
            return;
        }
        unit.fields.forEach((field, c) => {
            const cell = row.getCell(2 + c);
            cell.value = field.change;
            cell.numFmt = '+0.00;-0.00;0';
        });
    });
    changeSheet.columns.forEach((column, i) => (column.width = i === 0 ? 30 : 16));
}
