import type { TestReport } from '../../contracts/test-report.js';
import { annotationData, annotationProperty } from '../github-annotation.js';
import { mismatchText, summaryText } from './mismatch-text.js';

/** GitHub Actions workflow commands: each unmet expectation becomes an error on its line of the test file. */
export default function writeGithubTests(report: TestReport): string {
    const lines: string[] = [];
    for (const file of report.files) {
        for (const result of file.cases) {
            for (const mismatch of result.mismatches) {
                const properties = [`file=${annotationProperty(file.file)}`, `line=${mismatch.line}`, `col=${mismatch.column}`, `title=${annotationProperty(result.name)}`].join(',');
                const message = [mismatchText(mismatch, report.locale), ...(mismatch.because ? [mismatch.because] : [])].join('\n');
                lines.push(`::error ${properties}::${annotationData(message)}`);
            }
        }
    }
    lines.push(summaryText(report));
    return lines.join('\n') + '\n';
}
