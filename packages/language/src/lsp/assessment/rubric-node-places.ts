import { GrammarUtils, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { walkNodes } from '../../ast/rubric-queries.js';
import * as ast from '../../generated/ast.js';

/** Where each node's code stands in a rubric file, by code: what go-to-definition and the preview's links open. */
export function rubricNodePlaces(document: LangiumDocument): Map<string, Range> {
    const places = new Map<string, Range>();
    const root = document.parseResult.value;
    if (!ast.isRubricFile(root)) return places;
    for (const rubric of root.rubrics) {
        for (const { node } of walkNodes(rubric)) {
            const cst = node.$cstNode && (GrammarUtils.findNodeForProperty(node.$cstNode, 'code') ?? node.$cstNode);
            if (cst && !places.has(node.code)) places.set(node.code, cst.range);
        }
    }
    return places;
}
