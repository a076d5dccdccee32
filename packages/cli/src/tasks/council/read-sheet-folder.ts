import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { CliError, ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import { displayPath } from '../../display-path.js';
import { AssessmentInputError, MAX_FILE_BYTES } from '@par-rubric/language/assessment-input';
import { readCouncilSheet, type CouncilSheet } from '../../input/council/read-council-sheet.js';
import type { SheetVerdict } from './apply-appraisals.js';

/**
 * Every council sheet in a folder (or the one file named), in the order of their names; a workbook that
 * cannot be read at all is a refused sheet with its reason, and makes the exit code 2.
 */
export async function readSheetFolder(
    folder: string,
    locale: Locale,
): Promise<{ sheets: CouncilSheet[]; unreadable: SheetVerdict[]; exitCode: ExitCode }> {
    let files: string[];
    try {
        files = fs.statSync(folder).isDirectory()
            ? fs
                  .readdirSync(folder)
                  .filter((name) => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('.') && !name.startsWith('~$'))
                  .sort()
                  .map((name) => path.join(folder, name))
            : [folder];
    } catch {
        throw new CliError(`${folder}: ${text(locale, 'noSuchPath')}`);
    }
    if (files.length === 0) throw new CliError(text(locale, 'noSheets', { folder }));
    const sheets: CouncilSheet[] = [];
    const unreadable: SheetVerdict[] = [];
    let exitCode: ExitCode = ExitCode.Success;
    for (const file of files) {
        const shown = displayPath(file);
        try {
            const size = fs.statSync(file).size;
            if (size > MAX_FILE_BYTES) {
                throw new AssessmentInputError([{ file: shown, message: text(locale, 'fileTooLarge', { size: (size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 }) }]);
            }
            sheets.push(await readCouncilSheet(fs.readFileSync(file), shown, locale));
        } catch (error) {
            if (!(error instanceof AssessmentInputError)) {
                const code = (error as NodeJS.ErrnoException).code;
                if (code === undefined) throw error;
                unreadable.push({ file: shown, findings: [{ file: shown, message: text(locale, 'cannotRead', { reason: code }) }], count: 0 });
                exitCode = ExitCode.UsageOrIo;
                continue;
            }
            unreadable.push({ file: shown, findings: error.problems, count: 0 });
            exitCode = Math.max(exitCode, error.exitCode) as ExitCode;
        }
    }
    return { sheets, unreadable, exitCode };
}
