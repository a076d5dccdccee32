import type { PlanNode } from './plan-types.js';
import type { ScoringPlan } from './plan.js';
import type { LeafResult, UnitScore } from './results.js';

/**
 * What became of a leaf whose required evidence is missing: the council's appraisal decided it, an
 * accepted explanation stood in, or the rubric's rule scored it 0, capped it or only flagged it.
 */
export type EvidenceOutcome = 'appraised' | 'explained' | 'zero' | 'cap' | 'flag';

/** Undefined when no required document is missing. */
export function evidenceOutcome(leaf: LeafResult): EvidenceOutcome | undefined {
    if (leaf.missingEvidence.length === 0) return undefined;
    if (leaf.source === 'appraisal1' || leaf.source === 'appraisal2') return 'appraised';
    return leaf.effect === undefined ? 'explained' : leaf.effect.kind;
}

/** The highest nodes the unit marked not applicable (what lies under one left with it), in the rubric's order. */
export function markedNotApplicable(plan: ScoringPlan, unit: UnitScore): PlanNode[] {
    return plan.nodes.filter((node) => !unit.applicable[node.index] && (node.parent < 0 || unit.applicable[node.parent]));
}
