import type { CompiledNode, CompiledRubric } from '../compiler/compiled-schema.js';
import { titleSimilarity } from './title-similarity.js';

/** A node of a rubric's tree with its parent, in the order the rubric lists them. */
export type PlacedNode = { node: CompiledNode; parent: CompiledNode | undefined; order: number };

export type NodeMatch = { before: PlacedNode; after: PlacedNode };

/** Which node of last year's rubric became which node of this year's, and what is only in one of them. */
export type NodeMatching = { matches: NodeMatch[]; removed: PlacedNode[]; added: PlacedNode[] };

/** The same code keeps its node unless the title says it is another one (a criterion removed and the next renumbered into its place). */
const SAME_CODE_SIMILARITY = 0.4;
/** A node under another code is the same node only when most of its words are the same. */
const RENUMBERED_SIMILARITY = 0.6;

function placedNodes(rubric: CompiledRubric): PlacedNode[] {
    const placed: PlacedNode[] = [];
    const visit = (nodes: readonly CompiledNode[], parent: CompiledNode | undefined) => {
        for (const node of nodes) {
            placed.push({ node, parent, order: placed.length });
            visit(node.children ?? [], node);
        }
    };
    visit(rubric.nodes, undefined);
    return placed;
}

function depthOf(node: CompiledNode): number {
    return node.code.split('.').length;
}

/**
 * Matches the nodes of two rubrics level by level, fields first: at each level by code (when the titles
 * still agree and the parents are matched to each other), then, for what is left, by title similarity
 * among nodes of the same kind, preferring those under matched parents, so that a renumbered criterion's
 * sub-criteria follow it. What stays unmatched was removed or added. The one
 * matching that the diff and the migration of assessments both use.
 */
export function matchNodes(before: CompiledRubric, after: CompiledRubric): NodeMatching {
    const oldNodes = placedNodes(before);
    const newNodes = placedNodes(after);
    const partnerOf = new Map<CompiledNode, CompiledNode>();
    const matches: NodeMatch[] = [];
    const pair = (b: PlacedNode, a: PlacedNode) => {
        partnerOf.set(b.node, a.node);
        partnerOf.set(a.node, b.node);
        matches.push({ before: b, after: a });
    };

    const oldByCode = new Map(oldNodes.map((placed) => [placed.node.code, placed]));
    const partners = (b: PlacedNode, a: PlacedNode) => (b.parent === undefined ? a.parent === undefined : a.parent !== undefined && partnerOf.get(b.parent) === a.parent);
    const depths = [...new Set([...oldNodes, ...newNodes].map((placed) => depthOf(placed.node)))].sort((x, y) => x - y);
    for (const depth of depths) {
        const level = newNodes.filter((placed) => depthOf(placed.node) === depth);
        for (const a of level) {
            const b = oldByCode.get(a.node.code);
            if (b && b.node.kind === a.node.kind && partners(b, a) && titleSimilarity(b.node.title, a.node.title) >= SAME_CODE_SIMILARITY) pair(b, a);
        }
        const candidates: { b: PlacedNode; a: PlacedNode; similarity: number; sameParent: boolean }[] = [];
        for (const a of level) {
            if (partnerOf.has(a.node)) continue;
            for (const b of oldNodes) {
                if (partnerOf.has(b.node) || b.node.kind !== a.node.kind) continue;
                const similarity = titleSimilarity(b.node.title, a.node.title);
                if (similarity >= RENUMBERED_SIMILARITY) candidates.push({ b, a, similarity, sameParent: partners(b, a) });
            }
        }
        candidates.sort(
            (x, y) => Number(y.sameParent) - Number(x.sameParent) || y.similarity - x.similarity || x.a.order - y.a.order || x.b.order - y.b.order,
        );
        for (const { b, a } of candidates) if (!partnerOf.has(b.node) && !partnerOf.has(a.node)) pair(b, a);
    }

    matches.sort((x, y) => x.after.order - y.after.order);
    return {
        matches,
        removed: oldNodes.filter((placed) => !partnerOf.has(placed.node)),
        added: newNodes.filter((placed) => !partnerOf.has(placed.node)),
    };
}
