import { clamp, multiply, roundToStep, SCALE, toText, ZERO, type Fixed } from '../decimal/fixed.js';
import { exactNumber } from './exact-number.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { ItemAnswer } from '../assessment/assessment-schema.js';
import { FormulaFailure, MissingMetric, type MetricValues } from './expression.js';
import { cachedTitleKey, MethodKind, type PlanLeaf, type PlanMethod, type ScoringPlan } from './plan.js';

type ChoiceMethod = Extract<PlanMethod, { method: 'choice' }>;
type YesNoMethod = Extract<PlanMethod, { method: 'yesno' }>;
type DeadlineMethod = Extract<PlanMethod, { method: 'deadline' }>;
type BandsMethod = Extract<PlanMethod, { method: 'bands' }>;
type ProportionalMethod = Extract<PlanMethod, { method: 'proportional' }>;
type DeductMethod = Extract<PlanMethod, { method: 'deduct' }>;
type FormulaMethod = Extract<PlanMethod, { method: 'formula' }>;
import { problems } from './problems.js';
import type { RuleOutcome } from './results.js';


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

/** What one assessment's leaves share while they are scored. */
export type ScoringRun = {
    readonly plan: ScoringPlan;
    readonly values: MetricValues;
    readonly survey: Record<string, number> | undefined;
    /** Metrics already reported as missing: one problem per metric, however many leaves need it. */
    readonly reportedMetrics: Set<number>;
    readonly out: AssessmentProblem[];
};

function at(leaf: PlanLeaf, key: string): (string | number)[] {
    return ['items', leaf.code, key];
}

function missingMetric(run: ScoringRun, metric: number): RuleOutcome {
    if (!run.reportedMetrics.has(metric)) {
        run.reportedMetrics.add(metric);
        const name = run.plan.metrics[metric].name;
        run.out.push(problems.missingAnswer(['metrics', name], `số liệu "${name}"`, `the metric "${name}"`));
    }
    return NO_INPUT;
}

/** The leaf's score by its rule from the chosen outcome, the answer or the metrics; problems for absent or wrong input. */
export function applyRule(run: ScoringRun, leaf: PlanLeaf, answer: ItemAnswer | undefined): RuleOutcome {
    const { plan, values, survey, out } = run;
    const kind = leaf.kind;
    const choice = answer?.choice;
    const given = answer?.answer;
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
            const outcome = typeof choice === 'number' ? choice - 1 : (method.exact.get(choice) ?? method.keys.get(cachedTitleKey(choice)) ?? -1);
            if (outcome < 0 || outcome >= method.points.length) {
                const options = method.labels.map((label, i) => `${i + 1}: "${label}"`).join(', ');
                out.push(problems.unknownOutcome(at(leaf, 'choice'), String(choice), options));
                return NO_INPUT;
            }
            return method.outcomes[outcome];
        }
        case MethodKind.yesno: {
            const method = leaf.method as YesNoMethod;
            if (method.condition) {
                try {
                    const result = method.condition.evaluate(values) === true;
                    return result ? method.onYes : method.onNo;
                } catch (error) {
                    if (error instanceof MissingMetric) return missingMetric(run, error.metric);
                    if (error instanceof FormulaFailure) {
                        out.push(problems.formulaFailed(at(leaf, 'answer'), leaf.code, error.reason));
                        return NO_INPUT;
                    }
                    throw error;
                }
            }
            if (given === undefined) {
                out.push(problems.missingAnswer(at(leaf, 'answer'), `câu trả lời có/không của "${leaf.code}"`, `the yes/no answer of "${leaf.code}"`));
                return NO_INPUT;
            }
            const yes = given === true || given === 'yes';
            return yes ? method.onYes : method.onNo;
        }
        case MethodKind.deadline: {
            const method = leaf.method as DeadlineMethod;
            // no date means the document was never issued: that is the "missing" outcome, not absent input
            const day = values[method.metric] as number | undefined;
            const status = day === undefined ? 'missing' : day <= method.lastDay ? 'onTime' : 'late';
            const computed = status === 'missing' ? method.missing : status === 'onTime' ? method.onTime : method.late;
            return { computed, detail: { kind: 'deadline', status, day } };
        }
        case MethodKind.bands: {
            const method = leaf.method as BandsMethod;
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(run, method.metric);
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
        case MethodKind.proportional: {
            const method = leaf.method as ProportionalMethod;
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(run, method.metric);
            const raw = method.percent ? percentOf(value, leaf.max) : (multiply(value, leaf.max) ?? leaf.max);
            const score = roundToStep(clamp(raw, ZERO, leaf.max), plan.step);
            return { computed: score, detail: { kind: 'proportional', value, raw } };
        }
        case MethodKind.deduct: {
            const method = leaf.method as DeductMethod;
            const value = values[method.metric] as Fixed | undefined;
            if (value === undefined) return missingMetric(run, method.metric);
            const count = value / SCALE;
            const deducted = method.amount * count;
            const score = deducted >= leaf.max ? ZERO : ((leaf.max - deducted) as Fixed);
            return { computed: score, detail: { kind: 'deduct', count } };
        }
        case MethodKind.judged:
            return JUDGED;
        case MethodKind.survey: {
            const result = survey !== undefined && Object.hasOwn(survey, leaf.code) ? survey[leaf.code] : undefined;
            if (result === undefined) {
                out.push(problems.missingAnswer(['survey', leaf.code], `điểm điều tra xã hội học của "${leaf.code}"`, `the survey result of "${leaf.code}"`));
                return { computed: undefined, detail: { kind: 'survey', given: false } };
            }
            const points = exactNumber(result);
            if (points === undefined || points < 0 || points > leaf.max || points % plan.step !== 0) {
                out.push(problems.scoreRange(['survey', leaf.code], String(result), text(leaf.max), text(plan.step)));
                return { computed: undefined, detail: { kind: 'survey', given: false } };
            }
            return { computed: points, detail: { kind: 'survey', given: true } };
        }
        default: {
            const method = leaf.method as FormulaMethod;
            try {
                const result = method.evaluate.evaluate(values) as Fixed;
                const score = roundToStep(clamp(result, ZERO, leaf.max), plan.step);
                return {
                    computed: score,
                    detail: { kind: 'formula', values: method.evaluate.metrics.map((m) => values[m]) },
                };
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
