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
 * An existing target keeps what makes it the same file: a symbolic link stays a link (its target is
 * written), the file's permissions stay, and a file with hard links is rewritten in place so that every
 * name still shows the new content. Temporary files that a killed run left beside the target go.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array, locale: Locale): void {
    const target = canonical(file);
    try {
        const existing = existingFile(target);
        removeStaleTemporaries(target);
        if (existing && existing.nlink > 1) rewriteInPlace(target, content);
        else replaceByRename(target, content, existing ? existing.mode & 0o7777 : 0o644);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError(text(locale, 'cannotWrite', { file, reason: code }));
    }
}

function existingFile(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}

function replaceByRename(target: string, content: string | Uint8Array, mode: number): void {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = fs.openSync(temporary, 'wx', 0o600);
        fs.writeFileSync(descriptor, content);
        // the mode given to open is narrowed by the umask: set the one the file had
        fs.fchmodSync(descriptor, mode);
        fs.fsyncSync(descriptor);
        fs.closeSync(descriptor);
        descriptor = undefined;
        fs.renameSync(temporary, target);
    } catch (error) {
        if (descriptor !== undefined) fs.closeSync(descriptor);
        try {
            fs.rmSync(temporary, { force: true });
        } catch {
            // the temporary file was never created (its folder is missing or is a file)
        }
        throw error;
    }
}

/** Hard links share one inode: only writing into it keeps them all. Not atomic, so used only for them. */
function rewriteInPlace(target: string, content: string | Uint8Array): void {
    const descriptor = fs.openSync(target, 'r+');
    try {
        fs.ftruncateSync(descriptor, 0);
        fs.writeFileSync(descriptor, content);
        fs.fsyncSync(descriptor);
    } finally {
        fs.closeSync(descriptor);
    }
}

/** `.NAME.PID.HEX.tmp` files of runs that no longer exist; a running one's file is left alone. */
function removeStaleTemporaries(target: string): void {
    const prefix = `.${path.basename(target)}.`;
    let names: string[];
    try {
        names = fs.readdirSync(path.dirname(target));
    } catch {
        return;
    }
    for (const name of names) {
        const match = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length)) : null;
        if (!match || isRunning(Number(match[1]))) continue;
        fs.rmSync(path.join(path.dirname(target), name), { force: true });
    }
}

function isRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
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
