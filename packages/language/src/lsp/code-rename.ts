import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Node } from '../generated/ast.js';
import { walkNodes } from '../ast/rubric-queries.js';
import { CODE_SHAPE } from '../validation/figures.js';

/**
 * Renaming a node's code renames the codes of its descendants the same way (1.2 → 1.3 makes 1.2.1 →
 * 1.3.1), so that the tree stays consistent. A descendant whose code does not start with the old one is
 * already misnumbered and keeps its code. Undefined when the new code is not a dotted number.
 */
export function codeRenameEdits(node: Node, newCode: string): TextEdit[] | undefined {
    if (!CODE_SHAPE.test(newCode)) return undefined;
    const oldCode = node.code;
    const edits: TextEdit[] = [];
    for (const target of [node, ...[...walkNodes(node)].map((entry) => entry.node)]) {
        const renamed = renamedCode(target.code, oldCode, newCode);
        const leaf = GrammarUtils.findNodeForProperty(target.$cstNode, 'code');
        if (renamed !== undefined && leaf) edits.push({ range: leaf.range, newText: renamed });
    }
    return edits;
}

/** What `code` becomes when `oldCode` becomes `newCode`: itself, a descendant, or undefined when untouched. */
export function renamedCode(code: string, oldCode: string, newCode: string): string | undefined {
    return code === oldCode ? newCode : code.startsWith(oldCode + '.') ? newCode + code.slice(oldCode.length) : undefined;
}
