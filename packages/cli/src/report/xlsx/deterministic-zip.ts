/**
 * An XLSX file is a zip whose entries carry the time they were packed; the same workbook written twice
 * would differ in those bytes. This sets every entry's DOS date and time to one fixed value, so that the
 * same input always gives a byte-identical file.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** 1980-01-01 00:00:00, the first instant a zip can express. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function withFixedTimestamps(zip: Uint8Array): Uint8Array {
    const bytes = Buffer.from(zip);
    const end = findEndOfCentralDirectory(bytes);
    const entries = bytes.readUInt16LE(end + 10);
    let offset = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < entries; i++) {
        if (bytes.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error('malformed zip central directory');
        bytes.writeUInt16LE(DOS_TIME, offset + 12);
        bytes.writeUInt16LE(DOS_DATE, offset + 14);
        const local = bytes.readUInt32LE(offset + 42);
        if (bytes.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new Error('malformed zip local header');
        bytes.writeUInt16LE(DOS_TIME, local + 10);
        bytes.writeUInt16LE(DOS_DATE, local + 12);
        offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
    return bytes;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
    // the record is 22 bytes plus a comment of at most 65535 bytes, at the very end
    for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
        if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
    }
    throw new Error('not a zip file');
}
