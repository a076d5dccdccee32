import type { Fixed } from '../../decimal/fixed.js';
import type { AssessmentProblem } from '../../assessment/assessment-problem.js';
import type { Locale } from '../../i18n/locale.js';
import type { MetricValues } from '../expression.js';
import type { LeafSource, PlanMetric } from '../plan-types.js';
import { problems } from '../problems.js';

/**
 * What every scoring method provides besides its rule: its preparation (the plan entry built once from
 * the compiled scoring) and its explanation (the reason text, rendered on demand). The rule (the leaf's
 * score from one assessment's answers) is a plain function of the method's file, called from one switch
 * so that the scoring loop stays monomorphic.
 */
export type ScoringMethod<Source, Method, Detail> = {
    readonly prepare: (scoring: Source, context: PrepareContext) => Method;
    readonly explain: (method: Method, detail: Detail, facts: ExplainFacts) => string;
};

/** What preparing a method may ask of the rubric around it. */
export type PrepareContext = {
    readonly code: string;
    /** The rubric's step. */
    readonly step: Fixed;
    readonly metrics: readonly PlanMetric[];
    /** The metric's index; throws PlanError for a name the rubric does not declare. */
    readonly metricIndex: (name: string) => number;
};

/** What one assessment's leaves share while they are scored. */
export type ScoringRun = {
    readonly step: Fixed;
    readonly metrics: readonly PlanMetric[];
    readonly values: MetricValues;
    readonly survey: Record<string, number> | undefined;
    /** Metrics already reported as missing: one problem per metric, however many leaves need it. */
    reportedMetrics: Set<number> | undefined;
    readonly out: AssessmentProblem[];
    /** What the last rule computed (undefined for judged items or without input). */
    computed: Fixed | undefined;
};

/** The leaf as its rule sees it. */
export type RuleLeaf = { readonly code: string; readonly max: Fixed };

/** What a reason is rendered from besides the method and its detail. */
export type ExplainFacts = {
    readonly metrics: readonly PlanMetric[];
    readonly max: Fixed;
    readonly computed: Fixed | undefined;
    readonly self: Fixed | undefined;
    readonly source: LeafSource;
    readonly locale: Locale;
};

/** A rule's score with the detail of how it came about, shared where the same outcome recurs. */
export type RuleOutcome<Detail> = { readonly computed: Fixed | undefined; readonly detail: Detail };

/** The input the rule needs is absent or unusable (reported as a problem). */
export type NoInput = { readonly kind: 'noInput' };

export const NO_INPUT: NoInput = { kind: 'noInput' };

export function itemPath(leaf: RuleLeaf, key: string): (string | number)[] {
    return ['items', leaf.code, key];
}

/** Reports the metric as missing once per assessment, however many leaves need it. */
export function missingMetric(run: ScoringRun, metric: number): NoInput {
    const reported = (run.reportedMetrics ??= new Set());
    if (!reported.has(metric)) {
        reported.add(metric);
        const name = run.metrics[metric].name;
        run.out.push(problems.missingAnswer(['metrics', name], 'metric', name));
    }
    return NO_INPUT;
}
