/**
 * A worksheet's merged ranges and data validations, which no reader of the CLI uses: the workbook reader
 * expands each range into one object per cell, so a 60-byte `<mergeCell ref="A1:XFD1048576"/>` (or a
 * list validation over whole columns, common in filled-in sheets) costs minutes and gigabytes. The cells
 * of a merge other than its first hold no value, so nothing a reader shows changes without them.
 */
const UNUSED_RANGES = [/<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/g, /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g];

/** The worksheet XML without its merged ranges and data validations; the same bytes when it has neither. */
export function withoutCellRanges(xml: Uint8Array): Uint8Array {
    const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
    if (!buffer.includes('<mergeCells') && !buffer.includes('<dataValidations')) return xml;
    // latin1 keeps every byte as one character, so the UTF-8 text around the ranges comes back unchanged
    let text = buffer.toString('latin1');
    for (const pattern of UNUSED_RANGES) text = text.replace(pattern, '');
    return Buffer.from(text, 'latin1');
}
