import {
    AstUtils,
    Cancellation,
    interruptAndCheck,
    type AstNode,
    type ValidationAcceptor,
    type ValidationOptions,
    type ValidationRegistry,
} from 'langium';

type Check = ReturnType<ValidationRegistry['getChecks']> extends Iterable<infer C> ? C : never;
type NodeOptions = { validateNode: boolean; validateChildren: boolean };

/**
 * Langium's walk over the tree, with one change: each node type's checks are looked up once per document
 * rather than once per node. Langium builds a chain of lazy streams for every lookup, and a
 * 10,000-line rubric has some 60,000 nodes, most of them without any check of their own.
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
    const nodes = AstUtils.streamAst(root).iterator();
    for (const node of nodes) {
        await interruptAndCheck(cancelToken);
        const { validateNode, validateChildren } = nodeOptions(node);
        if (validateNode) {
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = [...registry.getChecks(node.$type, options.categories)];
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) await check(node, accept, cancelToken);
        }
        if (!validateChildren) nodes.prune();
    }
}
