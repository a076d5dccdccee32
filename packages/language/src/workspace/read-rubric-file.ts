import * as fs from 'node:fs';
import type { Locale } from '../i18n/locale.js';

/**
 * Rubric files larger than this are refused before they are read. The largest real rubrics are about
 * 50 KB and the 10,000-line stress test 0.5 MB; 10 MB already takes the checker some 15 s and 750 MB.
 */
export const MAX_RUBRIC_BYTES = 10 * 1024 * 1024;

/** Thrown for what is not the rubric's fault: a missing, unreadable, oversized or non-UTF-8 file. */
export class RubricIoError extends Error {
    constructor(
        /** The file, with `:line:column` where the problem has a place in it. */
        readonly path: string,
        readonly reason: string,
    ) {
        super(`${path}: ${reason}`);
    }
}

const REASONS = {
    missing: { vi: 'không có tệp này', en: 'no such file' },
    directory: { vi: 'là thư mục, không phải tệp', en: 'is a directory' },
    tooLarge: {
        vi: (size: string, limit: string) => `tệp quá lớn (${size} MB; tối đa ${limit} MB)`,
        en: (size: string, limit: string) => `the file is too large (${size} MB; at most ${limit} MB)`,
    },
    notUtf8: {
        vi: 'tệp không phải văn bản UTF-8 (hãy lưu lại với mã UTF-8)',
        en: 'the file is not UTF-8 text (save it as UTF-8)',
    },
    unreadable: { vi: (code: string) => `không đọc được tệp (${code})`, en: (code: string) => `cannot read the file (${code})` },
};

/**
 * The text of a rubric file without its byte-order mark. Undefined for a missing file that is not
 * `required` (a missing import is the validator's finding); every other problem is a RubricIoError.
 */
export function readRubricFile(file: string, required: boolean, locale: Locale): string | undefined {
    let bytes: Buffer;
    try {
        const size = fs.statSync(file).size;
        if (size > MAX_RUBRIC_BYTES) {
            const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
            throw new RubricIoError(file, REASONS.tooLarge[locale](mb(size), String(MAX_RUBRIC_BYTES / 1024 / 1024)));
        }
        bytes = fs.readFileSync(file);
    } catch (error) {
        if (error instanceof RubricIoError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && !required) return undefined;
        if (code === 'ENOENT') throw new RubricIoError(file, REASONS.missing[locale]);
        if (code === 'EISDIR') throw new RubricIoError(file, REASONS.directory[locale]);
        throw new RubricIoError(file, REASONS.unreadable[locale](String(code ?? error)));
    }
    try {
        // fatal: a byte that is not UTF-8 must not silently become "�" in a title or a code
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        const at = firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, at);
        const lineStart = before.lastIndexOf(0x0a) + 1;
        const line = before.reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
        const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
        throw new RubricIoError(`${file}:${line}:${column}`, REASONS.notUtf8[locale]);
    }
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
    const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
    let i = 0;
    while (i < bytes.length) {
        const byte = bytes[i];
        if (byte < 0x80) {
            i += 1;
        } else if (byte >= 0xc2 && byte <= 0xdf && continuation(i + 1)) {
            i += 2;
        } else if (byte >= 0xe0 && byte <= 0xef) {
            // no overlong forms (E0 A0…) and no surrogates (ED 80–9F)
            const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
            if (!continuation(i + 1, low, high) || !continuation(i + 2)) return i;
            i += 3;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
            const [low, high] = byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
            if (!continuation(i + 1, low, high) || !continuation(i + 2) || !continuation(i + 3)) return i;
            i += 4;
        } else {
            return i;
        }
    }
    return bytes.length;
}
