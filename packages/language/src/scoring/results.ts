import type { Fixed } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { Value } from './expression.js';
import type { PlanEffect, PlanEvidenceRule, PlanLeaf } from './plan.js';

/** Where a leaf's final score came from. */
export type LeafSource = 'appraisal2' | 'appraisal1' | 'computed' | 'self' | 'survey' | 'none' | 'notApplicable';

/** Which rule fired on which input: what a reason is rendered from. */
export type LeafDetail =
    | { readonly kind: 'choice'; readonly outcome: number }
    | { readonly kind: 'yesno'; readonly answer: boolean; readonly byCondition: boolean }
    | { readonly kind: 'deadline'; readonly status: 'onTime' | 'late' | 'missing'; readonly day: number | undefined }
    | { readonly kind: 'bands'; readonly band: number; readonly value: Fixed }
    | { readonly kind: 'proportional'; readonly value: Fixed; readonly raw: Fixed }
    | { readonly kind: 'deduct'; readonly count: number }
    | { readonly kind: 'formula'; readonly values: readonly (Value | undefined)[] }
    | { readonly kind: 'judged' }
    | { readonly kind: 'survey'; readonly given: boolean }
    /** The input the rule needs is absent or unusable (reported as a problem). */
    | { readonly kind: 'noInput' }
    | { readonly kind: 'notApplicable' };

/** What a leaf's scoring rule gives for one assessment, before evidence and appraisal. */
export type RuleOutcome = { readonly computed: Fixed | undefined; readonly detail: LeafDetail };

export type LeafResult = {
    readonly leaf: PlanLeaf;
    /** The final score. */
    readonly score: Fixed;
    readonly self: Fixed | undefined;
    /** What the scoring rule gives, before any evidence effect; undefined for judged items or without input. */
    readonly computed: Fixed | undefined;
    readonly appraised: Fixed | undefined;
    readonly source: LeafSource;
    readonly detail: LeafDetail;
    /** Required evidence that was not supplied (count, date); empty when all is there. */
    readonly missingEvidence: readonly PlanEvidenceRule[];
    /** An accepted explanation stood in for the missing evidence. */
    readonly explained: boolean;
    /** The effect that changed (or flagged) the score; undefined when none applied. */
    readonly effect: PlanEffect | undefined;
    readonly flagged: boolean;
};

export type DeviationCause = 'appraised' | 'evidence' | 'computed' | 'survey' | 'noInput';

/** A leaf where the unit's claim and the final score differ: one line of the council's worklist. */
export type Deviation = {
    readonly leaf: LeafResult;
    readonly self: Fixed;
    readonly score: Fixed;
    /** score − self: negative when the claim was lowered. */
    readonly difference: Fixed;
    readonly cause: DeviationCause;
};

export type AdjustmentResult = {
    readonly kind: 'bonus' | 'penalty';
    readonly key: string;
    readonly title: string;
    readonly claimed: Fixed;
    /** What counts: the claims for this key summed and held to the cap. */
    readonly points: Fixed;
    readonly max: Fixed;
};

export type UnitScore = {
    readonly unit: { readonly id: string; readonly name: string; readonly type: string };
    readonly rubric: string;
    readonly year: number;
    /** By leaf index (plan.leaves). */
    readonly leaves: readonly LeafResult[];
    /** By node index (plan.nodes): the node's score, capped at its applicable maximum. */
    readonly nodeScores: readonly Fixed[];
    /** By node index: the maximum after not-applicable parts left it (0 for a not-applicable node). */
    readonly nodeMax: readonly Fixed[];
    readonly applicable: readonly boolean[];
    /** Sum of the fields, before bonus and penalty. */
    readonly base: Fixed;
    readonly bonus: Fixed;
    readonly penalty: Fixed;
    readonly adjustments: readonly AdjustmentResult[];
    /** base + bonus − penalty. */
    readonly total: Fixed;
    /** The unit's applicable maximum (the declared total less what does not apply). */
    readonly max: Fixed;
    /** total / max × 100 held to [0, 100], to 6 decimals; undefined when nothing applies. */
    readonly index: Fixed | undefined;
    /** Graded on the exact quotient, not on the rounded index. */
    readonly grade: string | undefined;
    /** Sum of the self-assessed scores given, and of the final scores of those same leaves. */
    readonly selfTotal: Fixed | undefined;
    /** selfTotal − final score over the leaves the unit self-assessed; undefined without any self score. */
    readonly gap: Fixed | undefined;
    readonly deviations: readonly Deviation[];
    readonly problems: readonly AssessmentProblem[];
};
