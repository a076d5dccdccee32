import type { TestReport } from '../../contracts/test-report.js';

/** Every file, case and unmet expectation as data, with the counts: for scripts and dashboards. */
export default function writeJsonTests({ files }: TestReport): string {
    const cases = files.flatMap((file) => file.cases);
    const failed = cases.filter((c) => c.mismatches.length > 0).length;
    const report = {
        files: files.map((file) => ({
            file: file.file,
            rubric: file.rubric,
            cases: file.cases.map((c) => ({ name: c.name, line: c.line, column: c.column, passed: c.mismatches.length === 0, mismatches: c.mismatches })),
        })),
        summary: { cases: cases.length, passed: cases.length - failed, failed },
    };
    return JSON.stringify(report, null, 2) + '\n';
}
