import type { Scoring } from '../../compiler/compiled-schema.js';
import type { AnswerView } from '../answer-view.js';
import { MethodKind } from '../plan-types.js';
import type { PlanLeaf, PlanMethod } from '../plan.js';
import { problems } from '../problems.js';
import type { LeafDetail } from '../results.js';
import { bands, scoreBands, type BandsMethod } from './bands.js';
import { choice, scoreChoice, type ChoiceMethod } from './choice.js';
import { deadline, scoreDeadline, type DeadlineMethod } from './deadline.js';
import { deduct, scoreDeduct, type DeductMethod } from './deduct.js';
import { formula, scoreFormula, type FormulaMethod } from './formula.js';
import { judged, scoreJudged } from './judged.js';
import { proportional, scoreProportional, type ProportionalMethod } from './proportional.js';
import type { ExplainFacts, PrepareContext, ScoringMethod, ScoringRun } from './scoring-method.js';
import { scoreSurvey, survey } from './survey.js';
import { scoreYesNo, yesno, type YesNoMethod } from './yesno.js';

type MethodName = Scoring['method'];

// One method's compiled scoring, plan entry and detail, by name: a mapped type, so that a lookup by a
// generic name lets TypeScript see that the three belong together (no cast needed).
type SourceOf = { [M in MethodName]: Extract<Scoring, { method: M }> };
type PlanOf = { [M in MethodName]: Extract<PlanMethod, { method: M }> };
type DetailOf = { [M in MethodName]: Extract<LeafDetail, { kind: M }> };

/** Every scoring method by the name the compiled rubric gives it. */
const METHODS: { readonly [M in MethodName]: ScoringMethod<SourceOf[M], PlanOf[M], DetailOf[M]> } = {
    choice,
    yesno,
    deadline,
    bands,
    proportional,
    deduct,
    judged,
    survey,
    formula,
};

function prepareAs<M extends MethodName>(name: M, scoring: SourceOf[M], context: PrepareContext): PlanOf[M] {
    return METHODS[name].prepare(scoring, context);
}

function explainAs<M extends MethodName>(name: M, method: PlanOf[M], detail: DetailOf[M], facts: ExplainFacts): string {
    return METHODS[name].explain(method, detail, facts);
}

export function prepareMethod(scoring: Scoring, context: PrepareContext): PlanMethod {
    return prepareAs(scoring.method, scoring, context);
}

/** The rule's reason for a detail its own method produced; '' when detail and method do not belong together. */
export function explainMethod(method: PlanMethod, detail: LeafDetail, facts: ExplainFacts): string {
    if (detail.kind !== method.method) return '';
    return explainAs(method.method, method, detail, facts);
}

/**
 * The leaf's score by its rule from the chosen outcome, the answer or the metrics, left in run.computed
 * (so that nothing is allocated for it); returns which rule fired on which input, and reports absent or
 * wrong input as problems.
 */
export function applyRule(run: ScoringRun, leaf: PlanLeaf, answer: AnswerView | undefined): LeafDetail {
    const kind = leaf.kind;
    run.computed = undefined;
    if (answer !== undefined) {
        if (answer.choice !== undefined && kind !== MethodKind.choice) unexpected(run, leaf, 'choice');
        if (answer.answer !== undefined && !leaf.takesAnswer) unexpected(run, leaf, 'answer');
    }
    // the method objects differ in shape; switching on the leaf's number keeps each case's reads monomorphic
    switch (kind) {
        case MethodKind.choice:
            return scoreChoice(run, leaf, leaf.method as ChoiceMethod, answer);
        case MethodKind.yesno:
            return scoreYesNo(run, leaf, leaf.method as YesNoMethod, answer);
        case MethodKind.deadline:
            return scoreDeadline(run, leaf.method as DeadlineMethod);
        case MethodKind.bands:
            return scoreBands(run, leaf.method as BandsMethod);
        case MethodKind.proportional:
            return scoreProportional(run, leaf, leaf.method as ProportionalMethod);
        case MethodKind.deduct:
            return scoreDeduct(run, leaf, leaf.method as DeductMethod);
        case MethodKind.judged:
            return scoreJudged();
        case MethodKind.survey:
            return scoreSurvey(run, leaf);
        default:
            return scoreFormula(run, leaf, leaf.method as FormulaMethod);
    }
}


function unexpected(run: ScoringRun, leaf: PlanLeaf, what: 'choice' | 'answer'): void {
    run.out.push(problems.answerNotExpected(['items', leaf.code, what], what, leaf.method.method));
}
