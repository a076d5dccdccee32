import { fromNumber, toText, type Fixed } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { AnswerView } from './answer-view.js';
import { outcomeOf, type ChoiceMethod } from './methods/choice.js';
import { MethodKind } from './plan-types.js';
import type { PlanLeaf } from './plan.js';
import { problems } from './problems.js';

/** One round's appraisal of a leaf: the points, and for a choice item the outcome the council chose by name. */
export type Appraisal = { readonly points: Fixed; readonly outcome: number | undefined };

/**
 * The council's score for a leaf in round 1 or 2, or undefined (with a problem when given but unusable).
 * A choice item is appraised by choosing one of its outcomes (`appraisalNChoice`), or by a score that is
 * the points of one of them; any other item by a score within [0, max] on its step.
 */
export function readAppraisal(leaf: PlanLeaf, answer: AnswerView, round: 1 | 2, out: AssessmentProblem[]): Appraisal | undefined {
    const key = round === 1 ? 'appraisal1' : 'appraisal2';
    const given = round === 1 ? answer.appraisal1 : answer.appraisal2;
    const chosen = round === 1 ? answer.appraisal1Choice : answer.appraisal2Choice;
    if (given === undefined && chosen === undefined) return undefined;
    const points = given === undefined ? undefined : fromNumber(given);
    if (given !== undefined && (points === undefined || points < 0 || points > leaf.max || points % leaf.scoreStep !== 0)) {
        out.push(problems.scoreRange(['items', leaf.code, key], String(given), toText(leaf.max), toText(leaf.scoreStep)));
        return undefined;
    }
    if (leaf.kind !== MethodKind.choice) {
        if (chosen !== undefined) {
            out.push(problems.answerNotExpected(['items', leaf.code, `${key}Choice`], `${key}Choice`, leaf.method.method));
            return undefined;
        }
        return { points: points!, outcome: undefined };
    }
    const method = leaf.method as ChoiceMethod;
    if (chosen !== undefined) {
        const outcome = outcomeOf(method, chosen);
        if (outcome < 0) {
            out.push(problems.unknownOutcome(['items', leaf.code, `${key}Choice`], String(chosen), outcomeList(method)));
            return undefined;
        }
        if (points !== undefined && points !== method.points[outcome]) {
            out.push(problems.appraisalChoiceDisagrees(['items', leaf.code, key], String(given), method.labels[outcome], toText(method.points[outcome])));
            return undefined;
        }
        return { points: method.points[outcome], outcome };
    }
    // a score alone must be the points of an outcome; which one (of equal points) is left unsaid
    if (!method.points.includes(points!)) {
        out.push(problems.appraisalOutcome(['items', leaf.code, key], String(given), method.points.map(toText).join(' / ')));
        return undefined;
    }
    return { points: points!, outcome: undefined };
}

function outcomeList(method: ChoiceMethod): string {
    return method.labels.map((label, i) => `${i + 1}: "${label}"`).join(', ');
}
