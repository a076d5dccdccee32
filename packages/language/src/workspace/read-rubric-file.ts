import * as fs from 'node:fs';
import { defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { invalidUtf8Position } from './invalid-utf8.js';

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

/** Why a rubric file cannot be read, in both languages. */
const reasonText = defineCatalogue({
    missing: { vi: 'không có tệp này', en: 'no such file' },
    directory: { vi: 'là thư mục, không phải tệp', en: 'is a directory' },
    tooLarge: { vi: 'tệp quá lớn ({size} MB; tối đa {limit} MB)', en: 'the file is too large ({size} MB; at most {limit} MB)' },
    notUtf8: { vi: 'tệp không phải văn bản UTF-8 (hãy lưu lại với mã UTF-8)', en: 'the file is not UTF-8 text (save it as UTF-8)' },
    unreadable: { vi: 'không đọc được tệp ({code})', en: 'cannot read the file ({code})' },
});

/**
 * The text of a rubric file without its byte-order mark. Undefined for a missing file or a folder that
 * is not `required` (such an import is the validator's finding); every other problem is a RubricIoError.
 */
export function readRubricFile(file: string, required: boolean, locale: Locale): string | undefined {
    let bytes: Buffer;
    try {
        const size = fs.statSync(file).size;
        if (size > MAX_RUBRIC_BYTES) {
            const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
            throw new RubricIoError(file, reasonText(locale, 'tooLarge', { size: mb(size), limit: String(MAX_RUBRIC_BYTES / 1024 / 1024) }));
        }
        bytes = fs.readFileSync(file);
    } catch (error) {
        if (error instanceof RubricIoError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        // an import naming a folder is as unreadable as a missing one: the validator's finding at the import
        if ((code === 'ENOENT' || code === 'EISDIR') && !required) return undefined;
        if (code === 'ENOENT') throw new RubricIoError(file, reasonText(locale, 'missing'));
        if (code === 'EISDIR') throw new RubricIoError(file, reasonText(locale, 'directory'));
        throw new RubricIoError(file, reasonText(locale, 'unreadable', { code: String(code ?? error) }));
    }
    try {
        // fatal: a byte that is not UTF-8 must not silently become "�" in a title or a code
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        const { line, column } = invalidUtf8Position(bytes);
        throw new RubricIoError(`${file}:${line}:${column}`, reasonText(locale, 'notUtf8'));
    }
}
