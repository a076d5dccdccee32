import type { Finding, FindingReport } from '../../contracts/finding-report.js';
import { displayPath } from '../../display-path.js';
import { xmlText } from '../xml-text.js';

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
            ? [`    <testcase classname="${xmlText(file)}" name="rubric check"/>`]
            : list.map((f) => {
                  const name = `${f.line}:${f.column} ${f.code}`;
                  const body = `${f.file}:${f.line}:${f.column}: ${f.message}`;
                  return fails(f)
                      ? `    <testcase classname="${xmlText(file)}" name="${xmlText(name)}">\n      <failure type="${xmlText(f.code)}" message="${xmlText(f.message)}">${xmlText(body)}</failure>\n    </testcase>`
                      : `    <testcase classname="${xmlText(file)}" name="${xmlText(name)}">\n      <system-out>${xmlText(`${f.severity}: ${body}`)}</system-out>\n    </testcase>`;
              });
        return `  <testsuite name="${xmlText(file)}" tests="${Math.max(1, list.length)}" failures="${suiteFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rubric check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
