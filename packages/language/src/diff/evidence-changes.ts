import type { CompiledRubric, EvidenceRule, MissingEffect } from '../compiler/compiled-schema.js';
import type { DocumentChange, EvidenceChange } from './rubric-diff.js';

function sameEffect(a: MissingEffect, b: MissingEffect): boolean {
    return a.kind === b.kind && (a.kind !== 'cap' || a.cap === (b as typeof a).cap);
}

/** A rule is the same rule when it names the same declared document, or has the same inline title. */
function ruleKey(rule: EvidenceRule): string {
    return rule.evidence !== undefined ? `@${rule.evidence}` : rule.title;
}

/** How a leaf's evidence rules changed: documents required or no longer, what missing costs, whether an explanation may stand in. */
export function evidenceChanges(before: readonly EvidenceRule[] = [], after: readonly EvidenceRule[] = []): EvidenceChange[] {
    const changes: EvidenceChange[] = [];
    const next = new Map(after.map((rule) => [ruleKey(rule), rule]));
    for (const rule of before) {
        const kept = next.get(ruleKey(rule));
        if (!kept) {
            changes.push({ kind: 'ruleRemoved', title: rule.title });
            continue;
        }
        if (!sameEffect(rule.effect, kept.effect)) changes.push({ kind: 'ruleEffect', title: kept.title, before: rule.effect, after: kept.effect });
        if (rule.explanationAllowed !== kept.explanationAllowed) changes.push({ kind: 'ruleExplanation', title: kept.title, allowed: kept.explanationAllowed });
    }
    const old = new Set(before.map(ruleKey));
    for (const rule of after) if (!old.has(ruleKey(rule))) changes.push({ kind: 'ruleAdded', title: rule.title });
    return changes;
}

/** How the declared evidence documents changed, by name. */
export function documentChanges(before: CompiledRubric, after: CompiledRubric): DocumentChange[] {
    const changes: DocumentChange[] = [];
    const next = new Map(after.evidence.map((doc) => [doc.name, doc]));
    for (const doc of before.evidence) {
        const kept = next.get(doc.name);
        if (!kept) {
            changes.push({ kind: 'documentRemoved', name: doc.name, title: doc.title });
            continue;
        }
        if (doc.title !== kept.title) changes.push({ kind: 'documentTitle', name: doc.name, before: doc.title, after: kept.title });
        if (doc.minCount !== kept.minCount) changes.push({ kind: 'documentMinCount', name: doc.name, title: kept.title, before: doc.minCount, after: kept.minCount });
        if ((doc.issuedBy ?? null) !== (kept.issuedBy ?? null)) {
            changes.push({ kind: 'documentIssuedBy', name: doc.name, title: kept.title, before: doc.issuedBy ?? null, after: kept.issuedBy ?? null });
        }
    }
    const old = new Set(before.evidence.map((doc) => doc.name));
    for (const doc of after.evidence) if (!old.has(doc.name)) changes.push({ kind: 'documentAdded', name: doc.name, title: doc.title });
    return changes;
}
