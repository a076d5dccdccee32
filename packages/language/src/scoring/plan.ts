import type { Fixed } from '../decimal/fixed.js';
import type { CompiledRubric } from '../compiler/compiled-schema.js';
import type { AnswerView } from './answer-view.js';
import type { KeyOrder } from './key-order.js';
import type { BandsMethod } from './methods/bands.js';
import type { ChoiceMethod } from './methods/choice.js';
import type { DeadlineMethod } from './methods/deadline.js';
import type { DeductMethod } from './methods/deduct.js';
import type { FormulaMethod } from './methods/formula.js';
import type { JudgedMethod } from './methods/judged.js';
import type { ProportionalMethod } from './methods/proportional.js';
import type { SurveyMethod } from './methods/survey.js';
import type { YesNoMethod } from './methods/yesno.js';
import type { MethodKind, PlanAdjustment, PlanEvidenceRule, PlanGrade, PlanMetric, PlanNode } from './plan-types.js';

/**
 * A compiled rubric prepared for scoring: every figure turned into Fixed once, the tree flattened into
 * arrays, names and codes indexed, formulas turned into closures. Scoring an assessment then only reads
 * these arrays and does integer arithmetic.
 */
export type ScoringPlan = {
    readonly rubric: CompiledRubric;
    readonly id: string;
    readonly hash: string;
    readonly year: number;
    readonly unitType: string;
    readonly step: Fixed;
    readonly total: Fixed;
    readonly ties: 'shared' | 'dense';
    /** Pre-order: a parent comes before its children, so a reverse walk sums bottom-up. */
    readonly nodes: readonly PlanNode[];
    readonly leaves: readonly PlanLeaf[];
    readonly fields: readonly number[];
    readonly nodeByCode: ReadonlyMap<string, number>;
    readonly metrics: readonly PlanMetric[];
    readonly metricByName: ReadonlyMap<string, number>;
    readonly grades: readonly PlanGrade[];
    readonly bonuses: ReadonlyMap<string, PlanAdjustment>;
    readonly penalties: ReadonlyMap<string, PlanAdjustment>;
    /** Working buffers, one per node, reused by every scoring call (scoring is synchronous, never re-entered). */
    readonly scratch: ScoringScratch;
};

type ScoringScratch = {
    readonly sums: Fixed[];
    readonly maxima: Fixed[];
    readonly selfSums: Fixed[];
    readonly marked: Uint8Array;
    /** Each node's answer in the assessment being scored (see AnswerView.stamp). */
    readonly answers: readonly AnswerView[];
    /** Counts scoring calls: the stamp of the current one. */
    calls: number;
    /** Metric and item indices by key, betting on the previous assessment's key order. */
    readonly metricOrder: KeyOrder;
    readonly itemOrder: KeyOrder;
};

export type PlanLeaf = {
    readonly index: number;
    readonly node: number;
    readonly code: string;
    readonly max: Fixed;
    readonly kind: (typeof MethodKind)[keyof typeof MethodKind];
    /** The step self and appraised scores must lie on: the judged step, else the rubric's. */
    readonly scoreStep: Fixed;
    /** Whether the unit answers yes/no itself (a yes/no item without a condition). */
    readonly takesAnswer: boolean;
    readonly method: PlanMethod;
    readonly evidence: readonly PlanEvidenceRule[];
    /** Whether scoring checks the evidence: the leaf requires some, and it is not scored by the survey. */
    readonly checksEvidence: boolean;
};

/** A leaf's scoring method as prepared (see methods/). */
export type PlanMethod =
    | ChoiceMethod
    | YesNoMethod
    | DeadlineMethod
    | BandsMethod
    | ProportionalMethod
    | DeductMethod
    | JudgedMethod
    | SurveyMethod
    | FormulaMethod;
