import type { Locale } from '../i18n/locale.js';
import { explainMethod } from './methods/index.js';
import type { PlanEvidenceRule } from './plan-types.js';
import type { ScoringPlan } from './plan.js';
import { reasonText } from './reason-text.js';
import type { Deviation, LeafResult } from './results.js';

/**
 * Why a leaf has its score, in the reader's language: which rule fired on which input, what missing
 * evidence did, and whether the council's appraisal decided it ("Tỷ lệ hồ sơ đúng hạn 93,2% ≥ 90% →
 * 1 điểm"). Rendered on demand so that scoring itself builds no strings.
 */
export function explainLeaf(plan: ScoringPlan, result: LeafResult, locale: Locale): string {
    if (result.source === 'notApplicable') return reasonText(locale, 'notApplicable');
    const basis = [ruleText(plan, result, locale), evidenceText(result, locale)].filter(Boolean).join('; ');
    if (result.source !== 'appraisal1' && result.source !== 'appraisal2') return basis;
    const from = result.appraisedFrom;
    const where = from ? ` (${[from.agency, `${from.sheet}!${from.cell}`].filter(Boolean).join(', ')})` : '';
    const outcome = result.appraisedOutcome === undefined ? '' : outcomeLabel(result);
    const chose = outcome ? reasonText(locale, 'councilChose', { outcome }) : '';
    const explanation = result.explanation === undefined ? '' : reasonText(locale, `explanation.${result.explanation}`);
    const round = result.source === 'appraisal2' ? 2 : 1;
    const head = reasonText(locale, 'appraisal', { round, detail: where + chose + explanation, points: result.score });
    return basis ? reasonText(locale, 'byTheRule', { head, basis }) : head;
}

function outcomeLabel(result: LeafResult): string {
    const method = result.leaf.method;
    return method.method === 'choice' ? (method.labels[result.appraisedOutcome!] ?? '') : '';
}

/** The deviation's cause in words, followed by the leaf's reason. */
export function explainDeviation(plan: ScoringPlan, deviation: Deviation, locale: Locale): string {
    const cause = reasonText(locale, `deviation.${deviation.cause}`, { self: deviation.self, score: deviation.score });
    return reasonText(locale, 'deviation', { cause, reason: explainLeaf(plan, deviation.leaf, locale) });
}

/** The rule's part of the reason: the method's own explanation, or why no rule could score the leaf. */
function ruleText(plan: ScoringPlan, result: LeafResult, locale: Locale): string {
    const detail = result.detail;
    if (detail.kind === 'notApplicable') return '';
    if (detail.kind === 'noInput') {
        return result.source === 'self' ? reasonText(locale, 'noInputSelfStands', { self: result.self! }) : reasonText(locale, 'noInput');
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

/** Evidence by its title, as the rubric's reader knows the document. */
function evidenceName(rule: PlanEvidenceRule): string {
    return `"${rule.title}"`;
}

function evidenceText(result: LeafResult, locale: Locale): string {
    if (result.missingEvidence.length === 0) return '';
    const missing = reasonText(locale, 'missingEvidence', { names: result.missingEvidence.map(evidenceName).join(', ') });
    const effect = result.effect;
    if (result.source === 'appraisal1' || result.source === 'appraisal2') return missing;
    if (!effect) return reasonText(locale, 'evidence.explained', { missing });
    if (effect.kind === 'cap') return reasonText(locale, 'evidence.cap', { missing, cap: effect.cap });
    return reasonText(locale, effect.kind === 'zero' ? 'evidence.zero' : 'evidence.flag', { missing });
}
