import {
    Cancellation,
    interruptAndCheck,
    type AstNode,
    type ValidationAcceptor,
    type ValidationOptions,
    type ValidationRegistry,
} from 'langium';
import { forEachAstNode } from '../ast/walk-tree.js';

type Check = ReturnType<ValidationRegistry['getChecks']> extends Iterable<infer C> ? C : never;
type NodeOptions = { validateNode: boolean; validateChildren: boolean };

/** How many nodes are checked between two looks at cancellation (a new keystroke). */
const NODES_PER_CHECK = 500;

/**
 * Langium's walk over the tree, with two changes: each node type's checks are looked up once per document
 * rather than once per node (Langium builds a chain of lazy streams for every lookup), and the tree is
 * walked with a plain loop. A 10,000-line rubric has some 60,000 nodes, most of them without any check.
 */
export async function validateNodes(
    registry: ValidationRegistry,
    root: AstNode,
    options: ValidationOptions,
    accept: ValidationAcceptor,
    nodeOptions: (node: AstNode) => NodeOptions,
    cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
): Promise<void> {
    const checksByType = new Map<string, Check[]>();
    const checked: AstNode[] = [];
    forEachAstNode(root, (node) => {
        const { validateNode, validateChildren } = nodeOptions(node);
        if (validateNode) checked.push(node);
        return validateChildren;
    });
    for (let i = 0; i < checked.length; i++) {
        if (i % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
        const node = checked[i];
        let checks = checksByType.get(node.$type);
        if (!checks) {
            checks = [...registry.getChecks(node.$type, options.categories)];
            checksByType.set(node.$type, checks);
        }
        for (const check of checks) await check(node, accept, cancelToken);
    }
}
