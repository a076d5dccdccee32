import type { ScoreReport } from '../../contracts/score-report.js';

/**
 * The results contract: the scoring engine's toResultsJson, two-space indented. Figures are JSON
 * numbers holding exact decimals (73.34), never formatted for a language; next year's `--previous`.
 */
export default function jsonReport(report: ScoreReport): string {
    return JSON.stringify(report.results, null, 2) + '\n';
}
