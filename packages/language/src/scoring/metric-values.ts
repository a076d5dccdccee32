import { fromInteger, fromNumber, HUNDRED, ONE, SCALE } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import type { Value } from './expression.js';
import { dayNumber } from '../calendar/calendar-day.js';
import { MetricKind, type PlanMetric } from './plan-types.js';
import type { ScoringPlan } from './plan.js';
import { problems } from './problems.js';

/**
 * The assessment's metric values by metric index, each in the form the engine computes with: Fixed for
 * figures (percent as 0–100, ratio as 0–1), day numbers for dates, booleans, option texts. A value that
 * does not fit its metric is a problem and stays absent, so no leaf is scored on a wrong figure.
 */
export function readMetricValues(plan: ScoringPlan, assessment: Assessment, out: AssessmentProblem[]): (Value | undefined)[] {
    const values: (Value | undefined)[] = new Array(plan.metrics.length);
    const given = assessment.metrics;
    if (!given) return values;
    const order = plan.scratch.metricOrder;
    let position = 0;
    // for-in, not Object.keys: see readItems in score-assessment.ts
    for (const name in given) {
        const index = order.indexOf(name, position++);
        if (index < 0) {
            out.push(problems.unknownMetric(name));
            continue;
        }
        values[index] = readValue(plan.metrics[index], given[name], out);
    }
    return values;
}

function readValue(metric: PlanMetric, raw: unknown, out: AssessmentProblem[]): Value | undefined {
    const name = metric.name;
    const kind = metric.kind;
    switch (kind) {
        case MetricKind.percent:
        case MetricKind.ratio:
        case MetricKind.count:
        case MetricKind.number: {
            const value = typeof raw === 'number' ? fromNumber(raw) : undefined;
            if (value === undefined) {
                out.push(problems.metricType(name, 'decimal'));
                return undefined;
            }
            if (kind === MetricKind.percent && (value < 0 || value > HUNDRED)) {
                out.push(problems.metricRange(name, 'percent'));
                return undefined;
            }
            if (kind === MetricKind.ratio && (value < 0 || value > ONE)) {
                out.push(problems.metricRange(name, 'ratio'));
                return undefined;
            }
            if (kind === MetricKind.count && (value < 0 || value % SCALE !== 0)) {
                out.push(problems.metricRange(name, 'count'));
                return undefined;
            }
            return value;
        }
        case MetricKind.date: {
            const day = typeof raw === 'string' ? dayNumber(raw) : undefined;
            if (day === undefined) {
                out.push(problems.metricType(name, 'date'));
                return undefined;
            }
            return fromInteger(day);
        }
        case MetricKind.yesno:
            if (typeof raw !== 'boolean') {
                out.push(problems.metricType(name, 'yesno'));
                return undefined;
            }
            return raw;
        case MetricKind.oneOf:
            if (typeof raw !== 'string' || !metric.options.includes(raw)) {
                const options = metric.options.map((o) => `"${o}"`).join(', ');
                out.push(problems.metricOneOf(name, options));
                return undefined;
            }
            return raw;
    }
    return undefined;
}
