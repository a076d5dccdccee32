import { formatFixed, subtract, type Fixed } from '../decimal/fixed.js';
import type { Node, Rubric } from '../generated/ast.js';
import { childrenSum, headerProperty, isLeaf, nodeMax, walkNodes } from '../ast/rubric-queries.js';
import { decimalValue } from '../validation/figures.js';
import type { Locale } from '../i18n/locale.js';
import { lspText } from './lsp-text.js';

/** How a branch's children add up against its max. */
export type SumCheck = { sum: Fixed; max: Fixed; difference: Fixed; status: 'match' | 'short' | 'over' };

export function checkSum(total: Fixed, max: Fixed): SumCheck {
    const status = total === max ? 'match' : total < max ? 'short' : 'over';
    const difference = total < max ? subtract(max, total) : subtract(total, max);
    return { sum: total, max, difference, status };
}

/** A parent node's children against its max; undefined for leaves and unknown figures. */
export function nodeSumCheck(node: Node): SumCheck | undefined {
    if (isLeaf(node)) return undefined;
    const max = nodeMax(node);
    const total = childrenSum(node);
    return max === undefined || total === undefined ? undefined : checkSum(total, max);
}

/** The declared `total`, as an exact decimal. */
export function declaredTotal(rubric: Rubric): Fixed | undefined {
    return decimalValue(headerProperty(rubric, 'total')?.value);
}

/** The fields against the declared total. */
export function totalSumCheck(rubric: Rubric): SumCheck | undefined {
    const total = declaredTotal(rubric);
    const fields = childrenSum(rubric);
    return total === undefined || fields === undefined ? undefined : checkSum(fields, total);
}

/** The published shape: nodes at depth 1, 2 and 3, and the points they are out of. */
export type RubricShape = { fields: number; criteria: number; items: number; total: Fixed | undefined };

export function rubricShape(rubric: Rubric): RubricShape {
    const counts = [0, 0, 0, 0];
    for (const { depth } of walkNodes(rubric)) if (depth <= 3) counts[depth]++;
    return { fields: counts[1], criteria: counts[2], items: counts[3], total: declaredTotal(rubric) ?? childrenSum(rubric) };
}

/** "Σ 17,5 / 18,5 — thiếu 1": the subtotal line of an inlay hint. */
export function sumText(check: SumCheck, locale: Locale): string {
    const params = {
        sum: formatFixed(check.sum, locale),
        max: formatFixed(check.max, locale),
        diff: formatFixed(check.difference, locale),
    };
    return lspText(locale, check.status === 'match' ? 'sumMatch' : check.status === 'short' ? 'sumShort' : 'sumOver', params);
}

export function shapeText(shape: RubricShape, locale: Locale): string {
    return lspText(locale, 'shape', {
        fields: shape.fields,
        criteria: shape.criteria,
        items: shape.items,
        total: shape.total === undefined ? '?' : formatFixed(shape.total, locale),
    });
}

export function kindName(kind: string, locale: Locale): string {
    return lspText(locale, kind === 'field' ? 'kindField' : kind === 'criterion' ? 'kindCriterion' : 'kindItem');
}
