import { formatFixed, SCALE, type Fixed } from '../decimal/fixed.js';
import type { Locale } from '../i18n/locale.js';
import type { Value } from './expression.js';
import type { PlanEvidenceRule, PlanMetric, ScoringPlan } from './plan.js';
import type { Deviation, LeafResult } from './results.js';

/**
 * Why a leaf has its score, in the reader's language: which rule fired on which input, what missing
 * evidence did, and whether the council's appraisal decided it ("onTimeRate 93,2% ≥ 90% → 1 điểm").
 * Rendered on demand so that scoring itself builds no strings.
 */
export function explainLeaf(plan: ScoringPlan, result: LeafResult, locale: Locale): string {
    const vi = locale === 'vi';
    if (result.source === 'notApplicable') return vi ? 'Không đánh giá (không áp dụng)' : 'Not assessed (not applicable)';
    const rule = ruleText(plan, result, locale);
    const evidence = evidenceText(result, locale);
    if (result.source === 'appraisal1' || result.source === 'appraisal2') {
        const round = result.source === 'appraisal2' ? 2 : 1;
        const head = vi
            ? `Điểm thẩm định vòng ${round}: ${points(result.score, locale)}`
            : `Appraisal round ${round}: ${points(result.score, locale)}`;
        const basis = [rule, evidence].filter(Boolean).join('; ');
        return basis ? `${head} (${vi ? 'theo quy tắc' : 'by the rule'}: ${basis})` : head;
    }
    return [rule, evidence].filter(Boolean).join('; ');
}

/** The deviation's cause in words, followed by the leaf's reason. */
export function explainDeviation(plan: ScoringPlan, deviation: Deviation, locale: Locale): string {
    const vi = locale === 'vi';
    const self = number(deviation.self, locale);
    const score = number(deviation.score, locale);
    const cause = {
        appraised: vi ? `tự chấm ${self}, thẩm định ${score}` : `self-assessed ${self}, appraised ${score}`,
        evidence: vi ? `tự chấm ${self}, thiếu tài liệu kiểm chứng → ${score}` : `self-assessed ${self}, evidence missing → ${score}`,
        computed: vi ? `tự chấm ${self}, theo quy tắc ${score}` : `self-assessed ${self}, the rule gives ${score}`,
        survey: vi ? `tự chấm ${self}, điều tra xã hội học ${score}` : `self-assessed ${self}, survey ${score}`,
        noInput: vi ? `tự chấm ${self}, thiếu dữ liệu để tính → ${score}` : `self-assessed ${self}, input missing → ${score}`,
    }[deviation.cause];
    return `${cause}: ${explainLeaf(plan, deviation.leaf, locale)}`;
}

function number(value: Fixed, locale: Locale): string {
    return formatFixed(value, locale);
}

function points(value: Fixed, locale: Locale): string {
    if (locale === 'vi') return `${number(value, locale)} điểm`;
    return `${number(value, locale)} ${value === SCALE ? 'point' : 'points'}`;
}

function metricValue(metric: PlanMetric, value: Value | undefined, locale: Locale): string {
    if (value === undefined) return locale === 'vi' ? 'không có' : 'none';
    if (typeof value === 'boolean') return locale === 'vi' ? (value ? 'có' : 'không') : value ? 'yes' : 'no';
    if (typeof value === 'string') return `"${value}"`;
    if (metric.type === 'date') return dayText(value);
    return number(value as Fixed, locale) + (metric.type === 'percent' ? '%' : '');
}

function dayText(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

function ruleText(plan: ScoringPlan, result: LeafResult, locale: Locale): string {
    const vi = locale === 'vi';
    const leaf = result.leaf;
    const method = leaf.method;
    const detail = result.detail;
    const arrow = (value: Fixed) => `→ ${points(value, locale)}`;
    switch (detail.kind) {
        case 'choice':
            if (method.method !== 'choice') break;
            return `${vi ? 'Chọn' : 'Chose'} "${method.labels[detail.outcome]}" ${arrow(result.computed!)}`;
        case 'yesno': {
            if (method.method !== 'yesno') break;
            const label = detail.answer ? method.yesLabel : method.noLabel;
            const head = detail.byCondition
                ? vi ? (detail.answer ? 'Điều kiện đúng' : 'Điều kiện không đúng') : detail.answer ? 'Condition met' : 'Condition not met'
                : vi ? (detail.answer ? 'Có' : 'Không') : detail.answer ? 'Yes' : 'No';
            return `${head}${label ? ` ("${label}")` : ''} ${arrow(result.computed!)}`;
        }
        case 'deadline': {
            if (method.method !== 'deadline') break;
            const name = plan.metrics[method.metric].name;
            const grace = method.graceDays > 0 ? (vi ? ` + ${method.graceDays} ngày` : ` + ${method.graceDays} days`) : '';
            if (detail.status === 'missing') {
                return vi ? `${name}: không có ngày → chưa thực hiện ${arrow(result.computed!)}` : `${name}: no date → missing ${arrow(result.computed!)}`;
            }
            const date = dayText(detail.day!);
            const onTime = detail.status === 'onTime';
            const comparison = `${date} ${onTime ? '≤' : '>'} ${method.due}${grace}`;
            const status = vi ? (onTime ? 'đúng hạn' : 'trễ hạn') : onTime ? 'on time' : 'late';
            return `${name} ${comparison} → ${status} ${arrow(result.computed!)}`;
        }
        case 'bands': {
            if (method.method !== 'bands') break;
            const metric = plan.metrics[method.metric];
            const value = metricValue(metric, detail.value, locale);
            const band = method.bands[detail.band];
            if (!band || band.symbol === 'else') {
                return vi
                    ? `${metric.name} ${value} không thuộc ngưỡng nào ${arrow(result.computed!)}`
                    : `${metric.name} ${value} fits no band ${arrow(result.computed!)}`;
            }
            const threshold = metricValue(metric, band.threshold, locale);
            return `${metric.name} ${value} ${SYMBOL[band.symbol]} ${threshold} ${arrow(result.computed!)}`;
        }
        case 'proportional': {
            if (method.method !== 'proportional') break;
            const metric = plan.metrics[method.metric];
            const value = metricValue(metric, detail.value, locale);
            return `${metric.name} ${value} × ${number(leaf.max, locale)} = ${number(detail.raw, locale)} ${arrow(result.computed!)}`;
        }
        case 'deduct': {
            if (method.method !== 'deduct') break;
            const name = plan.metrics[method.metric].name;
            return `${number(leaf.max, locale)} − ${number(method.amount, locale)} × ${detail.count} (${name}) ${arrow(result.computed!)}`;
        }
        case 'formula': {
            if (method.method !== 'formula') break;
            const inputs = method.evaluate.metrics
                .map((m, i) => `${plan.metrics[m].name} = ${metricValue(plan.metrics[m], detail.values[i], locale)}`)
                .join(', ');
            const head = vi ? 'Công thức' : 'Formula';
            return `${head}${inputs ? ` (${inputs})` : ''} ${arrow(result.computed!)}`;
        }
        case 'judged':
            if (result.source === 'self') {
                return vi
                    ? `Hội đồng chấm; chưa thẩm định, giữ điểm tự đánh giá ${points(result.self!, locale)}`
                    : `Judged by the council; not yet appraised, the self-assessed ${points(result.self!, locale)} stands`;
            }
            if (result.source === 'none') {
                return vi ? 'Hội đồng chấm; chưa có điểm → 0 điểm' : 'Judged by the council; no score yet → 0 points';
            }
            return ''; // appraised: the appraisal is the whole reason
        case 'survey':
            if (!detail.given) return vi ? 'Chưa có điểm điều tra xã hội học → 0 điểm' : 'No survey result yet → 0 points';
            return vi ? `Điểm điều tra xã hội học: ${points(result.computed!, locale)}` : `Survey result: ${points(result.computed!, locale)}`;
        case 'noInput':
            if (result.source === 'self') {
                return vi
                    ? `Thiếu dữ liệu để tính; giữ điểm tự đánh giá ${points(result.self!, locale)}`
                    : `Input missing; the self-assessed ${points(result.self!, locale)} stands`;
            }
            return vi ? 'Thiếu dữ liệu để tính → 0 điểm' : 'Input missing → 0 points';
        case 'notApplicable':
            break;
    }
    return '';
}

function evidenceName(rule: PlanEvidenceRule): string {
    return rule.name ?? `"${rule.title}"`;
}

function evidenceText(result: LeafResult, locale: Locale): string {
    if (result.missingEvidence.length === 0) return '';
    const vi = locale === 'vi';
    const names = result.missingEvidence.map(evidenceName).join(', ');
    const missing = vi ? `thiếu tài liệu kiểm chứng ${names}` : `missing evidence ${names}`;
    const effect = result.effect;
    if (result.source === 'appraisal1' || result.source === 'appraisal2') return missing;
    if (!effect) return vi ? `${missing}, giải trình được chấp nhận` : `${missing}, explanation accepted`;
    switch (effect.kind) {
        case 'zero':
            return `${missing} → 0`;
        case 'cap':
            return vi ? `${missing} → tối đa ${number(effect.cap, locale)}` : `${missing} → at most ${number(effect.cap, locale)}`;
        case 'flag':
            return vi ? `${missing} (đánh dấu cho hội đồng)` : `${missing} (flagged for the council)`;
    }
}
