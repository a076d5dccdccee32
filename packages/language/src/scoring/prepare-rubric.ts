import { ZERO } from '../decimal/fixed.js';
import type { CompiledNode, CompiledRubric, Grade, MissingEffect } from '../compiler/compiled-schema.js';
import { emptyAnswerView } from './answer-view.js';
import { flatText } from './flat-text.js';
import { KeyOrder } from './key-order.js';
import { prepareMethod } from './methods/index.js';
import { exactFigure, PlanError } from './plan-error.js';
import { MethodKind, MetricKind, type PlanEffect, type PlanMetric, type PlanNode } from './plan-types.js';
import type { PlanLeaf, ScoringPlan } from './plan.js';
import { titleKey } from './title-key.js';

/**
 * Prepares a compiled rubric for scoring (see ScoringPlan); throws PlanError where the compiled rubric is
 * inconsistent.
 */
export function prepareRubric(rubric: CompiledRubric): ScoringPlan {
    const metrics: PlanMetric[] = rubric.metrics.map((m, index) => ({
        index,
        name: flatText(m.name),
        title: m.title === undefined ? undefined : flatText(m.title),
        type: m.type,
        kind: MetricKind[m.type],
        options: (m.options ?? []).map(flatText),
    }));
    const metricByName = new Map(metrics.map((m) => [m.name, m.index] as const));
    const evidenceByName = new Map(rubric.evidence.map((e) => [e.name, e] as const));
    const step = exactFigure(rubric.step, 'step');
    const nodes: PlanNode[] = [];
    const leaves: PlanLeaf[] = [];
    const nodeByCode = new Map<string, number>();
    const metricIndex = (name: string): number => {
        const index = metricByName.get(name);
        if (index === undefined) throw new PlanError(`unknown metric "${name}"`);
        return index;
    };

    const visit = (node: CompiledNode, parent: number, depth: number): number => {
        const index = nodes.length;
        const children: number[] = [];
        const max = exactFigure(node.max, `max of ${node.code}`);
        const entry = {
            index,
            code: flatText(node.code),
            title: node.title,
            kind: node.kind,
            depth,
            max,
            optional: node.optional !== undefined,
            parent,
            children,
            leaf: -1,
        };
        nodes.push(entry);
        if (nodeByCode.has(node.code)) throw new PlanError(`duplicate code ${node.code}`);
        nodeByCode.set(entry.code, index);
        if (node.children && node.children.length > 0) {
            for (const child of node.children) children.push(visit(child, index, depth + 1));
        } else {
            if (!node.scoring) throw new PlanError(`leaf ${node.code} has no scoring rule`);
            entry.leaf = leaves.length;
            const method = prepareMethod(node.scoring, { code: node.code, step, metrics, metricIndex });
            const evidence = (node.evidence ?? []).map((rule) => {
                const declared = rule.evidence !== undefined ? evidenceByName.get(rule.evidence) : undefined;
                return {
                    name: flatText(rule.evidence),
                    title: flatText(rule.title),
                    titleKey: flatText(titleKey(rule.title)),
                    minCount: declared?.minCount ?? 1,
                    issuedBy: flatText(declared?.issuedBy),
                    explanationAllowed: rule.explanationAllowed,
                    effect: prepareEffect(rule.effect),
                };
            });
            leaves.push({
                index: leaves.length,
                node: index,
                code: entry.code,
                max,
                kind: MethodKind[method.method],
                scoreStep: method.method === 'judged' ? method.step : step,
                takesAnswer: method.method === 'yesno' && method.condition === undefined,
                method,
                evidence,
                checksEvidence: evidence.length > 0 && method.method !== 'survey',
            });
        }
        return index;
    };
    const fields = rubric.nodes.map((node) => visit(node, -1, 1));

    const adjustments = (list: CompiledRubric['adjustments']['bonuses']) =>
        new Map(list.map((a) => [flatText(a.key), { key: a.key, title: a.title, max: exactFigure(a.max, `max of ${a.key}`) }] as const));

    return {
        rubric,
        id: flatText(rubric.id),
        hash: flatText(rubric.hash),
        year: rubric.year,
        unitType: flatText(rubric.unitType),
        step,
        total: exactFigure(rubric.total, 'total'),
        ties: rubric.ties,
        nodes,
        leaves,
        fields,
        nodeByCode,
        metrics,
        metricByName,
        grades: rubric.grades.map((g: Grade) => ({ name: g.name, min: exactFigure(g.min, `grade ${g.name}`), inclusive: g.inclusive })),
        bonuses: adjustments(rubric.adjustments.bonuses),
        penalties: adjustments(rubric.adjustments.penalties),
        scratch: {
            sums: nodes.map(() => ZERO),
            maxima: nodes.map(() => ZERO),
            selfSums: nodes.map(() => ZERO),
            marked: new Uint8Array(nodes.length),
            answers: nodes.map(() => emptyAnswerView()),
            calls: 0,
            metricOrder: new KeyOrder(metricByName, 4 * metrics.length + 16),
            itemOrder: new KeyOrder(nodeByCode, 4 * nodes.length + 16),
        },
    };
}

function prepareEffect(effect: MissingEffect): PlanEffect {
    return effect.kind === 'cap' ? { kind: 'cap', cap: exactFigure(effect.cap, 'evidence cap') } : effect;
}
