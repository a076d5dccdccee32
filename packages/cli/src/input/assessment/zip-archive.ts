import * as zlib from 'node:zlib';

/** One file of a zip archive as its central directory declares it; nothing is inflated yet. */
export type ZipEntry = {
    name: string;
    /** 0 stored, 8 deflated; anything else is not read. */
    method: number;
    encrypted: boolean;
    compressedSize: number;
    /** As declared; a hostile archive may lie, so inflating never trusts it. */
    declaredSize: number;
    localHeaderOffset: number;
};

/** Why an entry's bytes could not be had within the bounds asked for. */
export type InflateFailure = 'exceeds' | 'mismatch' | 'damaged';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A 32-bit field holding this says the real value is in a ZIP64 record: 4 GB or more. */
const ZIP64_MARK = 0xffffffff;
const UTF8_NAMES = 0x0800;

/**
 * The entries listed in a zip archive's central directory (found through the end-of-central-directory
 * record at the archive's end), or undefined when the bytes are not a readable zip archive.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // the record is 22 bytes plus a comment of at most 65,535
    let end = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
        if (view.getUint32(at, true) === END_OF_DIRECTORY) {
            end = at;
            break;
        }
    }
    if (end < 0) return undefined;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
        const flags = view.getUint16(at + 8, true);
        const nameLength = view.getUint16(at + 28, true);
        const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
        if (next > bytes.length) return undefined;
        const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
        entries.push({
            name: new TextDecoder(flags & UTF8_NAMES ? 'utf-8' : 'latin1').decode(nameBytes),
            method: view.getUint16(at + 10, true),
            encrypted: (flags & 1) !== 0,
            compressedSize: view.getUint32(at + 20, true),
            declaredSize: view.getUint32(at + 24, true),
            localHeaderOffset: view.getUint32(at + 42, true),
        });
        at = next;
    }
    return entries;
}

/** True when the declared size only points at a ZIP64 record: the entry claims 4 GB or more. */
export function declaresZip64(entry: ZipEntry): boolean {
    return entry.declaredSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK;
}

/**
 * The entry's bytes, inflated to at most its declared size: an entry whose data would grow beyond what
 * it declares stops there instead of filling the memory.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | InflateFailure {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) return 'damaged';
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (start + entry.compressedSize > bytes.length) return 'damaged';
    const data = bytes.subarray(start, start + entry.compressedSize);
    let output: Uint8Array;
    if (entry.method === 0) {
        output = data;
    } else if (entry.method === 8) {
        try {
            output = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.declaredSize) });
        } catch (error) {
            return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'exceeds' : 'damaged';
        }
    } else {
        return 'damaged';
    }
    return output.length === entry.declaredSize ? output : 'mismatch';
}

/** A new archive holding these files uncompressed: what a zip reader can open without inflating anything. */
export function storedZip(files: readonly { name: string; data: Uint8Array }[]): Uint8Array {
    const locals: Uint8Array[] = [];
    const directory: Uint8Array[] = [];
    let offset = 0;
    for (const { name, data } of files) {
        const nameBytes = new TextEncoder().encode(name);
        const crc = zlib.crc32(data);
        const local = new Uint8Array(30 + nameBytes.length);
        const lv = new DataView(local.buffer);
        lv.setUint32(0, LOCAL_HEADER, true);
        lv.setUint16(4, 20, true);
        lv.setUint16(6, UTF8_NAMES, true);
        lv.setUint32(14, crc, true);
        lv.setUint32(18, data.length, true);
        lv.setUint32(22, data.length, true);
        lv.setUint16(26, nameBytes.length, true);
        local.set(nameBytes, 30);
        const central = new Uint8Array(46 + nameBytes.length);
        const cv = new DataView(central.buffer);
        cv.setUint32(0, DIRECTORY_ENTRY, true);
        cv.setUint16(4, 20, true);
        cv.setUint16(6, 20, true);
        cv.setUint16(8, UTF8_NAMES, true);
        cv.setUint32(16, crc, true);
        cv.setUint32(20, data.length, true);
        cv.setUint32(24, data.length, true);
        cv.setUint16(28, nameBytes.length, true);
        cv.setUint32(42, offset, true);
        central.set(nameBytes, 46);
        locals.push(local, data);
        directory.push(central);
        offset += local.length + data.length;
    }
    const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, END_OF_DIRECTORY, true);
    ev.setUint16(8, files.length, true);
    ev.setUint16(10, files.length, true);
    ev.setUint32(12, directorySize, true);
    ev.setUint32(16, offset, true);
    return Buffer.concat([...locals, ...directory, end]);
}
