import type { Node } from '../generated/ast.js';
import { isLeaf, scoringMethods } from '../ast/rubric-queries.js';
import { IssueCodes } from './issue-codes.js';
import { gapsAreEchoes } from './lexical-checks.js';
import type { Reporter } from './reporter.js';

/** A node without children is scored by exactly one method. */
export function leafHasOneScoringMethod(node: Node, report: Reporter): void {
    if (!isLeaf(node)) return;
    const methods = scoringMethods(node);
    if (methods.length === 0 && !gapsAreEchoes(node)) report.error(IssueCodes.NoScoringMethod, { code: node.code }, { node, property: 'code' });
    for (const extra of methods.slice(1)) report.error(IssueCodes.MultipleScoringMethods, { code: node.code }, { node: extra });
}
