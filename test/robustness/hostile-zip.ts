import * as zlib from 'node:zlib';

/** One file of a zip archive, kept compressed: `declaredSize` is what the archive claims, true or not. */
export type RawEntry = { name: string; method: number; crc: number; declaredSize: number; data: Buffer };

/** The entries of a well-formed zip archive (no ZIP64, no comment), read through its central directory. */
export function readRawEntries(zip: Buffer): RawEntry[] {
    const end = zip.length - 22;
    if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error('no end-of-central-directory record');
    const entries: RawEntry[] = [];
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
        const nameLength = zip.readUInt16LE(at + 28);
        const local = zip.readUInt32LE(at + 42);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        entries.push({
            name: zip.toString('utf8', at + 46, at + 46 + nameLength),
            method: zip.readUInt16LE(at + 10),
            crc: zip.readUInt32LE(at + 16),
            declaredSize: zip.readUInt32LE(at + 24),
            data: zip.subarray(start, start + zip.readUInt32LE(at + 20)),
        });
        at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    return entries;
}

/** A zip archive of these entries exactly as given, declared sizes included. */
export function writeRawEntries(entries: RawEntry[]): Buffer {
    const locals: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(entry.method, 8);
        local.writeUInt32LE(entry.crc, 14);
        local.writeUInt32LE(entry.data.length, 18);
        local.writeUInt32LE(entry.declaredSize, 22);
        local.writeUInt16LE(name.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(entry.method, 10);
        central.writeUInt32LE(entry.crc, 16);
        central.writeUInt32LE(entry.data.length, 20);
        central.writeUInt32LE(entry.declaredSize, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, entry.data);
        directory.push(central, name);
        offset += 30 + name.length + entry.data.length;
    }
    const centralDirectory = Buffer.concat(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralDirectory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, centralDirectory, end]);
}

/**
 * Raw deflate data that inflates to `bytes` zero bytes (a multiple of 1 MB), about a thousandth of that
 * on disk: one flushed block of a megabyte of zeros repeated (its back-references reach only zeros),
 * then an empty final block.
 */
export function deflatedZeros(bytes: number): Buffer {
    const megabyte = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const blocks = new Array<Buffer>(Math.ceil(bytes / (1024 * 1024))).fill(megabyte);
    return Buffer.concat([...blocks, zlib.deflateRawSync(Buffer.alloc(0))]);
}
