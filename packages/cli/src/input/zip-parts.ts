import { isEncryptedOfficeFile } from './encrypted-office.js';
import { declaresZip64, inflateEntry, readZipDirectory, type ZipEntry } from './assessment/zip-archive.js';

/** What a refusal says, in the words of the kind of file (a workbook, a Word document). */
export type ZipPartMessages = {
    notZip: () => string;
    encrypted: () => string;
    partTooLarge: (part: string, size: string, limit: string) => string;
    partsTooLarge: (size: string, limit: string) => string;
    partRatio: (part: string, ratio: number, limit: number) => string;
    partExceedsDeclared: (part: string, size: string) => string;
    partSizeMismatch: (part: string, size: string) => string;
    partDamaged: (part: string) => string;
};

/**
 * What the parts a reader needs may expand to, all together. A filled template is about 0.2 MB; 64 MB of
 * XML already costs an XML reader over a gigabyte.
 */
const MAX_PARTS_BYTES = 64 * 1024 * 1024;

/** Office XML deflates some 5 to 20 times; a part far beyond that is a bomb, not a document. */
const MAX_EXPANSION_RATIO = 200;

/** Below this, any ratio is harmless: the ratio check is for parts that would take real memory. */
const RATIO_GRACE_BYTES = 1024 * 1024;

/**
 * The parts of an Office file (a zip archive) whose names match, checked against the size and ratio limits
 * from the zip's central directory before anything is inflated, and inflated no further than each part
 * declares. Every refusal is thrown as `refuse(message)`.
 */
export function boundedZipParts(
    bytes: Uint8Array,
    needed: readonly RegExp[],
    messages: ZipPartMessages,
    refuse: (message: string) => Error,
): { name: string; data: Uint8Array }[] {
    const entries = readZipDirectory(bytes);
    if (!entries) throw refuse(isEncryptedOfficeFile(bytes) ? messages.encrypted() : messages.notZip());
    const parts = entries.filter((entry) => needed.some((pattern) => pattern.test(entry.name.replace(/^\//, ''))));
    let total = 0;
    for (const entry of parts) {
        if (entry.encrypted) throw refuse(messages.encrypted());
        const size = declaresZip64(entry) ? Number.POSITIVE_INFINITY : entry.declaredSize;
        total += size;
        if (size > MAX_PARTS_BYTES) throw refuse(messages.partTooLarge(entry.name, byteSize(size), byteSize(MAX_PARTS_BYTES)));
        if (size > RATIO_GRACE_BYTES && size > MAX_EXPANSION_RATIO * entry.compressedSize) {
            throw refuse(messages.partRatio(entry.name, Math.round(size / Math.max(1, entry.compressedSize)), MAX_EXPANSION_RATIO));
        }
    }
    if (total > MAX_PARTS_BYTES) throw refuse(messages.partsTooLarge(byteSize(total), byteSize(MAX_PARTS_BYTES)));
    return parts.map((entry) => ({ name: entry.name, data: inflated(bytes, entry, messages, refuse) }));
}

function inflated(bytes: Uint8Array, entry: ZipEntry, messages: ZipPartMessages, refuse: (message: string) => Error): Uint8Array {
    const data = inflateEntry(bytes, entry);
    if (data === 'exceeds') throw refuse(messages.partExceedsDeclared(entry.name, byteSize(entry.declaredSize)));
    if (data === 'mismatch') throw refuse(messages.partSizeMismatch(entry.name, byteSize(entry.declaredSize)));
    if (data === 'damaged') throw refuse(messages.partDamaged(entry.name));
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
