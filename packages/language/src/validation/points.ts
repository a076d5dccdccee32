import type { AstNode } from 'langium';
import { isMultipleOf, max as maxOf, type Fixed } from '../decimal/fixed.js';
import { AstUtils } from 'langium';
import { isRubric, type Node, type ScoringMethod } from '../generated/ast.js';
import { isLeaf, nodeMax, rubricStep } from '../ast/rubric-queries.js';
import { IssueCodes } from './issue-codes.js';
import { reportedDecimal } from './number.js';
import type { Reporter } from './reporter.js';

/** The outcome of a scoring method that gives points: the figure's text and where it stands. */
export type PointsSource = { node: AstNode; property: string; text: string | undefined };

/** What a scoring method needs to know about the leaf it scores. */
export type Leaf = { node: Node; max: Fixed | undefined; step: Fixed | undefined };

/** The leaf a scoring method scores; undefined on a parent, where the method itself is the finding. */
export function leafOf(method: ScoringMethod): Leaf | undefined {
    const node = method.$container as Node;
    if (!isLeaf(node)) return undefined;
    const rubric = AstUtils.getContainerOfType(node, isRubric);
    return { node, max: nodeMax(node), step: rubric ? rubricStep(rubric) : undefined };
}

/** Points are whole multiples of the rubric's step (0.25, 0.01, …). */
export function checkOnStep(points: Fixed, step: Fixed | undefined, where: { node: AstNode; property: string }, report: Reporter): boolean {
    if (step === undefined || isMultipleOf(points, step)) return true;
    report.error(IssueCodes.PointsOffStep, { points, step }, where);
    return false;
}

/**
 * Each outcome gives a plain decimal, a multiple of the step, within [0, max]; the best outcome gives the
 * max. An outcome already reported as over the max does not also count as "best ≠ max".
 */
export function checkOutcomePoints(leaf: Leaf, sources: PointsSource[], report: Reporter): void {
    let best: Fixed | undefined;
    let complete = true;
    let exceeded = false;
    for (const source of sources) {
        const points = source.text === undefined ? undefined : reportedDecimal(source.text, source, report);
        if (points === undefined) {
            complete = false;
            continue;
        }
        if (leaf.max !== undefined && points > leaf.max) {
            exceeded = true;
            report.error(IssueCodes.PointsExceedMax, { points, max: leaf.max, code: leaf.node.code }, source);
        } else {
            checkOnStep(points, leaf.step, source, report);
        }
        best = best === undefined ? points : maxOf(best, points);
    }
    if (complete && !exceeded && best !== undefined && leaf.max !== undefined && best !== leaf.max) {
        report.error(IssueCodes.BestNotMax, { best, max: leaf.max, code: leaf.node.code }, { node: leaf.node, property: 'code' });
    }
}
