import type { CompiledExpression, CompiledNode, CompiledRubric, Scoring } from '@par-rubric/language';

/**
 * Every leaf's lead agency: the `lead` of the leaf or of its nearest ancestor that names one, undefined
 * where none does (those items are the council's own). Keyed by code, in the rubric's order.
 */
export function leafLeads(rubric: CompiledRubric): Map<string, string | undefined> {
    const leads = new Map<string, string | undefined>();
    const walk = (node: CompiledNode, inherited: string | undefined): void => {
        const lead = node.lead ?? inherited;
        if (node.children && node.children.length > 0) for (const child of node.children) walk(child, lead);
        else leads.set(node.code, lead);
    };
    for (const node of rubric.nodes) walk(node, undefined);
    return leads;
}

/** Every leaf node by code, in the rubric's order. */
export function leafNodes(rubric: CompiledRubric): Map<string, CompiledNode> {
    const leaves = new Map<string, CompiledNode>();
    const walk = (node: CompiledNode): void => {
        if (node.children && node.children.length > 0) node.children.forEach(walk);
        else leaves.set(node.code, node);
    };
    rubric.nodes.forEach(walk);
    return leaves;
}

/** The metrics a scoring rule reads, in the order it names them. */
export function metricsOf(scoring: Scoring | undefined): string[] {
    if (!scoring) return [];
    switch (scoring.method) {
        case 'deadline':
        case 'bands':
        case 'proportional':
        case 'deduct':
            return [scoring.metric];
        case 'yesno':
            return scoring.condition ? expressionMetrics(scoring.condition) : [];
        case 'formula':
            return expressionMetrics(scoring.expression);
        default:
            return [];
    }
}

function expressionMetrics(expression: CompiledExpression): string[] {
    const names: string[] = [];
    const walk = (e: CompiledExpression): void => {
        if (e.type === 'metric') {
            if (!names.includes(e.name)) names.push(e.name);
        } else if (e.type === 'unary') walk(e.operand);
        else if (e.type === 'binary') {
            walk(e.left);
            walk(e.right);
        } else if (e.type === 'call') e.args.forEach(walk);
    };
    walk(expression);
    return names;
}
