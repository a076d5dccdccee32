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
    const output = openAtomicFile(file, locale);
    try {
        output.write(content);
    } catch (error) {
        output.abort();
        throw error;
    }
    output.commit();
}

/** A file being written piece by piece: nothing shows at its name until commit, and abort leaves no trace. */
export type AtomicFile = {
    write(chunk: string | Uint8Array): void;
    /** Flushes and puts the content at the file's name (renamed over it, or copied into a hard-linked file). */
    commit(): void;
    /** Removes the temporary file; the target is as it was. Safe to call after a failed write or commit. */
    abort(): void;
};

/**
 * Pieces are encoded into a buffer of this size before each write: a streamed report is many small
 * strings, and writing a string (or joining strings first) costs several times encoding it into a buffer.
 */
const WRITE_BUFFER = 1024 * 1024;
/** A UTF-16 code unit takes at most three bytes of UTF-8. */
const MAX_UTF8_PER_UNIT = 3;

/**
 * Opens the temporary file for a target, with the same guarantees as writeFileAtomically: for reports
 * streamed unit by unit, so that a big batch never holds its whole output in memory. Every failure is a
 * CliError naming the file, and leaves the target untouched and no temporary file.
 */
export function openAtomicFile(file: string, locale: Locale): AtomicFile {
    const fail = (error: unknown): never => {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError(text(locale, 'cannotWrite', { file, reason: code }));
    };
    const target = canonical(file);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let existing: fs.Stats | undefined;
    let descriptor: number | undefined;
    try {
        existing = existingFile(target);
        removeStaleTemporaries(target);
        // read back when a hard-linked target is rewritten in place
        descriptor = fs.openSync(temporary, 'wx+', 0o600);
    } catch (error) {
        fail(error);
    }
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
    let used = 0;
    let open = true;
    const flush = (): void => {
        writeAll(descriptor!, buffer.subarray(0, used));
        used = 0;
    };
    const abort = (): void => {
        if (!open) return;
        open = false;
        try {
            if (descriptor !== undefined) fs.closeSync(descriptor);
        } catch {
            // already closed by a failed commit
        }
        fs.rmSync(temporary, { force: true });
    };
    const guarded = (action: () => void): void => {
        try {
            action();
        } catch (error) {
            abort();
            fail(error);
        }
    };
    return {
        write(chunk) {
            guarded(() => {
                if (typeof chunk === 'string' && chunk.length * MAX_UTF8_PER_UNIT <= WRITE_BUFFER) {
                    if (chunk.length * MAX_UTF8_PER_UNIT > WRITE_BUFFER - used) flush();
                    used += buffer.write(chunk, used, 'utf8');
                } else {
                    flush();
                    writeAll(descriptor!, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
                }
            });
        },
        commit() {
            guarded(() => {
                flush();
                // the mode given to open is narrowed by the umask: set the one the file had
                fs.fchmodSync(descriptor!, existing ? existing.mode & 0o7777 : 0o644);
                fs.fsyncSync(descriptor!);
                if (existing && existing.nlink > 1) copyInPlace(descriptor!, target);
                else fs.renameSync(temporary, target);
                fs.closeSync(descriptor!);
                descriptor = undefined;
            });
            if (existing && existing.nlink > 1) fs.rmSync(temporary, { force: true });
            open = false;
        },
        abort,
    };
}

function existingFile(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}

/**
 * Hard links share one inode: only writing into it keeps them all. The complete content is already in
 * the temporary file, so the target is rewritten only once nothing can fail any more but the disk.
 */
function copyInPlace(source: number, target: string): void {
    const into = fs.openSync(target, 'r+');
    try {
        fs.ftruncateSync(into, 0);
        const buffer = Buffer.alloc(WRITE_BUFFER);
        for (let position = 0; ; ) {
            const read = fs.readSync(source, buffer, 0, buffer.length, position);
            if (read === 0) break;
            writeAll(into, buffer.subarray(0, read));
            position += read;
        }
        fs.fsyncSync(into);
    } finally {
        fs.closeSync(into);
    }
}

/** Writes every byte: a write may take fewer than it was given (a full disk, a signal). */
function writeAll(descriptor: number, bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(descriptor, bytes, done, bytes.length - done);
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
