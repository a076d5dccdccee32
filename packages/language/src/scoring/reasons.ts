import type { Locale } from '../i18n/locale.js';
import { explainMethod } from './methods/index.js';
import type { PlanEvidenceRule } from './plan-types.js';
import type { ScoringPlan } from './plan.js';
import { numberText, pointsText } from './reason-words.js';
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
        const outcome = result.appraisedOutcome === undefined ? '' : outcomeLabel(result);
        const from = result.appraisedFrom;
        const where = from ? ` (${[from.agency, `${from.sheet}!${from.cell}`].filter(Boolean).join(', ')})` : '';
        const chose = where + (outcome ? (vi ? `, hội đồng chọn "${outcome}"` : `, the council chose "${outcome}"`) : '') + explanationText(result, locale);
        const head = vi
            ? `Điểm thẩm định vòng ${round}${chose}: ${pointsText(result.score, locale)}`
            : `Appraisal round ${round}${chose}: ${pointsText(result.score, locale)}`;
        const basis = [rule, evidence].filter(Boolean).join('; ');
        return basis ? `${head} (${vi ? 'theo quy tắc' : 'by the rule'}: ${basis})` : head;
    }
    return [rule, evidence].filter(Boolean).join('; ');
}

/** Whether the unit's explanation was accepted: what the round-2 appraisal decided. */
function explanationText(result: LeafResult, locale: Locale): string {
    if (result.explanation === undefined) return '';
    const vi = locale === 'vi';
    return {
        accepted: vi ? ', giải trình được chấp nhận' : ', explanation accepted',
        notAccepted: vi ? ', giải trình không được chấp nhận' : ', explanation not accepted',
        pending: vi ? ', giải trình chưa được xem xét' : ', explanation not yet decided',
    }[result.explanation];
}

function outcomeLabel(result: LeafResult): string {
    const method = result.leaf.method;
    return method.method === 'choice' ? (method.labels[result.appraisedOutcome!] ?? '') : '';
}

/** The deviation's cause in words, followed by the leaf's reason. */
export function explainDeviation(plan: ScoringPlan, deviation: Deviation, locale: Locale): string {
    const vi = locale === 'vi';
    const self = numberText(deviation.self, locale);
    const score = numberText(deviation.score, locale);
    const cause = {
        appraised: vi ? `tự chấm ${self}, thẩm định ${score}` : `self-assessed ${self}, appraised ${score}`,
        evidence: vi ? `tự chấm ${self}, thiếu tài liệu kiểm chứng → ${score}` : `self-assessed ${self}, evidence missing → ${score}`,
        computed: vi ? `tự chấm ${self}, theo quy tắc ${score}` : `self-assessed ${self}, the rule gives ${score}`,
        survey: vi ? `tự chấm ${self}, điều tra xã hội học ${score}` : `self-assessed ${self}, survey ${score}`,
        noInput: vi ? `tự chấm ${self}, thiếu dữ liệu để tính → ${score}` : `self-assessed ${self}, input missing → ${score}`,
    }[deviation.cause];
    return `${cause}: ${explainLeaf(plan, deviation.leaf, locale)}`;
}

/** The rule's part of the reason: the method's own explanation, or why no rule could score the leaf. */
function ruleText(plan: ScoringPlan, result: LeafResult, locale: Locale): string {
    const detail = result.detail;
    if (detail.kind === 'notApplicable') return '';
    if (detail.kind === 'noInput') {
        const vi = locale === 'vi';
        if (result.source === 'self') {
            return vi
                ? `Thiếu dữ liệu để tính; giữ điểm tự đánh giá ${pointsText(result.self!, locale)}`
                : `Input missing; the self-assessed ${pointsText(result.self!, locale)} stands`;
        }
        return vi ? 'Thiếu dữ liệu để tính → 0 điểm' : 'Input missing → 0 points';
    }
    const leaf = result.leaf;
    return explainMethod(leaf.method, detail, {
        metrics: plan.metrics,
        max: leaf.max,
        computed: result.computed,
        self: result.self,
        source: result.source,
        locale,
    });
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
            return vi ? `${missing} → tối đa ${numberText(effect.cap, locale)}` : `${missing} → at most ${numberText(effect.cap, locale)}`;
        case 'flag':
            return vi ? `${missing} (đánh dấu cho hội đồng)` : `${missing} (flagged for the council)`;
    }
}
