import type { AstNode } from 'langium';
import type { Choice } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { checkOutcomePoints, leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** A choice offers at least two outcomes, each label once (case and spaces aside). */
export function choiceOffersDistinctOutcomes(choice: Choice, report: Reporter): void {
    if (!leafOf(choice)) return;
    if (choice.outcomes.length < 2) report.error(IssueCodes.TooFewOutcomes, {}, { node: choice, keyword: 'choice' });
    const labels = new Set<string>();
    for (const outcome of choice.outcomes) {
        const key = outcome.label.trim().toLowerCase();
        if (labels.has(key)) report.error(IssueCodes.DuplicateOutcome, { label: outcome.label }, { node: outcome, property: 'label' });
        labels.add(key);
    }
}

/** The outcomes beyond the first of one answer or status (`yes`, `onTime`, …) are duplicates. */
export function reportRepeatedOutcomes(label: string, found: AstNode[], property: string, report: Reporter): void {
    for (const duplicate of found.slice(1)) report.error(IssueCodes.DuplicateOutcome, { label }, { node: duplicate, property });
}

/** A choice's outcomes give points that fit its leaf. */
export function choicePointsFitTheLeaf(choice: Choice, report: Reporter): void {
    const leaf = leafOf(choice);
    if (leaf) checkOutcomePoints(leaf, choice.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}
