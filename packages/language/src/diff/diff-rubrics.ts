import type { CompiledNode, CompiledRubric } from '../compiler/compiled-schema.js';
import { fromNumber, percentShare, toNumber, ZERO, type Fixed } from '../decimal/fixed.js';
import { documentChanges, evidenceChanges } from './evidence-changes.js';
import { matchNodes, type NodeMatch, type PlacedNode } from './match-nodes.js';
import { adjustmentChanges, gradeChanges, headerChanges } from './rubric-changes.js';
import { DIFF_FORMAT, type NodeChanges, type NodeEntry, type NodeMove, type OtherChange, type Reweight, type RubricDiff, type RubricIdentity } from './rubric-diff.js';
import { scoringChanges } from './scoring-changes.js';

/** The compiled schema holds exact decimals; a hand-made JSON finer than 6 decimals is read to 6 (a share is only shown). */
function exact(value: number): Fixed {
    return fromNumber(value) ?? fromNumber(Number(value.toFixed(6))) ?? ZERO;
}

/** A node's share of the rubric's total, in percent: to 0.01 (18.5 of 100 → 18.5). */
function shareOfTotal(max: number, total: number): number {
    const part = exact(max);
    const whole = exact(total);
    return toNumber(percentShare(part, whole) ?? ZERO);
}

function identity(rubric: CompiledRubric): RubricIdentity {
    return { id: rubric.id, title: rubric.title, year: rubric.year, total: rubric.total };
}

/** The sub-items added or removed with a node (some of its old ones may have moved elsewhere). */
function descendants(node: CompiledNode, among: ReadonlySet<CompiledNode>): number {
    return (node.children ?? []).reduce((count, child) => count + (among.has(child) ? 1 : 0) + descendants(child, among), 0);
}

/** Only the top of each added or removed subtree: a criterion removed with its sub-criteria is one removal. */
function entries(placed: readonly PlacedNode[]): NodeEntry[] {
    const nodes = new Set(placed.map((p) => p.node));
    return placed
        .filter((p) => p.parent === undefined || !nodes.has(p.parent))
        .map(({ node }) => ({ code: node.code, kind: node.kind, title: node.title, max: node.max, descendants: descendants(node, nodes) }));
}

/** A renumbered node whose new code is its parent's new code with the same last part only followed its parent. */
function followsParent(match: NodeMatch, partner: Map<CompiledNode, CompiledNode>): boolean {
    const oldParent = match.before.parent;
    const newParent = match.after.parent;
    if (!oldParent || !newParent || partner.get(oldParent) !== newParent) return false;
    return match.after.node.code === newParent.code + match.before.node.code.slice(oldParent.code.length);
}

function otherChanges(before: CompiledNode, after: CompiledNode): OtherChange[] {
    const changes: OtherChange[] = [];
    if (before.title !== after.title) changes.push({ kind: 'title', before: before.title, after: after.title });
    if ((before.lead ?? null) !== (after.lead ?? null)) changes.push({ kind: 'lead', before: before.lead ?? null, after: after.lead ?? null });
    if ((before.optional !== undefined) !== (after.optional !== undefined)) {
        changes.push({ kind: 'optional', before: before.optional !== undefined, after: after.optional !== undefined });
    }
    return changes;
}

/** What changed from last year's rubric (`before`) to this year's (`after`). */
export function diffRubrics(before: CompiledRubric, after: CompiledRubric): RubricDiff {
    const matching = matchNodes(before, after);
    const partner = new Map(matching.matches.map((m) => [m.before.node, m.after.node]));
    const moved: NodeMove[] = [];
    const reweighted: Reweight[] = [];
    const nodes: NodeChanges[] = [];
    for (const match of matching.matches) {
        const b = match.before.node;
        const a = match.after.node;
        if (b.code !== a.code && !followsParent(match, partner)) moved.push({ before: b.code, after: a.code, kind: a.kind, title: a.title });
        if (b.max !== a.max) {
            reweighted.push({
                before: b.code,
                after: a.code,
                kind: a.kind,
                title: a.title,
                maxBefore: b.max,
                maxAfter: a.max,
                shareBefore: shareOfTotal(b.max, before.total),
                shareAfter: shareOfTotal(a.max, after.total),
            });
        }
        const changes: NodeChanges = {
            before: b.code,
            after: a.code,
            kind: a.kind,
            title: a.title,
            other: otherChanges(b, a),
            scoring: scoringChanges(b.scoring, a.scoring, before, after),
            evidence: evidenceChanges(b.evidence, a.evidence),
        };
        if (changes.other.length + changes.scoring.length + changes.evidence.length > 0) nodes.push(changes);
    }
    const added = entries(matching.added);
    const removed = entries(matching.removed);
    return {
        format: DIFF_FORMAT,
        before: identity(before),
        after: identity(after),
        summary: {
            added: added.length,
            removed: removed.length,
            reweighted: reweighted.length,
            moved: moved.length,
            rescored: nodes.filter((n) => n.scoring.length > 0).length,
        },
        header: headerChanges(before, after),
        added,
        removed,
        moved,
        reweighted,
        nodes,
        documents: documentChanges(before, after),
        grades: gradeChanges(before, after),
        adjustments: adjustmentChanges(before, after),
    };
}
