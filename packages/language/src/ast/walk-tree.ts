import { type Cancellation, interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';
import { isNode } from '../generated/ast.js';
import { isLeaf } from './rubric-queries.js';

// Langium's AstUtils.streamAst and streamReferences build a chain of lazy stream objects for every node;
// a 10,000-line rubric has some 60,000 nodes, and linking, indexing and validation each walk them all on
// every keystroke. These plain loops visit the same nodes in the same order.

/**
 * Calls `visit` on `root` and on every node under it, depth first in property order (the order of
 * AstUtils.streamAst); when `visit` returns false the node's children are skipped.
 */
export function forEachAstNode(root: AstNode, visit: (node: AstNode) => boolean | void): void {
    const stack: AstNode[] = [root];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (visit(node) === false) continue;
        children.length = 0;
        for (const property of Object.keys(node)) {
            if (property.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                for (const element of value) if (isAstNode(element)) children.push(element);
            } else if (isAstNode(value)) children.push(value);
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
}

/** The cross-references held by `node` itself, in property order (as AstUtils.streamReferences). */
function ownReferences(node: AstNode, references: ReferenceInfo[]): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) references.push({ reference: value, container: node, property });
        else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) references.push({ reference: element, container: node, property, index });
            });
        }
    }
}

/**
 * The references inside each leaf node, by leaf object: an edit re-parses the node it falls in
 * (parser/reparse-node.ts), so a leaf object that is still in the tree still holds the same references.
 */
const referencesInLeaf = new WeakMap<AstNode, ReferenceInfo[]>();

/** Every cross-reference in the tree under `root`, in the order of AstUtils.streamAst + streamReferences. */
function allReferences(root: AstNode): ReferenceInfo[] {
    const references: ReferenceInfo[] = [];
    forEachAstNode(root, (node) => {
        if (node !== root && isNode(node) && isLeaf(node)) {
            let inLeaf = referencesInLeaf.get(node);
            if (!inLeaf) {
                const found: ReferenceInfo[] = [];
                forEachAstNode(node, (inner) => ownReferences(inner, found));
                referencesInLeaf.set(node, (inLeaf = found));
            }
            references.push(...inLeaf);
            return false;
        }
        ownReferences(node, references);
        return true;
    });
    return references;
}

/** How many references are handled between two looks at cancellation (a new keystroke). */
const REFERENCES_PER_CHECK = 500;

/** Calls `visit` on every cross-reference under `root`, giving way to other work now and then. */
export async function forEachReference(
    root: AstNode,
    cancelToken: Cancellation.CancellationToken,
    visit: (reference: ReferenceInfo) => void,
): Promise<void> {
    const references = allReferences(root);
    for (let i = 0; i < references.length; i++) {
        if (i % REFERENCES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
        visit(references[i]);
    }
}
