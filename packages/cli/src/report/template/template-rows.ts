import type { CompiledNode, CompiledRubric, Locale } from '@par-rubric/language';
import { NO_WORDS, YES_WORDS } from '../../layouts/sheet-layout.js';

/** One node of the rubric as a template row, with what a unit answers on it. */
export type TemplateRow = {
    node: CompiledNode;
    depth: number;
    leaf: boolean;
    /** The outcomes to pick from: a choice leaf's labels, a yes/no leaf's two answers. */
    options?: string[];
    /** Points a unit claims itself: every leaf but a survey one. */
    selfScored: boolean;
    survey: boolean;
};

/** The tree in reading order (a parent before its children). */
export function templateRows(rubric: CompiledRubric, locale: Locale): TemplateRow[] {
    const rows: TemplateRow[] = [];
    const visit = (nodes: CompiledNode[], depth: number): void => {
        for (const node of nodes) {
            const leaf = !node.children?.length;
            const scoring = node.scoring;
            rows.push({
                node,
                depth,
                leaf,
                options: leaf ? optionsOf(node, locale) : undefined,
                selfScored: leaf && scoring?.method !== 'survey',
                survey: leaf && scoring?.method === 'survey',
            });
            if (!leaf) visit(node.children!, depth + 1);
        }
    };
    visit(rubric.nodes, 1);
    return rows;
}

function optionsOf(node: CompiledNode, locale: Locale): string[] | undefined {
    const scoring = node.scoring;
    if (scoring?.method === 'choice') return scoring.outcomes.map((o) => o.label);
    if (scoring?.method === 'yesno' && !scoring.condition) {
        return [scoring.outcomes.yes.label ?? YES_WORDS[locale], scoring.outcomes.no.label ?? NO_WORDS[locale]];
    }
    return undefined;
}

/**
 * One line per document the leaf requires: a rule asking for four periodic reports gets four lines, so
 * that a unit has a row for each document it lists.
 */
export function evidenceSlots(node: CompiledNode, rubric: CompiledRubric): string[] {
    return (node.evidence ?? []).flatMap((rule) => {
        const declared = rule.evidence ? rubric.evidence.find((e) => e.name === rule.evidence) : undefined;
        return new Array<string>(declared?.minCount ?? 1).fill(rule.title);
    });
}
