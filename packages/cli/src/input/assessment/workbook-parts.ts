import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { AssessmentInputError } from './input-error.js';
import { declaresZip64, inflateEntry, readZipDirectory, storedZip, type ZipEntry } from './zip-archive.js';

/**
 * What the parts of a workbook an assessment needs may expand to, all together. A filled template is
 * about 0.2 MB; 64 MB of XML already costs the workbook reader over a gigabyte.
 */
const MAX_WORKBOOK_PARTS_BYTES = 64 * 1024 * 1024;

/** Spreadsheet XML deflates some 5 to 20 times; a part far beyond that is a bomb, not a table. */
const MAX_EXPANSION_RATIO = 200;

/** Below this, any ratio is harmless: the ratio check is for parts that would take real memory. */
const RATIO_GRACE_BYTES = 1024 * 1024;

/**
 * The parts the workbook reader uses for cells, their text, number formats and links, and the few a
 * sheet's relationships make it look up. Media, themes and document properties are never inflated.
 */
const NEEDED_PARTS = [
    /^\[Content_Types\]\.xml$/,
    /^_rels\/\.rels$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^xl\/sharedStrings\.xml$/,
    /^xl\/styles\.xml$/,
    /^xl\/worksheets\/sheet\d+\.xml$/,
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
    /^xl\/comments\d+\.xml$/,
    /^xl\/tables\/table\d+\.xml$/,
    /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
    /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
];

/**
 * The workbook reduced to the parts an assessment needs, checked against the size and ratio limits
 * from the zip's central directory before anything is inflated, and inflated no further than each part
 * declares. Returned as an uncompressed archive for the workbook reader; every refusal is one message.
 */
export function neededWorkbookParts(bytes: Uint8Array, file: string, locale: Locale): Uint8Array {
    const refuse = (message: string): AssessmentInputError => new AssessmentInputError([{ file, message }]);
    const entries = readZipDirectory(bytes);
    if (!entries) throw refuse(text(locale, 'xlsxNotZip'));
    const needed = entries.filter((entry) => NEEDED_PARTS.some((pattern) => pattern.test(entry.name.replace(/^\//, ''))));
    let total = 0;
    for (const entry of needed) {
        if (entry.encrypted) throw refuse(text(locale, 'xlsxEncrypted'));
        const size = declaresZip64(entry) ? Number.POSITIVE_INFINITY : entry.declaredSize;
        total += size;
        if (size > MAX_WORKBOOK_PARTS_BYTES) {
            throw refuse(text(locale, 'xlsxPartTooLarge', { part: entry.name, size: byteSize(size), limit: byteSize(MAX_WORKBOOK_PARTS_BYTES) }));
        }
        if (size > RATIO_GRACE_BYTES && size > MAX_EXPANSION_RATIO * entry.compressedSize) {
            const ratio = Math.round(size / Math.max(1, entry.compressedSize));
            throw refuse(text(locale, 'xlsxPartRatio', { part: entry.name, ratio, limit: MAX_EXPANSION_RATIO }));
        }
    }
    if (total > MAX_WORKBOOK_PARTS_BYTES) {
        throw refuse(text(locale, 'xlsxPartsTooLarge', { size: byteSize(total), limit: byteSize(MAX_WORKBOOK_PARTS_BYTES) }));
    }
    return storedZip(needed.map((entry) => ({ name: entry.name, data: inflated(bytes, entry, refuse, locale) })));
}

function inflated(bytes: Uint8Array, entry: ZipEntry, refuse: (message: string) => AssessmentInputError, locale: Locale): Uint8Array {
    const data = inflateEntry(bytes, entry);
    if (data === 'exceeds') throw refuse(text(locale, 'xlsxPartExceedsDeclared', { part: entry.name, size: byteSize(entry.declaredSize) }));
    if (data === 'mismatch') throw refuse(text(locale, 'xlsxPartSizeMismatch', { part: entry.name, size: byteSize(entry.declaredSize) }));
    if (data === 'damaged') throw refuse(text(locale, 'xlsxPartDamaged', { part: entry.name }));
    return data;
}

/** "2.0 GB", "64 MB", "84.8 KB": the unit that keeps the figure short. */
function byteSize(bytes: number): string {
    if (!Number.isFinite(bytes)) return '≥ 4 GB';
    const units: [number, string][] = [
        [1024 ** 3, 'GB'],
        [1024 ** 2, 'MB'],
        [1024, 'KB'],
    ];
    for (const [unit, name] of units) {
        if (bytes >= unit) return `${Number.isInteger(bytes / unit) ? bytes / unit : (bytes / unit).toFixed(1)} ${name}`;
    }
    return `${bytes} B`;
}
