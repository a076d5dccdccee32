import type { Finding, FindingReport } from '../../contracts/finding-report.js';
import { displayPath } from '../../display-path.js';

/** JUnit XML for CI dashboards: a test suite per rubric file, a failing test case per error (and per warning with --strict). */
export default function writeJunitFindings({ findings, files, strict }: FindingReport): string {
    const fails = (f: Finding) => f.severity === 'error' || (strict === true && f.severity === 'warning');
    const byFile = new Map<string, Finding[]>();
    for (const file of files) byFile.set(displayPath(file), []);
    for (const finding of findings) {
        if (!byFile.has(finding.file)) byFile.set(finding.file, []);
        byFile.get(finding.file)!.push(finding);
    }
    const failures = findings.filter(fails).length;
    const tests = [...byFile.values()].reduce((n, list) => n + Math.max(1, list.length), 0);
    const suites = [...byFile.entries()].map(([file, list]) => {
        const suiteFailures = list.filter(fails).length;
        const cases = list.length === 0
            ? [`    <testcase classname="${xml(file)}" name="rubric check"/>`]
            : list.map((f) => {
                  const name = `${f.line}:${f.column} ${f.code}`;
                  const body = `${f.file}:${f.line}:${f.column}: ${f.message}`;
                  return fails(f)
                      ? `    <testcase classname="${xml(file)}" name="${xml(name)}">\n      <failure type="${xml(f.code)}" message="${xml(f.message)}">${xml(body)}</failure>\n    </testcase>`
                      : `    <testcase classname="${xml(file)}" name="${xml(name)}">\n      <system-out>${xml(`${f.severity}: ${body}`)}</system-out>\n    </testcase>`;
              });
        return `  <testsuite name="${xml(file)}" tests="${Math.max(1, list.length)}" failures="${suiteFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rubric check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

function xml(value: string): string {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // characters XML 1.0 cannot carry at all
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}
