import type { Fixed } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { BandsDetail } from './methods/bands.js';
import type { ChoiceDetail } from './methods/choice.js';
import type { DeadlineDetail } from './methods/deadline.js';
import type { DeductDetail } from './methods/deduct.js';
import type { FormulaDetail } from './methods/formula.js';
import type { JudgedDetail } from './methods/judged.js';
import type { ProportionalDetail } from './methods/proportional.js';
import type { NoInput } from './methods/scoring-method.js';
import type { SurveyDetail } from './methods/survey.js';
import type { YesNoDetail } from './methods/yesno.js';
import type { EvidenceGap } from './evidence-check.js';
import type { LeafSource, PlanEffect, PlanEvidenceRule } from './plan-types.js';
import type { PlanLeaf } from './plan.js';

export type { LeafSource } from './plan-types.js';

/** Which rule fired on which input: what a reason is rendered from. */
export type LeafDetail =
    | ChoiceDetail
    | YesNoDetail
    | DeadlineDetail
    | BandsDetail
    | ProportionalDetail
    | DeductDetail
    | FormulaDetail
    | JudgedDetail
    | SurveyDetail
    | NoInput
    | { readonly kind: 'notApplicable' };

export type LeafResult = {
    readonly leaf: PlanLeaf;
    /** The final score. */
    readonly score: Fixed;
    readonly self: Fixed | undefined;
    /** What the scoring rule gives, before any evidence effect; undefined for judged items or without input. */
    readonly computed: Fixed | undefined;
    readonly appraised: Fixed | undefined;
    /** The unit's explanation of points lost in round 1: accepted, not accepted, or not yet decided. */
    readonly explanation: 'accepted' | 'notAccepted' | 'pending' | undefined;
    /** The agency's sheet and cell the deciding appraisal was read from, when it came from one. */
    readonly appraisedFrom: { readonly agency?: string; readonly sheet: string; readonly cell: string } | undefined;
    /** The outcome the council's appraisal chose, on a choice item. */
    readonly appraisedOutcome: number | undefined;
    readonly source: LeafSource;
    readonly detail: LeafDetail;
    /** Required evidence that was not supplied (count, date); empty when all is there. */
    readonly missingEvidence: readonly PlanEvidenceRule[];
    /** For each missing rule, in the same order: how many documents counted, and which came late. */
    readonly evidenceGaps: readonly EvidenceGap[];
    /** The points the missing-evidence effect took off the computed or self-assessed score (0 when appraised). */
    readonly evidenceCost: Fixed;
    /** An accepted explanation stood in for the missing evidence. */
    readonly explained: boolean;
    /** The effect that changed (or flagged) the score; undefined when none applied. */
    readonly effect: PlanEffect | undefined;
    readonly flagged: boolean;
    /** No score can be given yet: the survey result or the council's judgement has not arrived. */
    readonly pending: boolean;
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
    /** What the unit gave as the grounds of its claims for this key (the decision that awarded or imposed it). */
    readonly reasons: readonly string[];
    /** What counts: the claims for this key summed and held to the cap. */
    readonly points: Fixed;
    readonly max: Fixed;
};

export type UnitScore = {
    readonly unit: { readonly id: string; readonly name: string; readonly type: string; readonly group?: string };
    readonly rubric: string;
    readonly year: number;
    /** By leaf index (plan.leaves). */
    readonly leaves: readonly LeafResult[];
    /** By node index (plan.nodes): the node's score, capped at its applicable maximum. */
    readonly nodeScores: readonly Fixed[];
    /** By node index: the maximum after not-applicable parts left it (0 for a not-applicable node). */
    readonly nodeMax: readonly Fixed[];
    readonly applicable: readonly boolean[];
    /**
     * By node index: the unit's own claim, its self-assessed scores summed and held to each node's max as
     * scores are (what the template's subtotal formulas show); 0 where nothing was claimed.
     */
    readonly nodeSelf: readonly Fixed[];
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
    /** Leaves still waiting for the survey or the council; the result is provisional while any wait. */
    readonly pending: readonly LeafResult[];
    /** Their maxima summed: the points still to come. */
    readonly pendingPoints: Fixed;
    /** The highest total still reachable: the total with every pending point, held to the unit's max. */
    readonly reachable: Fixed;
    readonly problems: readonly AssessmentProblem[];
    /** What scoring could not verify but did not refuse (no hash; another version of the rubric whose answers all fit). */
    readonly warnings: readonly AssessmentProblem[];
};
