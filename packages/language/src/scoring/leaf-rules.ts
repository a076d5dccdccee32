import { clamp, roundToStep, SCALE, toText, ZERO, type Fixed } from '../decimal/fixed.js';
import { exactNumber } from './exact-number.js';
import { multiplyExact, percentOfExact } from './exact-products.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { AnswerView } from './answer-view.js';
import { FormulaFailure, MissingMetric, type MetricValues, type Value } from './expression.js';
import { cachedTitleKey, MethodKind, type PlanLeaf, type PlanMethod, type ScoringPlan } from './plan.js';

type ChoiceMethod = Extract<PlanMethod, { method: 'choice' }>;
type YesNoMethod = Extract<PlanMethod, { method: 'yesno' }>;
type DeadlineMethod = Extract<PlanMethod, { method: 'deadline' }>;
type BandsMethod = Extract<PlanMethod, { method: 'bands' }>;
type ProportionalMethod = Extract<PlanMethod, { method: 'proportional' }>;
type DeductMethod = Extract<PlanMethod, { method: 'deduct' }>;
type FormulaMethod = Extract<PlanMethod, { method: 'formula' }>;
import { problems } from './problems.js';
import type { LeafDetail } from './results.js';

const NO_INPUT: LeafDetail = { kind: 'noInput' };
const JUDGED: LeafDetail = { kind: 'judged' };
const SURVEY_GIVEN: LeafDetail = { kind: 'survey', given: true };
const SURVEY_MISSING: LeafDetail = { kind: 'survey', given: false };
const DEADLINE_MISSING: LeafDetail = { kind: 'deadline', status: 'missing', day: undefined };

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

/** What one assessment's leaves share while they are scored. */
export type ScoringRun = {
    readonly plan: ScoringPlan;
    readonly values: MetricValues;
    readonly survey: Record<string, number> | undefined;
    /** Metrics already reported as missing: one problem per metric, however many leaves need it. */
    reportedMetrics: Set<number> | undefined;
    readonly out: AssessmentProblem[];
    /** What the last applyRule computed (undefined for judged items or without input). */
    computed: Fixed | undefined;
};

function at(leaf: PlanLeaf, key: string): (string | number)[] {
    return ['items', leaf.code, key];
}

function missingMetric(run: ScoringRun, metric: number): LeafDetail {
    const reported = (run.reportedMetrics ??= new Set());
    if (!reported.has(metric)) {
        reported.add(metric);
        const name = run.plan.metrics[metric].name;
        run.out.push(problems.missingAnswer(['metrics', name], `số liệu "${name}"`, `the metric "${name}"`));
    }
    return NO_INPUT;
}

/**
 * The leaf's score by its rule from the chosen outcome, the answer or the metrics, left in run.computed
 * (so that nothing is allocated for it); returns which rule fired on which input, and reports absent or
 * wrong input as problems.
 */
export function applyRule(run: ScoringRun, leaf: PlanLeaf, answer: AnswerView | undefined): LeafDetail {
    const values = run.values;
    const out = run.out;
    const kind = leaf.kind;
    run.computed = undefined;
    const choice = answer === undefined ? undefined : answer.choice;
    const given = answer === undefined ? undefined : answer.answer;
    if (choice !== undefined && kind !== MethodKind.choice) unexpected(at(leaf, 'choice'), 'choice', leaf.method.method, out);
    if (given !== undefined && !leaf.takesAnswer) unexpected(at(leaf, 'answer'), 'answer', leaf.method.method, out);
    // the method objects differ in shape; switching on the leaf's number keeps each case's reads monomorphic
    switch (kind) {
        case MethodKind.choice: {
            const method = leaf.method as ChoiceMethod;
            if (choice === undefined) {
                out.push(problems.missingAnswer(at(leaf, 'choice'), `phương án được chọn của "${leaf.code}"`, `the chosen outcome of "${leaf.code}"`));
                return NO_INPUT;
            }
            const outcome = typeof choice === 'number' ? choice - 1 : chosenOutcome(method, choice);
            if (outcome < 0 || outcome >= method.points.length) {
                const options = method.labels.map((label, i) => `${i + 1}: "${label}"`).join(', ');
                out.push(problems.unknownOutcome(at(leaf, 'choice'), String(choice), options));
                return NO_INPUT;
            }
            const chosen = method.outcomes[outcome];
            run.computed = chosen.computed;
            return chosen.detail;
        }
        case MethodKind.yesno: {
            const method = leaf.method as YesNoMethod;
            let yes: boolean;
            if (method.condition) {
                try {
                    yes = method.condition.evaluate(values) === true;
                } catch (error) {
                    if (error instanceof MissingMetric) return missingMetric(run, error.metric);
                    if (error instanceof FormulaFailure) {
                        out.push(problems.formulaFailed(at(leaf, 'answer'), leaf.code, error.reason));
                        return NO_INPUT;
                    }
                    throw error;
                }
            } else {
                if (given === undefined) {
                    out.push(problems.missingAnswer(at(leaf, 'answer'), `câu trả lời có/không của "${leaf.code}"`, `the yes/no answer of "${leaf.code}"`));
                    return NO_INPUT;
                }
                yes = given === true || given === 'yes';
            }
            const outcome = yes ? method.onYes : method.onNo;
            run.computed = outcome.computed;
            return outcome.detail;
        }
        case MethodKind.deadline: {
            const method = leaf.method as DeadlineMethod;
            // no date means the document was never issued: that is the "missing" outcome, not absent input
            const day = values[method.metric] as number | undefined;
            if (day === undefined) {
                run.computed = method.missing;
                return DEADLINE_MISSING;
            }
            const onTime = day <= method.lastDay;
            run.computed = onTime ? method.onTime : method.late;
            return { kind: 'deadline', status: onTime ? 'onTime' : 'late', day };
        }
        case MethodKind.bands: {
            const method = leaf.method as BandsMethod;
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(run, method.metric);
            const bands = method.bands;
            for (let i = 0; i < bands.length; i++) {
                const band = bands[i];
                if (matches(band.operator, value, band.threshold)) {
                    run.computed = band.points;
                    return { kind: 'bands', band: i, value };
                }
            }
            // bands that cover the metric's range need no else; a value outside every band scores 0
            run.computed = ZERO;
            return { kind: 'bands', band: -1, value };
        }
        case MethodKind.proportional: {
            const method = leaf.method as ProportionalMethod;
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(run, method.metric);
            const raw = method.percent ? percentOfExact(value, leaf.max) : (multiplyExact(value, leaf.max) ?? leaf.max);
            run.computed = roundToStep(clamp(raw, ZERO, leaf.max), run.plan.step);
            return { kind: 'proportional', value, raw };
        }
        case MethodKind.deduct: {
            const method = leaf.method as DeductMethod;
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(run, method.metric);
            const count = value / SCALE;
            const deducted = method.amount * count;
            run.computed = deducted >= leaf.max ? ZERO : ((leaf.max - deducted) as Fixed);
            return { kind: 'deduct', count };
        }
        case MethodKind.judged:
            return JUDGED;
        case MethodKind.survey: {
            const survey = run.survey;
            const result = survey !== undefined && Object.hasOwn(survey, leaf.code) ? survey[leaf.code] : undefined;
            if (result === undefined) {
                out.push(problems.missingAnswer(['survey', leaf.code], `điểm điều tra xã hội học của "${leaf.code}"`, `the survey result of "${leaf.code}"`));
                return SURVEY_MISSING;
            }
            const points = exactNumber(result);
            const step = run.plan.step;
            if (points === undefined || points < 0 || points > leaf.max || points % step !== 0) {
                out.push(problems.scoreRange(['survey', leaf.code], String(result), text(leaf.max), text(step)));
                return SURVEY_MISSING;
            }
            run.computed = points;
            return SURVEY_GIVEN;
        }
        default: {
            const method = leaf.method as FormulaMethod;
            try {
                const result = method.evaluate.evaluate(values) as Fixed;
                run.computed = roundToStep(clamp(result, ZERO, leaf.max), run.plan.step);
                const metrics = method.evaluate.metrics;
                const inputs: (Value | undefined)[] = new Array(metrics.length);
                for (let i = 0; i < metrics.length; i++) inputs[i] = values[metrics[i]];
                return { kind: 'formula', values: inputs };
            } catch (error) {
                if (error instanceof MissingMetric) return missingMetric(run, error.metric);
                if (error instanceof FormulaFailure) {
                    out.push(problems.formulaFailed(['items', leaf.code], leaf.code, error.reason));
                    return NO_INPUT;
                }
                throw error;
            }
        }
    }
}

/**
 * The outcome a label names: as written (a scan of the few labels beats hashing the unit's text; of two
 * equal labels the later counts, as in method.exact), else compared case- and space-insensitively; -1 for none.
 */
function chosenOutcome(method: ChoiceMethod, choice: string): number {
    const labels = method.labels;
    for (let i = labels.length - 1; i >= 0; i--) if (labels[i] === choice) return i;
    return method.keys.get(cachedTitleKey(choice)) ?? -1;
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
