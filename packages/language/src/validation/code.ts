import { isRubric, type Node, type Rubric } from '../generated/ast.js';
import { childNodes, walkNodes } from '../ast/rubric-queries.js';
import { CODE_SHAPE } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A code is numbers joined by dots. */
export function codeIsWellFormed(node: Node, report: Reporter): void {
    if (!CODE_SHAPE.test(node.code)) report.error(IssueCodes.MalformedCode, { text: node.code }, { node, property: 'code' });
}

/** Codes follow the tree (1, 1.2, 1.2.3 under 1.2), and each code names one node. */
export function codesFollowTheTree(rubric: Rubric, report: Reporter): void {
    const firstByCode = new Map<string, Node>();
    const misplaced = new Set<Node>();
    for (const { node } of walkNodes(rubric)) {
        if (!CODE_SHAPE.test(node.code)) continue;
        const parent = node.$container;
        const segments = node.code.split('.');
        if (isRubric(parent)) {
            if (segments.length !== 1) {
                misplaced.add(node);
                report.error(IssueCodes.MalformedCode, { text: node.code }, { node, property: 'code' });
            }
            continue;
        }
        if (!CODE_SHAPE.test(parent.code)) continue;
        const parentSegments = parent.code.split('.');
        const fits = segments.length === parentSegments.length + 1 && node.code.startsWith(parent.code + '.');
        if (!fits) {
            misplaced.add(node);
            const position = childNodes(parent).indexOf(node) + 1;
            const last = segments.length === parentSegments.length + 1 ? segments[segments.length - 1] : String(position);
            report.error(
                IssueCodes.CodeParentMismatch,
                { code: node.code, parent: parent.code, expected: `${parent.code}.${last}` },
                { node, property: 'code', data: { expected: `${parent.code}.${last}` } },
            );
        }
    }
    for (const { node } of walkNodes(rubric)) {
        if (misplaced.has(node) || !CODE_SHAPE.test(node.code)) continue;
        const first = firstByCode.get(node.code);
        if (first) {
            const line = String((first.$cstNode?.range.start.line ?? 0) + 1);
            report.error(IssueCodes.DuplicateCode, { code: node.code, line }, { node, property: 'code' });
        } else {
            firstByCode.set(node.code, node);
        }
    }
}
