import type { DiffReport } from '../../contracts/diff-report.js';

/** The change model itself, two-space indented: figures are exact decimals, nothing is worded, so it reads the same in every language. */
export default function jsonDiff(report: DiffReport): string {
    return JSON.stringify(report.diff, null, 2) + '\n';
}
