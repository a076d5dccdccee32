import type { ScoreReport } from '../../contracts/score-report.js';

/** A leaf whose required documents were not (all) supplied. */
export type MissingEvidence = { code: string; title: string; documents: string[]; explained: boolean; flagged: boolean };

/**
 * The documents each leaf of the unit at `position` (in the report's order) lacks: the council's list of
 * what to ask for, with whether an accepted explanation stood in.
 */
export function missingEvidence(report: ScoreReport, position: number): MissingEvidence[] {
    const { plan } = report.batch;
    const unit = report.batch.results[position].score;
    return unit.leaves
        .filter((leaf) => leaf.missingEvidence.length > 0)
        .map((leaf) => ({
            code: leaf.leaf.code,
            title: plan.nodes[leaf.leaf.node].title,
            documents: leaf.missingEvidence.map((rule) => rule.title),
            explained: leaf.explained,
            flagged: leaf.flagged,
        }));
}
