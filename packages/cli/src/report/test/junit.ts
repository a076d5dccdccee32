import type { TestReport } from '../../contracts/test-report.js';
import { xmlText } from '../xml-text.js';
import { mismatchText } from './mismatch-text.js';

/** JUnit XML for CI dashboards: a test suite per test file, a test case per case, a failure per failed case. */
export default function writeJunitTests(report: TestReport): string {
    const { files, locale } = report;
    const total = files.reduce((n, file) => n + file.cases.length, 0);
    const failures = files.reduce((n, file) => n + file.cases.filter((c) => c.mismatches.length > 0).length, 0);
    const suites = files.map((file) => {
        const failed = file.cases.filter((c) => c.mismatches.length > 0).length;
        const cases = file.cases.map((c) => {
            const open = `    <testcase classname="${xmlText(file.file)}" name="${xmlText(c.name)}"`;
            if (c.mismatches.length === 0) return `${open}/>`;
            const lines = c.mismatches.map((m) => [`${file.file}:${m.line}:${m.column}: ${mismatchText(m, locale)}`, ...(m.because ? [m.because] : [])].join('\n'));
            const message = mismatchText(c.mismatches[0], locale);
            return `${open}>\n      <failure type="rubric test" message="${xmlText(message)}">${xmlText(lines.join('\n'))}</failure>\n    </testcase>`;
        });
        return `  <testsuite name="${xmlText(file.file)}" tests="${file.cases.length}" failures="${failed}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rubric test" tests="${total}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
