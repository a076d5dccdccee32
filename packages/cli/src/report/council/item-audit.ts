import { formatFixed, fromNumber, type Assessment, type CompiledNode, type Locale, type SuppliedEvidence } from '@par-rubric/language';
import { explainLeaf, type LeafResult, type ScoringPlan } from '@par-rubric/language/scoring';
import { word } from '../report-text.js';

type AppraisalFrom = { agency?: string; sheet: string; cell: string; comment?: string };

/**
 * Where a unit's final score for one item came from, line by line: the score and its round, the rule's
 * reason, the self-assessed claim, the evidence listed, each appraisal round with the agency, sheet and
 * cell it was read from and its comment, and the explanation with its added evidence and the council's
 * decision on it.
 */
export function itemAudit(plan: ScoringPlan, node: CompiledNode, assessment: Assessment, result: LeafResult, locale: Locale): string {
    const answer = assessment.items?.[node.code] ?? {};
    const points = (value: number): string => formatFixed(fromNumber(value)!, locale);
    const lines: string[] = [];
    lines.push(`${assessment.unit.id} ${assessment.unit.name} — ${node.code} ${node.title} (${word(locale, 'max')} ${points(node.max)})`);
    lines.push(`${word(locale, 'auditFinal')}: ${formatFixed(result.score, locale)} — ${word(locale, `auditSource.${result.source}`)}`);
    const reason = explainLeaf(plan, result, locale);
    if (reason) lines.push(`${word(locale, 'auditReason')}: ${reason}`);
    if (answer.self !== undefined) lines.push(`${word(locale, 'auditSelf')}: ${points(answer.self)}`);
    for (const evidence of answer.evidence ?? []) lines.push(`${word(locale, 'evidence')}: ${evidenceText(evidence)}`);
    const round = (n: 1 | 2, value: number | undefined, choice: string | number | undefined, from: AppraisalFrom | undefined) => {
        if (value === undefined && choice === undefined) return;
        const shown = choice !== undefined ? `"${String(choice)}"` : points(value!);
        const source = from ? ` — ${[from.agency, `${from.sheet}!${from.cell}`].filter(Boolean).join(', ')}` : '';
        const comment = from?.comment ? `: "${from.comment}"` : '';
        lines.push(`${word(locale, 'auditRound', { round: n })}: ${shown}${source}${comment}`);
    };
    round(1, answer.appraisal1, answer.appraisal1Choice, answer.appraisal1From);
    const explanation = answer.explanation;
    if (explanation) {
        const decided = explanation.accepted === true ? word(locale, 'auditAccepted') : explanation.accepted === false ? word(locale, 'auditNotAccepted') : word(locale, 'auditPending');
        const from = explanation.from ? ` — ${explanation.from.sheet}!${explanation.from.cell}` : '';
        lines.push(`${word(locale, 'auditExplanation')}: "${explanation.text}" (${decided})${from}`);
        for (const evidence of explanation.evidence ?? []) lines.push(`  + ${evidenceText(evidence)}`);
    }
    round(2, answer.appraisal2, answer.appraisal2Choice, answer.appraisal2From);
    return lines.join('\n') + '\n';
}

function evidenceText(evidence: SuppliedEvidence): string {
    return [evidence.number, evidence.date, evidence.title, evidence.section ? `(${evidence.section})` : undefined, evidence.link].filter(Boolean).join(' ');
}
