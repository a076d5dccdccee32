import { multiply, subtract, toNumber, ZERO, type Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { exactFigure } from '../plan-error.js';
import { givesText, metricLabel, numberText } from '../reason-words.js';
import { missingMetric, type ScoringMethod, type ScoringRun, type RuleLeaf, type NoInput } from './scoring-method.js';

/** The leaf's maximum less a fixed amount per counted event, never below 0. */
export type DeductMethod = { readonly method: 'deduct'; readonly metric: number; readonly amount: Fixed };

export type DeductDetail = { readonly kind: 'deduct'; readonly count: number };

export const deduct: ScoringMethod<Extract<Scoring, { method: 'deduct' }>, DeductMethod, DeductDetail> = {
    prepare(scoring, { code, metricIndex }) {
        return { method: 'deduct', metric: metricIndex(scoring.metric), amount: exactFigure(scoring.amount, `deduction of ${code}`) };
    },
    explain(method, detail, { metrics, max, computed, locale }) {
        const name = metricLabel(metrics[method.metric]);
        return `${numberText(max, locale)} − ${numberText(method.amount, locale)} × ${detail.count} (${name}) ${givesText(computed!, locale)}`;
    },
};

export function scoreDeduct(run: ScoringRun, leaf: RuleLeaf, method: DeductMethod): DeductDetail | NoInput {
    const value = run.values[method.metric];
    if (typeof value !== 'number') return missingMetric(run, method.metric);
    const deducted = multiply(method.amount, value);
    run.computed = deducted === undefined || deducted >= leaf.max ? ZERO : subtract(leaf.max, deducted);
    return { kind: 'deduct', count: toNumber(value) };
}
