import type { Rubric } from '../generated/ast.js';
import { childrenSum, headerProperty, isLeaf, nodeMax, nodeProperty, walkNodes } from '../ast/rubric-queries.js';
import { decimalValue } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A parent's max is exactly the sum of its children's. */
export function childrenAddUpToMax(rubric: Rubric, report: Reporter): void {
    for (const { node } of walkNodes(rubric)) {
        if (isLeaf(node)) continue;
        const max = nodeMax(node);
        const total = childrenSum(node);
        if (max === undefined || total === undefined || max === total) continue;
        report.error(IssueCodes.ChildrenMismatch, { kind: node.kind, code: node.code, sum: total, max }, { node: nodeProperty(node, 'max')!, property: 'max' });
    }
}

/** The fields add up exactly to the declared total. */
export function fieldsAddUpToTotal(rubric: Rubric, report: Reporter): void {
    const totalProperty = headerProperty(rubric, 'total');
    const declared = decimalValue(totalProperty?.value);
    const fields = childrenSum(rubric);
    if (totalProperty && declared !== undefined && fields !== undefined && fields !== declared) {
        report.error(IssueCodes.TotalMismatch, { sum: fields, total: declared }, { node: totalProperty, property: 'value' });
    }
}
