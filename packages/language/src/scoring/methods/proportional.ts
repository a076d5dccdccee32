import { clamp, multiply, percentOf, roundToStep, ZERO, type Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { givesText, metricLabel, metricValueText, numberText } from '../reason-words.js';
import { missingMetric, type ScoringMethod, type ScoringRun, type RuleLeaf, type NoInput } from './scoring-method.js';

/** The leaf's maximum in proportion to a percent or ratio metric, rounded to the rubric's step. */
export type ProportionalMethod = { readonly method: 'proportional'; readonly metric: number; readonly percent: boolean };

/** The metric's value and the proportion before rounding to the step. */
export type ProportionalDetail = { readonly kind: 'proportional'; readonly value: Fixed; readonly raw: Fixed };

export const proportional: ScoringMethod<Extract<Scoring, { method: 'proportional' }>, ProportionalMethod, ProportionalDetail> = {
    prepare(scoring, { metricIndex, metrics }) {
        const metric = metricIndex(scoring.metric);
        return { method: 'proportional', metric, percent: metrics[metric].type === 'percent' };
    },
    explain(method, detail, { metrics, max, computed, locale }) {
        const metric = metrics[method.metric];
        const value = metricValueText(metric, detail.value, locale);
        return `${metricLabel(metric)} ${value} × ${numberText(max, locale)} = ${numberText(detail.raw, locale)} ${givesText(computed!, locale)}`;
    },
};

export function scoreProportional(run: ScoringRun, leaf: RuleLeaf, method: ProportionalMethod): ProportionalDetail | NoInput {
    const value = run.values[method.metric];
    if (typeof value !== 'number') return missingMetric(run, method.metric);
    const raw = method.percent ? percentOf(value, leaf.max) : (multiply(value, leaf.max) ?? leaf.max);
    run.computed = roundToStep(clamp(raw, ZERO, leaf.max), run.step);
    return { kind: 'proportional', value, raw };
}
