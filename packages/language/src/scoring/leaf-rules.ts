import { clamp, fromNumber, multiply, roundToStep, SCALE, toText, ZERO, type Fixed } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { ItemAnswer } from '../assessment/assessment-schema.js';
import { FormulaFailure, MissingMetric, type MetricValues } from './expression.js';
import { titleKey, type PlanLeaf, type ScoringPlan } from './plan.js';
import { problems } from './problems.js';
import type { LeafDetail } from './results.js';

/** What a leaf's scoring rule gives for one assessment. */
export type RuleOutcome = { computed: Fixed | undefined; detail: LeafDetail };

const NO_INPUT: RuleOutcome = { computed: undefined, detail: { kind: 'noInput' } };
const JUDGED: RuleOutcome = { computed: undefined, detail: { kind: 'judged' } };

const METHOD_NAMES: Record<string, [string, string]> = {
    choice: ['phương án', 'choice of outcomes'],
    yesno: ['có/không', 'yes/no'],
    deadline: ['thời hạn', 'deadline'],
    bands: ['ngưỡng', 'bands'],
    proportional: ['tỷ lệ', 'proportion'],
    deduct: ['trừ điểm', 'deduction'],
    judged: ['hội đồng chấm', "the council's judgement"],
    survey: ['điều tra xã hội học', 'the survey'],
    formula: ['công thức', 'formula'],
};

/** The leaf's score by its rule from the chosen outcome, the answer or the metrics; problems for absent or wrong input. */
export function applyRule(
    plan: ScoringPlan,
    leaf: PlanLeaf,
    answer: ItemAnswer | undefined,
    values: MetricValues,
    survey: Record<string, number> | undefined,
    reportedMetrics: Set<number>,
    out: AssessmentProblem[],
): RuleOutcome {
    const method = leaf.method;
    const at = (key: string) => ['items', leaf.code, key];
    const missingMetric = (metric: number): RuleOutcome => {
        if (!reportedMetrics.has(metric)) {
            reportedMetrics.add(metric);
            const name = plan.metrics[metric].name;
            out.push(problems.missingAnswer(['metrics', name], `số liệu "${name}"`, `the metric "${name}"`));
        }
        return NO_INPUT;
    };
    if (answer) {
        if (answer.choice !== undefined && method.method !== 'choice') unexpected(at('choice'), 'choice', method.method, out);
        if (answer.answer !== undefined && (method.method !== 'yesno' || method.condition)) unexpected(at('answer'), 'answer', method.method, out);
    }
    switch (method.method) {
        case 'choice': {
            const choice = answer?.choice;
            if (choice === undefined) {
                out.push(problems.missingAnswer(at('choice'), `phương án được chọn của "${leaf.code}"`, `the chosen outcome of "${leaf.code}"`));
                return NO_INPUT;
            }
            const outcome = typeof choice === 'number' ? choice - 1 : (method.keys.get(titleKey(choice)) ?? -1);
            if (outcome < 0 || outcome >= method.points.length) {
                const options = method.labels.map((label, i) => `${i + 1}: "${label}"`).join(', ');
                out.push(problems.unknownOutcome(at('choice'), String(choice), options));
                return NO_INPUT;
            }
            return { computed: method.points[outcome], detail: { kind: 'choice', outcome } };
        }
        case 'yesno': {
            if (method.condition) {
                try {
                    const result = method.condition.evaluate(values) === true;
                    return { computed: result ? method.yes : method.no, detail: { kind: 'yesno', answer: result, byCondition: true } };
                } catch (error) {
                    if (error instanceof MissingMetric) return missingMetric(error.metric);
                    if (error instanceof FormulaFailure) {
                        out.push(problems.formulaFailed(at('answer'), leaf.code, error.reason));
                        return NO_INPUT;
                    }
                    throw error;
                }
            }
            const given = answer?.answer;
            if (given === undefined) {
                out.push(problems.missingAnswer(at('answer'), `câu trả lời có/không của "${leaf.code}"`, `the yes/no answer of "${leaf.code}"`));
                return NO_INPUT;
            }
            const yes = given === true || given === 'yes';
            return { computed: yes ? method.yes : method.no, detail: { kind: 'yesno', answer: yes, byCondition: false } };
        }
        case 'deadline': {
            // no date means the document was never issued: that is the "missing" outcome, not absent input
            const day = values[method.metric] as number | undefined;
            const status = day === undefined ? 'missing' : day <= method.lastDay ? 'onTime' : 'late';
            const computed = status === 'missing' ? method.missing : status === 'onTime' ? method.onTime : method.late;
            return { computed, detail: { kind: 'deadline', status, day } };
        }
        case 'bands': {
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(method.metric);
            const bands = method.bands;
            for (let i = 0; i < bands.length; i++) {
                const band = bands[i];
                if (matches(band.operator, value, band.threshold)) {
                    return { computed: band.points, detail: { kind: 'bands', band: i, value } };
                }
            }
            // bands that cover the metric's range need no else; a value outside every band scores 0
            return { computed: ZERO, detail: { kind: 'bands', band: -1, value } };
        }
        case 'proportional': {
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(method.metric);
            const raw = method.percent ? percentOf(value, leaf.max) : (multiply(value, leaf.max) ?? leaf.max);
            const score = roundToStep(clamp(raw, ZERO, leaf.max), plan.step);
            return { computed: score, detail: { kind: 'proportional', value, raw } };
        }
        case 'deduct': {
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(method.metric);
            const count = value / SCALE;
            const deducted = method.amount * count;
            const score = deducted >= leaf.max ? ZERO : ((leaf.max - deducted) as Fixed);
            return { computed: score, detail: { kind: 'deduct', count } };
        }
        case 'judged':
            return JUDGED;
        case 'survey': {
            const given = survey !== undefined && Object.hasOwn(survey, leaf.code) ? survey[leaf.code] : undefined;
            if (given === undefined) {
                out.push(problems.missingAnswer(['survey', leaf.code], `điểm điều tra xã hội học của "${leaf.code}"`, `the survey result of "${leaf.code}"`));
                return { computed: undefined, detail: { kind: 'survey', given: false } };
            }
            const points = fromNumber(given);
            if (points === undefined || points < 0 || points > leaf.max || points % plan.step !== 0) {
                out.push(problems.scoreRange(['survey', leaf.code], String(given), text(leaf.max), text(plan.step)));
                return { computed: undefined, detail: { kind: 'survey', given: false } };
            }
            return { computed: points, detail: { kind: 'survey', given: true } };
        }
        case 'formula': {
            try {
                const result = method.evaluate.evaluate(values) as Fixed;
                const score = roundToStep(clamp(result, ZERO, leaf.max), plan.step);
                return {
                    computed: score,
                    detail: { kind: 'formula', values: method.evaluate.metrics.map((m) => values[m]) },
                };
            } catch (error) {
                if (error instanceof MissingMetric) return missingMetric(error.metric);
                if (error instanceof FormulaFailure) {
                    out.push(problems.formulaFailed(['items', leaf.code], leaf.code, error.reason));
                    return NO_INPUT;
                }
                throw error;
            }
        }
    }
}

/** value% of max, rounded to 6 decimals once (not twice). */
function percentOf(value: Fixed, max: Fixed): Fixed {
    const product = BigInt(value) * BigInt(max);
    const denominator = BigInt(SCALE) * 100n;
    return Number((2n * product + denominator) / (2n * denominator)) as Fixed;
}

/** 0 '>=', 1 '>', 2 '=', 3 '<=', 4 '<', 5 else. */
function matches(operator: number, value: Fixed, threshold: Fixed): boolean {
    switch (operator) {
        case 0:
            return value >= threshold;
        case 1:
            return value > threshold;
        case 2:
            return value === threshold;
        case 3:
            return value <= threshold;
        case 4:
            return value < threshold;
        default:
            return true;
    }
}

function unexpected(path: (string | number)[], what: string, method: string, out: AssessmentProblem[]): void {
    const [vi, en] = METHOD_NAMES[method];
    out.push(problems.answerNotExpected(path, what, vi, en));
}

const text = toText;
