import {
    CompositeCstNodeImpl,
    LeafCstNodeImpl,
    RootCstNodeImpl,
    type AstNode,
    type CstNode,
    type LangiumParser,
    type Mutable,
    type ParseResult,
} from 'langium';
import { isNode, isRubric, isRubricFile, type Node } from '../generated/ast.js';
import { MAX_COMMENT_RUN, MAX_NESTING } from './rubric-lexer.js';

// A keystroke changes one node of the tree, yet Langium parses the whole file again: on a 10,000-line
// rubric that is most of the time between an edit and its diagnostics. Here the smallest braced node
// around the change is parsed alone and put in place of the old one, and the positions after it move.
// Whenever the result could differ from a full parse (any error before or after, a change touching the
// node's first or closing token, deep nesting, long comment runs) it gives up and the file is parsed whole.

/** What the change did to the text: the old span [from, oldTo) became [from, newTo). */
type TextChange = { from: number; oldTo: number; newTo: number };

/** The span that differs between two texts, by their common start and end. */
function changedSpan(oldText: string, newText: string): TextChange {
    const shorter = Math.min(oldText.length, newText.length);
    let from = 0;
    while (from < shorter && oldText.charCodeAt(from) === newText.charCodeAt(from)) from++;
    let tail = 0;
    while (tail < shorter - from && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
    return { from, oldTo: oldText.length - tail, newTo: newText.length - tail };
}

const isClean = (result: ParseResult): boolean =>
    result.lexerErrors.length === 0 && result.parserErrors.length === 0 && (result.lexerReport?.diagnostics.length ?? 0) === 0;

/** A node in braces that holds the whole change strictly inside, without touching its first or closing token. */
function holdsChange(node: Node, change: TextChange, text: string): boolean {
    const cst = node.$cstNode;
    return cst !== undefined && cst.offset < change.from && change.oldTo <= cst.end - 1 && text.charCodeAt(cst.end - 1) === CLOSING_BRACE;
}

const CLOSING_BRACE = '}'.charCodeAt(0);

/** The deepest braced node around the change, with the number of blocks it sits in. */
function innermostNode(root: AstNode, change: TextChange, text: string): { node: Node; depth: number } | undefined {
    if (!isRubricFile(root)) return undefined;
    const rubric = root.rubrics.find((r) => r.$cstNode !== undefined && r.$cstNode.offset < change.from && change.oldTo < r.$cstNode.end);
    if (!rubric) return undefined;
    let found: { node: Node; depth: number } | undefined;
    let members: readonly AstNode[] = rubric.members;
    let depth = 1;
    for (;;) {
        const next = members.find((member): member is Node => isNode(member) && holdsChange(member, change, text));
        if (!next) return found;
        found = { node: next, depth };
        members = next.members;
        depth += 1;
    }
}

/**
 * Calls `visit` on every leaf under `node` in text order, and forgets each composite's cached range on the
 * way; a plain loop, as it walks the whole file's tokens on every keystroke.
 */
function forEachLeaf(node: CstNode, visit: (leaf: LeafCstNodeImpl) => void): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current instanceof LeafCstNodeImpl) visit(current);
        else if (current instanceof CompositeCstNodeImpl) {
            current['_rangeCache'] = undefined;
            for (let i = current.content.length - 1; i >= 0; i--) stack.push(current.content[i]);
        }
    }
}

/** Moves a leaf by `offset` characters and `lines` lines; `columns` only on its first line `onLine`. */
function moveLeaf(leaf: LeafCstNodeImpl, offset: number, lines: number, onLine: number, columns: number): void {
    if (leaf['_startLine'] === onLine) leaf['_startColumn'] += columns;
    if (leaf['_endLine'] === onLine) leaf['_endColumn'] += columns;
    leaf['_offset'] += offset;
    leaf['_startLine'] += lines;
    leaf['_endLine'] += lines;
}

/**
 * Updates `result` (the parse of `oldText`) to `newText` by parsing only the changed node; true when it did,
 * false when nothing was touched and the caller must parse the whole text.
 */
export function reparseChangedNode(result: ParseResult, oldText: string, newText: string, parser: LangiumParser): boolean {
    const root = result.value;
    const rootCst = root.$cstNode;
    if (!(rootCst instanceof RootCstNodeImpl) || !isClean(result)) return false;
    const change = changedSpan(oldText, newText);
    const target = innermostNode(root, change, oldText);
    if (!target) return false;
    const { node: old, depth } = target;
    const oldCst = old.$cstNode;
    if (!(oldCst instanceof CompositeCstNodeImpl)) return false;
    const start = oldCst.offset;
    const oldEnd = oldCst.end;
    const newEnd = oldEnd + change.newTo - change.oldTo;
    const container = old.$container;
    const siblings = (container as unknown as Record<string, unknown>)[old.$containerProperty ?? ''];
    if (!Array.isArray(siblings) || siblings[old.$containerIndex ?? -1] !== old) return false;

    // parsed as the member it is, so that its syntax tree has the same shape as in a full parse
    const rule = isRubric(container) ? 'RubricMember' : 'NodeMember';
    const partial = parser.parse<Node>(newText.slice(start, newEnd), { rule });
    const fresh = partial.value;
    const freshCst = fresh.$cstNode;
    if (!isClean(partial) || !isNode(fresh) || !(freshCst instanceof RootCstNodeImpl)) return false;
    if (freshCst.end !== newEnd - start) return false;

    let hidden = 0;
    let nesting = depth;
    let deepest = depth;
    forEachLeaf(freshCst, (leaf) => {
        if (leaf.hidden) {
            hidden++;
            return;
        }
        const image = newText.slice(start + leaf.offset, start + leaf.end);
        if (image === '{' || image === '(') deepest = Math.max(deepest, ++nesting);
        else if (image === '}' || image === ')') nesting--;
    });
    if (deepest > MAX_NESTING) return false;
    const rest: LeafCstNodeImpl[] = [];
    forEachLeaf(rootCst, (leaf) => {
        if (leaf.hidden) hidden++;
        if (leaf.offset >= oldEnd) rest.push(leaf);
    });
    if (hidden > MAX_COMMENT_RUN) return false;

    // the new node's positions start at `start`; everything after the old node moves by the difference
    const { start: startPosition, end: oldEndPosition } = oldCst.range;
    const relativeEnd = freshCst.range.end;
    const endLine = relativeEnd.line + startPosition.line;
    const endCharacter = relativeEnd.line === 0 ? relativeEnd.character + startPosition.character : relativeEnd.character;
    forEachLeaf(freshCst, (leaf) => moveLeaf(leaf, start, startPosition.line, 0, startPosition.character));
    for (const leaf of rest) {
        moveLeaf(leaf, newEnd - oldEnd, endLine - oldEndPosition.line, oldEndPosition.line, endCharacter - oldEndPosition.character);
    }

    // the old composite keeps its place and grammar source; it takes the new children and the new node
    for (const child of freshCst.content) (child as Mutable<CstNode>).container = oldCst;
    oldCst.content = freshCst.content;
    oldCst.astNode = fresh;
    for (let at: CstNode | undefined = oldCst; at; at = at.container) {
        if (at instanceof CompositeCstNodeImpl) at['_rangeCache'] = undefined;
    }
    Object.assign(fresh, { $cstNode: oldCst, $container: container, $containerProperty: old.$containerProperty, $containerIndex: old.$containerIndex });
    siblings[old.$containerIndex ?? -1] = fresh;
    rootCst['_text'] = newText;
    return true;
}
