import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { formatProblem } from '@par-rubric/language/assessment-input';
import { terminalText } from '../../safe-text/terminal.js';
import type { SheetVerdict } from './apply-appraisals.js';

/** One line per sheet, applied or refused, and under a refused one each of its findings; true when any was refused. */
export function reportVerdicts(verdicts: readonly SheetVerdict[], io: CliIo, locale: Locale): boolean {
    let refused = false;
    for (const verdict of verdicts) {
        if (verdict.findings.length === 0) {
            const line =
                verdict.kind === 'survey'
                    ? text(locale, 'surveyApplied', { file: verdict.file, count: verdict.count })
                    : verdict.kind === 'explanation'
                      ? text(locale, 'explanationsApplied', { file: verdict.file, count: verdict.count })
                      : text(locale, 'sheetApplied', { file: verdict.file, count: verdict.count, round: verdict.round ?? 1 });
            io.stderr.write(terminalText(line) + '\n');
            continue;
        }
        refused = true;
        io.stderr.write(terminalText(verdict.findings.map(formatProblem).join('\n')) + '\n');
        io.stderr.write(terminalText(text(locale, 'sheetRefused', { file: verdict.file, count: verdict.findings.length })) + '\n');
    }
    return refused;
}
