import type { TestReport } from '../../contracts/test-report.js';
import { terminalText } from '../../safe-text/terminal.js';
import { mismatchText, summaryText } from './mismatch-text.js';

/**
 * Each test file with its rubric, a line per case (✓ or ✗), and under a failed case each unmet
 * expectation as "file:line:column: what: expected …, got …" with the reason the engine gave below it.
 */
export default function writePrettyTests(report: TestReport): string {
    const lines: string[] = [];
    for (const file of report.files) {
        lines.push(`${file.file} (${file.rubric})`);
        for (const result of file.cases) {
            lines.push(`  ${result.mismatches.length === 0 ? '✓' : '✗'} ${result.name}`);
            for (const mismatch of result.mismatches) {
                lines.push(`    ${file.file}:${mismatch.line}:${mismatch.column}: ${mismatchText(mismatch, report.locale)}`);
                if (mismatch.because) for (const line of mismatch.because.split('\n')) lines.push(`      ${line}`);
            }
        }
    }
    lines.push(summaryText(report));
    return terminalText(lines.join('\n') + '\n');
}
