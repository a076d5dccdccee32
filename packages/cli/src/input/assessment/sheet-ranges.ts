/**
 * A worksheet's data validations, which no reader of the CLI uses, and its merged ranges over more than
 * MAX_MERGED_CELLS cells: the workbook reader expands each range into one object per cell, so a 60-byte
 * `<mergeCell ref="A1:XFD1048576"/>` (or a list validation over whole columns, common in filled-in sheets)
 * costs minutes and gigabytes. The cells of a merge other than its first hold no value, so nothing a reader
 * shows changes without them; merges of ordinary size stay, for the readers that refuse a merged input cell.
 */
const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g;
const MERGES = /<mergeCells\b[^>]*?(?:\/>|>([\s\S]*?)<\/mergeCells>)/g;
const MERGE = /<mergeCell\b[^>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"[^>]*?\/>/g;

/** More than any table a person merges by hand (a whole A4 page is about 50 × 30 cells). */
const MAX_MERGED_CELLS = 10_000;

function columnNumber(letters: string): number {
    let n = 0;
    for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
    return n;
}

function mergedCells(match: RegExpMatchArray): number {
    const [, fromColumn, fromRow, toColumn = fromColumn, toRow = fromRow] = match;
    return (Math.abs(columnNumber(toColumn) - columnNumber(fromColumn)) + 1) * (Math.abs(Number(toRow) - Number(fromRow)) + 1);
}

function keptMerges(inner: string | undefined): string {
    const kept = [...(inner ?? '').matchAll(MERGE)].filter((merge) => mergedCells(merge) <= MAX_MERGED_CELLS).map((merge) => merge[0]);
    return kept.length === 0 ? '' : `<mergeCells count="${kept.length}">${kept.join('')}</mergeCells>`;
}

/** The worksheet XML without its data validations and oversized merges; the same bytes when it has neither. */
export function withoutCellRanges(xml: Uint8Array): Uint8Array {
    const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
    if (!buffer.includes('<mergeCells') && !buffer.includes('<dataValidations')) return xml;
    // latin1 keeps every byte as one character, so the UTF-8 text around the ranges comes back unchanged
    const text = buffer.toString('latin1').replace(VALIDATIONS, '').replace(MERGES, (_whole, inner: string | undefined) => keptMerges(inner));
    return Buffer.from(text, 'latin1');
}
