import * as fs from 'node:fs';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';

/** A UTF-8 input file without its byte-order mark; a missing or unreadable one is an I/O error (exit 2). */
export function readInputText(file: string, shown: string, locale: Locale): string {
    try {
        return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${shown}: ${code === 'ENOENT' ? text(locale, 'noSuchPath') : text(locale, 'cannotRead', { reason: String(code) })}`);
    }
}
