import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';

/**
 * Refuses an output path that is one of the inputs (also through a symbolic link or a different
 * spelling), so that `-o` can never destroy the assessment or rubric it was made from.
 */
export function refuseOverwritingInputs(output: string, inputs: readonly string[], locale: Locale): void {
    const target = canonical(output);
    for (const input of inputs) {
        if (canonical(input) === target) throw new CliError(text(locale, 'outputIsInput', { file: output }));
    }
    if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
        throw new CliError(text(locale, 'outputIsDirectory', { file: output }));
    }
}

/**
 * Writes the whole content to a temporary file beside the target, flushes it and renames it over the
 * target: a reader sees the old file or the complete new one, and a failure leaves no partial file.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array, locale: Locale): void {
    const directory = path.dirname(path.resolve(file));
    const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = fs.openSync(temporary, 'wx', 0o644);
        fs.writeFileSync(descriptor, content);
        fs.fsyncSync(descriptor);
        fs.closeSync(descriptor);
        descriptor = undefined;
        fs.renameSync(temporary, file);
    } catch (error) {
        if (descriptor !== undefined) fs.closeSync(descriptor);
        try {
            fs.rmSync(temporary, { force: true });
        } catch {
            // the temporary file was never created (its folder is missing or is a file)
        }
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError(text(locale, 'cannotWrite', { file, reason: code }));
    }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function canonical(file: string): string {
    const absolute = path.resolve(file);
    try {
        return fs.realpathSync(absolute);
    } catch {
        try {
            return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
        } catch {
            return absolute;
        }
    }
}
