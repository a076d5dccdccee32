import {
    Cancellation,
    interruptAndCheck,
    type AstNode,
    type ValidationAcceptor,
    type ValidationOptions,
    type ValidationRegistry,
} from 'langium';
import { forEachAstNode } from '../ast/walk-tree.js';
import { isLeaf } from '../ast/rubric-queries.js';
import { isNode } from '../generated/ast.js';
import type { Finding, LeafFindings } from './leaf-findings.js';

type Check = ReturnType<ValidationRegistry['getChecks']> extends Iterable<infer C> ? C : never;
type NodeOptions = { validateNode: boolean; validateChildren: boolean };

/** The work of one walk, in tree order: a node's checks, a leaf's checks to record, or a leaf's findings to replay. */
type Step = { node: AstNode } | { leaf: AstNode; nodes: AstNode[] } | { replay: readonly Finding[] };

/** How many nodes are checked between two looks at cancellation (a new keystroke). */
const NODES_PER_CHECK = 500;

/**
 * Langium's walk over the tree, with three changes: each node type's checks are looked up once per
 * document rather than once per node (Langium builds a chain of lazy streams for every lookup); the tree
 * is walked with a plain loop (a 10,000-line rubric has some 60,000 nodes, most of them without any
 * check); and a leaf whose findings `kept` still holds (under `key`) has them replayed instead of checked.
 */
export async function validateNodes(
    registry: ValidationRegistry,
    root: AstNode,
    options: ValidationOptions,
    accept: ValidationAcceptor,
    nodeOptions: (node: AstNode) => NodeOptions,
    kept: { findings: LeafFindings; key: string },
    cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
): Promise<void> {
    const checksByType = new Map<string, Check[]>();
    const checksOf = (node: AstNode): Check[] => {
        let checks = checksByType.get(node.$type);
        if (!checks) {
            checks = [...registry.getChecks(node.$type, options.categories)];
            checksByType.set(node.$type, checks);
        }
        return checks;
    };
    const steps: Step[] = [];
    const checkedUnder = (top: AstNode): AstNode[] => {
        const nodes: AstNode[] = [];
        forEachAstNode(top, (node) => {
            const { validateNode, validateChildren } = nodeOptions(node);
            if (validateNode) nodes.push(node);
            return validateChildren;
        });
        return nodes;
    };
    forEachAstNode(root, (node) => {
        if (isNode(node) && isLeaf(node)) {
            const findings = kept.findings.get(node, kept.key);
            steps.push(findings ? { replay: findings } : { leaf: node, nodes: checkedUnder(node) });
            return false;
        }
        const { validateNode, validateChildren } = nodeOptions(node);
        if (validateNode) steps.push({ node });
        return validateChildren;
    });
    let visited = 0;
    const check = async (node: AstNode, acceptor: ValidationAcceptor) => {
        if (visited++ % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
        for (const run of checksOf(node)) await run(node, acceptor, cancelToken);
    };
    for (const step of steps) {
        if ('replay' in step) {
            for (const finding of step.replay) accept(...finding);
        } else if ('leaf' in step) {
            const findings: Finding[] = [];
            const recording: ValidationAcceptor = (...finding) => {
                findings.push(finding);
                accept(...finding);
            };
            for (const node of step.nodes) await check(node, recording);
            kept.findings.set(step.leaf, kept.key, findings);
        } else {
            await check(step.node, accept);
        }
    }
}
