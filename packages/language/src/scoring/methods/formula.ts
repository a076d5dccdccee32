import { compareQuotients, roundQuotientToStep, toQuotient, ZERO } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { compileFormula, FormulaFailure, MissingMetric, type FormulaEvaluator, type Value } from '../expression.js';
import { problems } from '../problems.js';
import { givesText, metricLabel, metricValueText } from '../reason-words.js';
import { reasonText } from '../reason-text.js';
import { missingMetric, NO_INPUT, type ScoringMethod, type ScoringRun, type RuleLeaf, type NoInput } from './scoring-method.js';

/** An expression over the metrics, computed exactly, held to [0, max] and rounded once to the rubric's step. */
export type FormulaMethod = { readonly method: 'formula'; readonly evaluate: FormulaEvaluator };

/** The values of the metrics the formula reads, in the order of Evaluator.metrics. */
export type FormulaDetail = { readonly kind: 'formula'; readonly values: readonly (Value | undefined)[] };

export const formula: ScoringMethod<Extract<Scoring, { method: 'formula' }>, FormulaMethod, FormulaDetail> = {
    prepare(scoring, { metricIndex }) {
        return { method: 'formula', evaluate: compileFormula(scoring.expression, metricIndex) };
    },
    explain(method, detail, { metrics, computed, locale }) {
        const inputs = method.evaluate.metrics
            .map((m, i) => `${metricLabel(metrics[m])} = ${metricValueText(metrics[m], detail.values[i], locale)}`)
            .join(', ');
        return reasonText(locale, 'formula', { inputs: inputs ? ` (${inputs})` : '', gives: givesText(computed!, locale) });
    },
};

const QUOTIENT_ZERO = toQuotient(ZERO);

export function scoreFormula(run: ScoringRun, leaf: RuleLeaf, method: FormulaMethod): FormulaDetail | NoInput {
    const values = run.values;
    try {
        const result = method.evaluate.evaluate(values);
        run.computed =
            compareQuotients(result, QUOTIENT_ZERO) <= 0
                ? ZERO
                : compareQuotients(result, toQuotient(leaf.max)) >= 0
                  ? leaf.max
                  : (roundQuotientToStep(result, run.step) ?? leaf.max);
        const metrics = method.evaluate.metrics;
        const inputs: (Value | undefined)[] = new Array(metrics.length);
        for (let i = 0; i < metrics.length; i++) inputs[i] = values[metrics[i]];
        return { kind: 'formula', values: inputs };
    } catch (error) {
        if (error instanceof MissingMetric) return missingMetric(run, error.metric);
        if (error instanceof FormulaFailure) {
            run.out.push(problems.formulaFailed(['items', leaf.code], leaf.code, error.reason));
            return NO_INPUT;
        }
        throw error;
    }
}
