import { HUNDRED, ONE, SCALE, type Fixed } from '../decimal/fixed.js';
import { exactNumber } from './exact-number.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import type { Value } from './expression.js';
import { dayNumber, type PlanMetric, type ScoringPlan } from './plan.js';
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
    for (const name of Object.keys(given)) {
        const index = plan.metricByName.get(name);
        if (index === undefined) {
            out.push(problems.unknownMetric(name));
            continue;
        }
        values[index] = readValue(plan.metrics[index], given[name], out);
    }
    return values;
}

function readValue(metric: PlanMetric, raw: unknown, out: AssessmentProblem[]): Value | undefined {
    const name = metric.name;
    switch (metric.type) {
        case 'percent':
        case 'ratio':
        case 'count':
        case 'number': {
            const value = typeof raw === 'number' ? exactNumber(raw) : undefined;
            if (value === undefined) {
                out.push(problems.metricType(name, 'một số (tối đa 6 chữ số thập phân)', 'a number (at most 6 decimals)'));
                return undefined;
            }
            if (metric.type === 'percent' && (value < 0 || value > HUNDRED)) {
                out.push(problems.metricRange(name, 'là tỷ lệ phần trăm từ 0 đến 100 (ví dụ 93.2)', 'a percentage from 0 to 100 (e.g. 93.2)'));
                return undefined;
            }
            if (metric.type === 'ratio' && (value < 0 || value > ONE)) {
                out.push(problems.metricRange(name, 'là tỷ số từ 0 đến 1', 'a ratio from 0 to 1'));
                return undefined;
            }
            if (metric.type === 'count' && (value < 0 || value % SCALE !== 0)) {
                out.push(problems.metricRange(name, 'là số nguyên không âm', 'a whole number, not negative'));
                return undefined;
            }
            return value as Fixed;
        }
        case 'date': {
            const day = typeof raw === 'string' ? cachedDay(raw) : undefined;
            if (day === undefined) out.push(problems.metricType(name, 'một ngày dạng YYYY-MM-DD', 'a date YYYY-MM-DD'));
            return day;
        }
        case 'yesno':
            if (typeof raw !== 'boolean') {
                out.push(problems.metricType(name, 'true hoặc false', 'true or false'));
                return undefined;
            }
            return raw;
        case 'oneOf':
            if (typeof raw !== 'string' || !metric.options.includes(raw)) {
                const options = metric.options.map((o) => `"${o}"`).join(', ');
                out.push(problems.metricType(name, `một trong ${options}`, `one of ${options}`));
                return undefined;
            }
            return raw;
    }
}

/** A batch repeats the same few dates: remembering them (a bounded set) saves a regex and a Date per value. */
const days = new Map<string, number | undefined>();
const DAY_CACHE_LIMIT = 4096;

function cachedDay(text: string): number | undefined {
    let day = days.get(text);
    if (day === undefined && !days.has(text)) {
        day = dayNumber(text);
        if (days.size >= DAY_CACHE_LIMIT) days.clear();
        days.set(text, day);
    }
    return day;
}
