import type { Locale } from '@par-rubric/language';
import { evidenceOutcome, explainLeaf, markedNotApplicable, MethodKind, type LeafResult, type ScoringPlan, type UnitScore } from '@par-rubric/language/scoring';
import type { ScoreReport } from '../../contracts/score-report.js';
import { worklistText as say } from './worklist-text.js';

/** One line of a worklist: the item (or bonus, or penalty) and what is to be known or done about it. */
type WorklistLine = { code: string; title: string; text: string };

/** A part of the worklist under its heading; `note` is a sentence about the part as a whole. */
export type WorklistSection = { heading: string; note?: string; lines: WorklistLine[] };

/**
 * What the unit or the council must act on, for the unit at `position` (in the report's order): what each
 * bonus and penalty was for, the parts marked not applicable and what they took off the maximum, items
 * not scored yet, explanations still to decide and those decided, and every required document missing,
 * short or late with what that cost. Parts with nothing to say are left out.
 */
export function worklist(report: ScoreReport, position: number): WorklistSection[] {
    const { plan } = report.batch;
    const unit = report.batch.results[position].score;
    const locale = report.locale;
    const title = (leaf: LeafResult) => plan.nodes[leaf.leaf.node].title;
    const line = (leaf: LeafResult, text: string): WorklistLine => ({ code: leaf.leaf.code, title: title(leaf), text });
    const sections: WorklistSection[] = [];
    const add = (key: Parameters<typeof say>[1] & `heading.${string}`, lines: WorklistLine[], note?: string) => {
        if (lines.length > 0) sections.push({ heading: say(locale, key), ...(note ? { note } : {}), lines });
    };
    add('heading.adjustments', adjustmentLines(unit, locale));
    add('heading.notApplicable', notApplicableLines(plan, unit, locale), say(locale, 'notApplicableMax', { declared: plan.total, max: unit.max }));
    add('heading.pending', unit.leaves.filter(awaited).map((leaf) => line(leaf, awaitedText(leaf, locale))));
    const explained = unit.leaves.filter((leaf) => leaf.explanation !== undefined);
    add(
        'heading.explanationsPending',
        explained.filter((leaf) => leaf.explanation === 'pending').map((leaf) => line(leaf, say(locale, 'explanationPending', { score: leaf.score, max: leaf.leaf.max }))),
    );
    add(
        'heading.explanations',
        explained
            .filter((leaf) => leaf.explanation !== 'pending')
            .map((leaf) => line(leaf, `${say(locale, leaf.explanation === 'accepted' ? 'decision.accepted' : 'decision.notAccepted')} — ${explainLeaf(plan, leaf, locale)}`)),
    );
    add(
        'heading.evidence',
        unit.leaves.filter((leaf) => leaf.missingEvidence.length > 0).map((leaf) => line(leaf, `${evidenceStatus(leaf, locale)} — ${consequence(leaf, locale)}`)),
    );
    return sections;
}

/** A survey item without its result, or a judged item the council has not appraised (scored on its self score meanwhile, if any). */
function awaited(leaf: LeafResult): boolean {
    if (leaf.pending) return true;
    return leaf.leaf.kind === MethodKind.judged && leaf.source === 'self';
}

function awaitedText(leaf: LeafResult, locale: Locale): string {
    const max = leaf.leaf.max;
    if (leaf.leaf.kind === MethodKind.survey) return say(locale, 'pendingSurvey', { max });
    return leaf.self !== undefined && leaf.source === 'self' ? say(locale, 'pendingCouncilSelf', { self: leaf.self, max }) : say(locale, 'pendingCouncil', { max });
}

function adjustmentLines(unit: UnitScore, locale: Locale): WorklistLine[] {
    return unit.adjustments.map((a) => {
        const parts = [say(locale, a.kind, { points: a.points })];
        if (a.claimed !== a.points) parts.push(say(locale, 'capped', { claimed: a.claimed, max: a.max }));
        parts.push(a.reasons.length > 0 ? a.reasons.join('; ') : say(locale, 'noGrounds'));
        return { code: '', title: a.title, text: parts.join(' — ') };
    });
}

function notApplicableLines(plan: ScoringPlan, unit: UnitScore, locale: Locale): WorklistLine[] {
    return markedNotApplicable(plan, unit).map((node) => ({ code: node.code, title: node.title, text: say(locale, 'notApplicableNode', { max: node.max }) }));
}

/** Per document: not supplied, how many of how many, or late with its dates and the deadline. */
function evidenceStatus(leaf: LeafResult, locale: Locale): string {
    return leaf.evidenceGaps
        .map(({ rule, supplied, late }) => {
            const parts: string[] = [];
            if (supplied > 0 || (rule.minCount > 1 && late.length > 0)) parts.push(say(locale, 'evidencePartial', { supplied, required: rule.minCount }));
            if (late.length > 0) parts.push(say(locale, 'evidenceLate', { dates: late, deadline: rule.issuedBy! }));
            if (parts.length === 0) parts.push(rule.minCount > 1 ? say(locale, 'evidenceNoneOfMany', { required: rule.minCount }) : say(locale, 'evidenceNone'));
            return `${rule.title}: ${parts.join('; ')}`;
        })
        .join('; ');
}

/** What the rubric's missing-evidence rule did to the score, and the points it took. */
function consequence(leaf: LeafResult, locale: Locale): string {
    const outcome = evidenceOutcome(leaf);
    if (outcome === 'appraised') return say(locale, 'effectAppraised', { score: leaf.score });
    if (outcome === 'cap' && leaf.effect?.kind === 'cap') return say(locale, 'effectCap', { cap: leaf.effect.cap, lost: leaf.evidenceCost });
    if (outcome === 'zero') return say(locale, 'effectZero', { lost: leaf.evidenceCost });
    return say(locale, outcome === 'flag' ? 'effectFlag' : 'effectExplained');
}
