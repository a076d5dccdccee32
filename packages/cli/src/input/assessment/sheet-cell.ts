import { fromNumber, HUNDRED, multiply, parseFixed, toNumber } from '@par-rubric/language';
import type { SourceLocation } from '@par-rubric/language/assessment-input';

/**
 * One non-empty cell of a spreadsheet (XLSX or CSV) as the readers see it: its text as shown, the number
 * or date it holds when the spreadsheet typed it, and where it is.
 */
export type SheetCell = {
    text: string;
    number?: number;
    /** ISO date (YYYY-MM-DD) when the spreadsheet stored a date. */
    date?: string;
    /** The cell is formatted as a percentage: Excel stores 95 % as 0.95. */
    percent?: boolean;
    /** The target of a hyperlink cell. */
    link?: string;
    /** The cell holds a formula (its text is the computed result): a template's subtotal, never an answer. */
    formula?: boolean;
    location: SourceLocation;
};

/**
 * A row of the item, metric or adjustment table: its non-empty cells by column key, and where the cell
 * of a column is even when it is blank (a missing answer is reported there, not at the row's start).
 */
export type SheetRow = { location: SourceLocation; cells: Map<string, SheetCell>; locate(key: string): SourceLocation | undefined };

const DECIMAL_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A number from a cell: typed numbers as they are, text in either decimal mark ("17,64" or "17.64",
 * never a thousands separator: points and metrics are small). undefined when the cell is not a number.
 */
export function cellNumber(cell: SheetCell, options: { percent?: boolean } = {}): number | undefined {
    if (cell.number !== undefined) {
        if (options.percent && cell.percent) {
            const exact = fromNumber(cell.number);
            const scaled = exact === undefined ? undefined : multiply(exact, HUNDRED);
            return scaled === undefined ? undefined : toNumber(scaled);
        }
        return cell.number;
    }
    let textValue = cell.text.trim().replace(/\s+/g, '');
    if (options.percent) textValue = textValue.replace(/%$/, '');
    if (!DECIMAL_TEXT.test(textValue)) return undefined;
    const exact = parseFixed(textValue.replace(',', '.'));
    return exact === undefined ? undefined : toNumber(exact);
}

/** An ISO date from a date cell, "2022-01-15", or the Vietnamese "15/01/2022" (also 15/1/2022, 15-01-2022). */
export function cellDate(cell: SheetCell): string | undefined {
    if (cell.date) return cell.date;
    const textValue = cell.text.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(textValue)) return validDate(textValue);
    const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(textValue);
    if (!match) return undefined;
    const [, day, month, year] = match;
    return validDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

function validDate(iso: string): string | undefined {
    const date = new Date(`${iso}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The date part of a spreadsheet date (exceljs gives UTC midnight for a date-only cell). */
export function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}
