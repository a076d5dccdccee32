import type { Fixed } from '../decimal/fixed.js';
import type { CompiledNode, MetricType } from '../compiler/compiled-schema.js';

/**
 * The parts of a scoring plan that no scoring method shapes: nodes, metrics, grades, adjustments and
 * evidence rules. Methods and results build on these; these build on nothing of the engine.
 */

export type PlanNode = {
    readonly index: number;
    readonly code: string;
    readonly title: string;
    readonly kind: CompiledNode['kind'];
    readonly depth: number;
    readonly max: Fixed;
    readonly optional: boolean;
    readonly parent: number;
    readonly children: readonly number[];
    /** The leaf's position in plan.leaves, or -1 for a parent. */
    readonly leaf: number;
};

export type PlanMetric = {
    readonly index: number;
    readonly name: string;
    /** What reasons call the metric; undefined where the rubric gives it no title. */
    readonly title: string | undefined;
    readonly type: MetricType;
    /** The type as a small number (MetricKind), for the engine to switch on. */
    readonly kind: (typeof MetricKind)[MetricType];
    readonly options: readonly string[];
};

export const MetricKind = { percent: 0, ratio: 1, count: 2, number: 3, date: 4, yesno: 5, oneOf: 6 } as const;

export type PlanGrade = { readonly name: string; readonly min: Fixed; readonly inclusive: boolean };

export type PlanAdjustment = { readonly key: string; readonly title: string; readonly max: Fixed };

export type PlanEvidenceRule = {
    readonly name: string | undefined;
    readonly title: string;
    /** Titles compare case- and space-insensitively. */
    readonly titleKey: string;
    readonly minCount: number;
    readonly issuedBy: string | undefined;
    readonly explanationAllowed: boolean;
    readonly effect: PlanEffect;
};

export type PlanEffect = { readonly kind: 'zero' } | { readonly kind: 'flag' } | { readonly kind: 'cap'; readonly cap: Fixed };

/** The scoring method as a small number: the engine switches on it without touching the method object. */
export const MethodKind = {
    choice: 0,
    yesno: 1,
    deadline: 2,
    bands: 3,
    proportional: 4,
    deduct: 5,
    judged: 6,
    survey: 7,
    formula: 8,
} as const;

/** Where a leaf's final score came from. */
export type LeafSource = 'appraisal2' | 'appraisal1' | 'computed' | 'self' | 'survey' | 'none' | 'notApplicable';
