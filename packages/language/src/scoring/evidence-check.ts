import type { SuppliedEvidence } from '../assessment/assessment-schema.js';
import type { PlanEffect, PlanEvidenceRule } from './plan-types.js';
import type { PlanLeaf } from './plan.js';
import { cachedTitleKey } from './title-key.js';

/** How far a missing rule fell short: documents that count, and those that came after its issue-by date. */
export type EvidenceGap = {
    readonly rule: PlanEvidenceRule;
    /** Documents that count for the rule (on time where it has an issue-by date); fewer than its minimum. */
    readonly supplied: number;
    /** The dates (yyyy-mm-dd) of documents for the rule dated after its issue-by date, in the order given. */
    readonly late: readonly string[];
};

export type EvidenceVerdict = {
    readonly missing: readonly PlanEvidenceRule[];
    /** One per missing rule, in the same order. */
    readonly gaps: readonly EvidenceGap[];
    /** An accepted explanation stands in for every missing document whose rule allows it. */
    readonly explained: boolean;
    /** The combined effect of what remains missing: zero beats cap, the lowest cap wins, flag only marks. */
    readonly effect: PlanEffect | undefined;
};

const NONE_SUPPLIED: readonly SuppliedEvidence[] = Object.freeze([]);
const NOTHING_MISSING: EvidenceVerdict = { missing: [], gaps: [], explained: false, effect: undefined };

/**
 * Which required documents the unit did not supply. A supplied document counts for a rule when its `ref`
 * names the rule's evidence (or its title), or, without `ref`, when its title matches — and, where the
 * leaf requires a single document, any document without `ref` counts for it. A rule with an issue-by date
 * counts only documents dated on or before it; a minimum count needs that many documents.
 */
export function checkEvidence(leaf: PlanLeaf, evidence: readonly SuppliedEvidence[] | undefined, accepted: boolean): EvidenceVerdict {
    const rules = leaf.evidence;
    if (rules.length === 0) return NOTHING_MISSING;
    const supplied = evidence ?? NONE_SUPPLIED;
    // most items require one document: count for it without building anything
    if (rules.length === 1) {
        const rule = rules[0];
        let count = 0;
        for (let i = 0; i < supplied.length; i++) if (counts(rule, supplied[i], true)) count++;
        return count >= rule.minCount ? NOTHING_MISSING : verdict(rules, supplied, true, accepted);
    }
    let missing: PlanEvidenceRule[] | undefined;
    for (let r = 0; r < rules.length; r++) {
        const rule = rules[r];
        let count = 0;
        for (let i = 0; i < supplied.length; i++) if (counts(rule, supplied[i], false)) count++;
        if (count < rule.minCount) (missing ??= []).push(rule);
    }
    return missing ? verdict(missing, supplied, false, accepted) : NOTHING_MISSING;
}

function verdict(missing: readonly PlanEvidenceRule[], supplied: readonly SuppliedEvidence[], single: boolean, accepted: boolean): EvidenceVerdict {
    let effect: PlanEffect | undefined;
    let explained = false;
    const gaps = missing.map((rule) => gapOf(rule, supplied, single));
    for (const rule of missing) {
        if (rule.explanationAllowed && accepted) {
            explained = true;
            continue;
        }
        effect = combine(effect, rule.effect);
    }
    return { missing, gaps, explained, effect };
}

/** Only for a rule found missing: so "2 of the 4 documents" and "late" can be told apart from "none". */
function gapOf(rule: PlanEvidenceRule, supplied: readonly SuppliedEvidence[], single: boolean): EvidenceGap {
    let count = 0;
    const late: string[] = [];
    for (const document of supplied) {
        if (counts(rule, document, single)) count++;
        else if (rule.issuedBy !== undefined && document.date !== undefined && document.date > rule.issuedBy && matches(rule, document, single)) late.push(document.date);
    }
    return { rule, supplied: count, late };
}

function matches(rule: PlanEvidenceRule, document: SuppliedEvidence, single: boolean): boolean {
    const ref = document.ref;
    return ref !== undefined ? ref === rule.name || ref === rule.title || cachedTitleKey(ref) === rule.titleKey : single || cachedTitleKey(document.title) === rule.titleKey;
}

function counts(rule: PlanEvidenceRule, document: SuppliedEvidence, single: boolean): boolean {
    if (!matches(rule, document, single)) return false;
    const by = rule.issuedBy;
    if (by === undefined) return true;
    const date = document.date;
    return date !== undefined && date <= by;
}

function combine(current: PlanEffect | undefined, next: PlanEffect): PlanEffect {
    if (!current) return next;
    if (current.kind === 'zero' || next.kind === 'zero') return current.kind === 'zero' ? current : next;
    if (current.kind === 'cap' && next.kind === 'cap') return current.cap <= next.cap ? current : next;
    return current.kind === 'cap' ? current : next;
}
