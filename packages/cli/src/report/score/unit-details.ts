import { explainLeaf } from '@par-rubric/language/scoring';
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

/** A leaf the unit explained after round 1, with the council's decision and the reason of its score. */
export type ExplainedItem = { code: string; title: string; decision: 'accepted' | 'notAccepted' | 'pending'; reason: string };

/** The explanations of the unit at `position`: the council's worklist of what round 2 decided. */
export function explainedItems(report: ScoreReport, position: number): ExplainedItem[] {
    const { plan } = report.batch;
    const unit = report.batch.results[position].score;
    return unit.leaves
        .filter((leaf) => leaf.explanation !== undefined)
        .map((leaf) => ({
            code: leaf.leaf.code,
            title: plan.nodes[leaf.leaf.node].title,
            decision: leaf.explanation!,
            reason: explainLeaf(plan, leaf, report.locale),
        }));
}
