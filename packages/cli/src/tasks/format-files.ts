// `rubric fmt`'s work: formats rubric files in place, checks them or prints their diff (commands/fmt.ts
// parses the command line).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatRubricText, RubricSyntaxError, type Locale } from '@par-rubric/language';
import { readRubricFile, RubricIoError } from '@par-rubric/language/workspace';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { displayPath } from '../display-path.js';
import { writeFileAtomically } from '../report/atomic-write.js';
import { unifiedDiff } from '../report/line-diff.js';
import type { CliIo } from '../contracts/cli-io.js';
import { terminalText } from '../safe-text/terminal.js';

export type FmtOptions = { check?: boolean; write?: boolean; diff?: boolean };

/** Formats each file in turn; a file with a syntax error is reported and left alone. */
export async function formatFiles(files: string[], options: FmtOptions, locale: Locale, io: CliIo): Promise<number> {
    let exitCode: number = ExitCode.Success;
    const changed: string[] = [];
    let formatted = 0;
    let refused = 0;
    for (const file of files) {
        const shown = displayPath(file);
        const { text: read, bom } = readRubric(file, shown, locale);
        const original = bom + read;
        let result: string;
        try {
            result = await formatKeepingEncoding(original, locale);
        } catch (error) {
            if (!(error instanceof RubricSyntaxError)) throw error;
            io.stderr.write(`${text(locale, 'fmtRefused', { location: `${shown}:${error.line}:${error.column}`, reason: terminalText(error.reason) })}\n`);
            exitCode = ExitCode.Findings;
            refused++;
            continue;
        }
        formatted++;
        if (!options.check && !options.write && !options.diff) {
            io.stdout.write(result);
            continue;
        }
        if (result === original) continue;
        changed.push(shown);
        if (options.diff) io.stdout.write(unifiedDiff(original, result, `a/${toSlashes(shown)}`, `b/${toSlashes(shown)}`));
        if (options.write) writeFileAtomically(file, result, locale);
        if (options.check && !options.diff) io.stdout.write(`${shown}\n`);
    }
    if (options.check || options.write) {
        // files refused for their errors are neither formatted nor "already formatted": they are counted apart
        if (changed.length > 0) io.stderr.write(`${text(locale, options.write ? 'fmtWritten' : 'fmtWouldChange', { count: changed.length })}\n`);
        else if (formatted > 0 || refused === 0) io.stderr.write(`${text(locale, 'fmtAllFormatted', { count: formatted })}\n`);
        if (refused > 0) io.stderr.write(`${text(locale, 'fmtRefusedCount', { count: refused })}\n`);
    }
    if (options.check && changed.length > 0) exitCode = ExitCode.Findings;
    return exitCode;
}

/**
 * The file as `rubric check` reads it (UTF-8 only, within the same size limit), and whether it starts with
 * a byte-order mark to keep. A file that is not UTF-8 is refused, never rewritten with "�" in it; a device
 * or a pipe is not read at all (it could block or never end).
 */
function readRubric(file: string, shown: string, locale: Locale): { text: string; bom: string } {
    try {
        if (!fs.statSync(file).isFile()) throw new CliError(`${shown}: ${text(locale, 'notRegularFile')}`);
        const content = readRubricFile(file, true, locale)!;
        return { text: content, bom: startsWithByteOrderMark(file) ? '\uFEFF' : '' };
    } catch (error) {
        if (error instanceof CliError) throw error;
        if (error instanceof RubricIoError) throw new CliError(`${shown}${error.path.slice(file.length)}: ${error.reason}`);
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError(`${shown}: ${text(locale, 'cannotRead', { reason: code })}`);
    }
}

function startsWithByteOrderMark(file: string): boolean {
    const head = Buffer.alloc(3);
    const descriptor = fs.openSync(file, 'r');
    try {
        return fs.readSync(descriptor, head, 0, 3, 0) === 3 && head.equals(Buffer.from([0xef, 0xbb, 0xbf]));
    } finally {
        fs.closeSync(descriptor);
    }
}

/**
 * The canonical layout uses LF; a file checked out with CRLF (or saved with a byte-order mark) keeps
 * them, so that `--check` does not fail on a Windows working copy for line endings alone.
 */
async function formatKeepingEncoding(original: string, locale: Locale): Promise<string> {
    const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
    const crlf = /\r\n/.test(original);
    const plain = original.slice(bom.length).replace(/\r\n/g, '\n');
    const result = await formatRubricText(plain, undefined, locale);
    return bom + (crlf ? result.replace(/\n/g, '\r\n') : result);
}

function toSlashes(file: string): string {
    return file.split(path.sep).join('/');
}
