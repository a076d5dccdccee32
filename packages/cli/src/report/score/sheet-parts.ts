import type ExcelJS from 'exceljs';

const HEADING: Partial<ExcelJS.Style> = {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBDD7EE' } },
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};

/** Two decimals for points: 17.64, 18.50. */
export const NUMBER_FORMAT = '0.00';

/** A row of bold, shaded, centred headings. */
export function addHeading(sheet: ExcelJS.Worksheet, row: number, labels: string[]): void {
    labels.forEach((label, i) => {
        const cell = sheet.getCell(row, i + 1);
        cell.value = label;
        cell.style = HEADING;
    });
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
    const base = wanted.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || 'unit';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || taken.has(name); n++) name = `${base.slice(0, 27 - String(n).length)} (${n})`;
    taken.add(name);
    taken.add(name.toLowerCase());
    return name;
}
