import type { AstNode } from 'langium';
import {
    isBands,
    isChoice,
    isDeadline,
    isDeduction,
    isFormula,
    isGrades,
    isAdjustments,
    isJudged,
    isMetric,
    isEvidence,
    isNode,
    isProportional,
    isRequirement,
    isSurvey,
    isUnknownWord,
    isYesNo,
    type Adjustments,
    type Evidence,
    type Grades,
    type HeaderProperty,
    type Metric,
    type Node,
    type NodeProperty,
    type Requirement,
    type Rubric,
    type ScoringMethod,
} from '../generated/ast.js';
import { parseFixed, sum, type Fixed } from '../decimal/fixed.js';

/** Queries over the AST that validation, the compiler and the editor share. */

function isScoringMethod(node: AstNode): node is ScoringMethod {
    return (
        isChoice(node) || isYesNo(node) || isDeadline(node) || isBands(node) || isProportional(node)
        || isDeduction(node) || isJudged(node) || isSurvey(node) || isFormula(node)
    );
}

export function childNodes(container: Rubric | Node): Node[] {
    return (container.members as AstNode[]).filter(isNode);
}

export function isLeaf(node: Node): boolean {
    return !node.members.some(isNode);
}

export function scoringMethods(node: Node): ScoringMethod[] {
    return (node.members as AstNode[]).filter(isScoringMethod);
}

export function requirements(node: Node): Requirement[] {
    return (node.members as AstNode[]).filter(isRequirement);
}

export function nodeProperty<K extends NodeProperty['keyword']>(node: Node, keyword: K): NodeProperty | undefined {
    return node.properties.find((p) => p.keyword === keyword);
}

/**
 * parseFixed for the few distinct figures a rubric repeats: validation asks for the same maxima again and
 * again (a parent sums its children, each check reads its leaf's max), and parsing is a regex and a BigInt.
 */
const fixedByText = new Map<string, Fixed | undefined>();
function cachedFixed(text: string): Fixed | undefined {
    if (fixedByText.has(text)) return fixedByText.get(text);
    if (fixedByText.size >= 10_000) fixedByText.clear();
    const value = parseFixed(text);
    fixedByText.set(text, value);
    return value;
}

/** The node's declared max as an exact decimal; undefined when absent or malformed. */
export function nodeMax(node: Node): Fixed | undefined {
    const text = nodeProperty(node, 'max')?.max;
    return text === undefined ? undefined : cachedFixed(text);
}

export function headerProperty<K extends HeaderProperty['keyword']>(
    rubric: Rubric,
    keyword: K,
): Extract<HeaderProperty, { keyword: K }> | undefined {
    return rubric.members.find((m) => (m as HeaderProperty).keyword === keyword && !isNode(m)) as
        | Extract<HeaderProperty, { keyword: K }>
        | undefined;
}

/** The header's properties (`year`, `total`, …) in the order written. */
export function headerProperties(rubric: Rubric): HeaderProperty[] {
    return rubric.members.filter((m): m is HeaderProperty => !isNode(m) && !isUnknownWord(m) && 'keyword' in m);
}

export function rubricMetrics(rubric: Rubric): Metric[] {
    return (rubric.members as AstNode[]).filter(isMetric);
}

export function rubricEvidence(rubric: Rubric): Evidence[] {
    return (rubric.members as AstNode[]).filter(isEvidence);
}

export function rubricGrades(rubric: Rubric): Grades | undefined {
    return (rubric.members as AstNode[]).find(isGrades);
}

export function rubricAdjustments(rubric: Rubric): Adjustments | undefined {
    return (rubric.members as AstNode[]).find(isAdjustments);
}

/**
 * The children's max added up, exactly: what a parent's max (or the rubric's total) must equal. Undefined
 * without children, or when a child's max is missing or not positive (that child's own finding).
 */
export function childrenSum(container: Rubric | Node): Fixed | undefined {
    const maxima: Fixed[] = [];
    for (const child of childNodes(container)) {
        const max = nodeMax(child);
        if (max === undefined || max <= 0) return undefined;
        maxima.push(max);
    }
    return maxima.length === 0 ? undefined : sum(maxima);
}

/** All nodes of the tree, depth first, with their depth (fields are depth 1). */
export function* walkNodes(container: Rubric | Node, depth = 1): Generator<{ node: Node; depth: number }> {
    for (const child of childNodes(container)) {
        yield { node: child, depth };
        yield* walkNodes(child, depth + 1);
    }
}

const DEFAULT_STEP = '0.01';

export function rubricStep(rubric: Rubric): Fixed | undefined {
    const declared = headerProperty(rubric, 'step');
    const value = cachedFixed(declared?.value ?? DEFAULT_STEP);
    return value !== undefined && value > 0 ? value : undefined;
}
