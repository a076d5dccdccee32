import type { Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import type { AnswerView } from '../answer-view.js';
import { compileEvaluator, FormulaFailure, MissingMetric, type Evaluator } from '../expression.js';
import { exactFigure } from '../plan-error.js';
import { problems } from '../problems.js';
import { givesText } from '../reason-words.js';
import { reasonText } from '../reason-text.js';
import { itemPath, missingMetric, NO_INPUT, type RuleOutcome, type ScoringMethod, type ScoringRun, type RuleLeaf, type NoInput } from './scoring-method.js';

/** Yes or no, answered by the unit or decided by a condition on the metrics. */
export type YesNoMethod = {
    readonly method: 'yesno';
    readonly condition: Evaluator | undefined;
    readonly yes: Fixed;
    readonly no: Fixed;
    readonly yesLabel: string | undefined;
    readonly noLabel: string | undefined;
    readonly onYes: RuleOutcome<YesNoDetail>;
    readonly onNo: RuleOutcome<YesNoDetail>;
};

export type YesNoDetail = { readonly kind: 'yesno'; readonly answer: boolean; readonly byCondition: boolean };

export const yesno: ScoringMethod<Extract<Scoring, { method: 'yesno' }>, YesNoMethod, YesNoDetail> = {
    prepare(scoring, { code, metricIndex }) {
        const yes = exactFigure(scoring.outcomes.yes.points, `yes of ${code}`);
        const no = exactFigure(scoring.outcomes.no.points, `no of ${code}`);
        const byCondition = scoring.condition !== undefined;
        return {
            method: 'yesno',
            condition: scoring.condition ? compileEvaluator(scoring.condition, metricIndex) : undefined,
            yes,
            no,
            yesLabel: scoring.outcomes.yes.label,
            noLabel: scoring.outcomes.no.label,
            onYes: { computed: yes, detail: { kind: 'yesno', answer: true, byCondition } },
            onNo: { computed: no, detail: { kind: 'yesno', answer: false, byCondition } },
        };
    },
    explain(method, detail, { computed, locale }) {
        const label = detail.answer ? method.yesLabel : method.noLabel;
        const head = detail.byCondition
            ? reasonText(locale, detail.answer ? 'yesno.conditionMet' : 'yesno.conditionNotMet')
            : reasonText(locale, detail.answer ? 'yesno.yes' : 'yesno.no');
        return `${head}${label ? ` ("${label}")` : ''} ${givesText(computed!, locale)}`;
    },
};

export function scoreYesNo(run: ScoringRun, leaf: RuleLeaf, method: YesNoMethod, answer: AnswerView | undefined): YesNoDetail | NoInput {
    let yes: boolean;
    if (method.condition) {
        try {
            yes = method.condition.evaluate(run.values) === true;
        } catch (error) {
            if (error instanceof MissingMetric) return missingMetric(run, error.metric);
            if (error instanceof FormulaFailure) {
                run.out.push(problems.formulaFailed(itemPath(leaf, 'answer'), leaf.code, error.reason));
                return NO_INPUT;
            }
            throw error;
        }
    } else {
        const given = answer === undefined ? undefined : answer.answer;
        if (given === undefined) {
            run.out.push(problems.missingAnswer(itemPath(leaf, 'answer'), 'answer', leaf.code));
            return NO_INPUT;
        }
        yes = given === true || given === 'yes';
    }
    const outcome = yes ? method.onYes : method.onNo;
    run.computed = outcome.computed;
    return outcome.detail;
}
