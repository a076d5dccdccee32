/** A plain number, as the reports write points and indices (a penalty is negative): never a formula. */
const NUMBER = /^[-+]?\d+(\.\d+)?%?$/;

/**
 * A cell that Excel or LibreOffice would read as a formula when the CSV is opened (`=HYPERLINK(…)`, `+…`,
 * `-…`, `@…`, or one behind a tab or carriage return) starts with an apostrophe instead, the usual
 * defence against formula injection; numbers and a lone dash stay as they are.
 */
export function spreadsheetText(value: string): string {
    if (value.length < 2 || !/^[=+\-@\t\r]/.test(value) || NUMBER.test(value)) return value;
    return `'${value}`;
}
