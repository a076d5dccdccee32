import { CstUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise, type TextDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type NodeFormatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams } from 'vscode-languageserver';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { linesWithUnpairedQuotes } from '../validation/lexical-checks.js';

/**
 * The canonical layout of a .rubric file, the one `rubric fmt` writes and the editor's "Format Document"
 * applies:
 * - two-space indentation whatever the editor's tab settings, so both give the same bytes;
 * - one member per line inside the rubric and a node; at most one blank line kept between members,
 *   none after `{` or before `}`; a node body written on one line with a single member stays so
 *   (`item 8.1 "…" max 7 { survey }`);
 * - a scoring block (`choice`, `yesno`, `deadline`, `bands`), `grades` or `adjustments` written on one
 *   line stays on one line as `choice { "A": 1  "B": 0 }` (two spaces between entries); written over
 *   several lines, one entry a line;
 * - single spaces between the words of a line, `"label": 1` and `>= 90%: 2`, `min(a, b)`, `a + b`;
 *   a line the author broke inside a declaration (a long `evidence` or node header) stays broken,
 *   as a continuation indented one level deeper;
 * - comments stay where they are: one starting a line is indented with it, one after code sits one
 *   space after it.
 * Layout decisions depend only on the tokens and on which blocks sit on one line, so formatting twice
 * changes nothing the second time.
 */
export class RubricFormatter extends AbstractFormatter {
    /** A string without its closing quote swallows the rest of its line: moving tokens could change meaning. */
    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return hasUnterminatedString(document.textDocument.getText()) ? [] : super.formatDocument(document, params);
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return hasUnterminatedString(document.textDocument.getText()) ? [] : super.formatDocumentRange(document, params);
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, CANONICAL_OPTIONS, range);
        return range ? edits : [...edits, ...this.tidyEdges(document)];
    }

    /**
     * Two rules may produce an edit for the same gap (a token's append and the comment that follows it);
     * Langium drops overlapping ones but keeps two insertions at one point, which would double them.
     */
    protected override avoidOverlappingEdits(textDocument: TextDocument, textEdits: TextEdit[]): TextEdit[] {
        const distinct: TextEdit[] = [];
        for (const edit of textEdits) {
            const last = distinct[distinct.length - 1];
            if (last && sameRange(last.range, edit.range)) distinct[distinct.length - 1] = edit;
            else distinct.push(edit);
        }
        return super.avoidOverlappingEdits(textDocument, distinct);
    }

    protected format(node: AstNode): void {
        if (ast.isRubricFile(node)) this.formatFile(node);
        else if (ast.isRubric(node)) this.formatRubric(node);
        else if (ast.isNode(node)) this.formatNode(node);
        else if (isShapeKeepingBlock(node)) this.formatShapeKeepingBlock(node);
        else if (ast.isMetric(node)) this.formatMetric(node);
        else if (ast.isEvidence(node)) this.formatEvidence(node);
        else if (ast.isRequirement(node)) this.formatRequirement(node);
        else if (ast.isOutcome(node) || ast.isYesNoOutcome(node) || ast.isDeadlineOutcome(node) || ast.isBand(node)) {
            this.formatLabelled(node);
        } else if (ast.isBinaryExpression(node)) {
            this.getNodeFormatter(node).property('operator').surround(Formatting.oneSpace());
        } else if (ast.isUnaryExpression(node)) {
            this.getNodeFormatter(node).property('operator').append(node.operator === 'not' ? Formatting.oneSpace() : Formatting.noSpace());
        } else if (ast.isCall(node)) {
            this.formatCall(node);
        } else {
            this.spaceWords(node);
        }
        this.formatParentheses(node);
    }

    /** Top-level imports, definitions and the rubric start at column 0; one blank line at most between them. */
    private formatFile(file: ast.RubricFile): void {
        const formatter = this.getNodeFormatter(file);
        const elements: AstNode[] = [...file.imports, ...file.definitions, ...file.rubrics];
        elements.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        for (const element of elements) {
            formatter.node(element).prepend(startsFile(element) ? Formatting.noSpace() : MEMBER_AT_TOP);
        }
        // comments between top-level elements start at column 0 too
        const hidden = (file.$cstNode as { content?: CstNode[] } | undefined)?.content?.filter((n) => n.hidden && !startsText(n)) ?? [];
        formatter.cst(hidden).prepend(Formatting.noIndent());
    }

    /** `rubric X "t" {`, members one a line below. */
    private formatRubric(rubric: ast.Rubric): void {
        this.spaceWords(rubric);
        this.formatMultilineBlock(this.getNodeFormatter(rubric));
    }

    private formatNode(node: ast.Node): void {
        const formatter = this.getNodeFormatter(node);
        formatter.property('code').prepend(Formatting.oneSpace());
        formatter.property('title').prepend(Formatting.oneSpace());
        formatter.nodes(...node.properties, ...node.unknown).prepend(WORD_OR_CONTINUATION);
        formatter.keyword('{').prepend(Formatting.oneSpace());
        if (isOneLineSingleMember(node)) {
            // `item 8.1 "…" max 7 { survey }`, as the published tables read
            const interior = formatter.interior(formatter.keyword('{'), formatter.keyword('}'));
            interior.prepend(Formatting.oneSpace());
            formatter.keyword('}').prepend(Formatting.oneSpace());
        } else {
            this.formatMultilineBlock(formatter);
        }
    }

    /** Members between `{` and `}` one a line, indented; blank lines between them kept (one at most). */
    private formatMultilineBlock(formatter: NodeFormatter<AstNode>): void {
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (open.nodes.length !== 1 || close.nodes.length !== 1) return;
        formatter.keyword('{').prepend(Formatting.oneSpace());
        const interior = formatter.interior(open, close);
        interior.prepend(MEMBER_INDENTED);
        interior.slice(0, 1).prepend(Formatting.indent());
        close.prepend(Formatting.newLine());
    }

    /** A scoring block, `grades` or `adjustments` keeps the shape its author chose: one line, or one entry a line. */
    private formatShapeKeepingBlock(node: ShapeKeepingBlock): void {
        const formatter = this.getNodeFormatter(node);
        this.spaceWords(node);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (open.nodes.length !== 1 || close.nodes.length !== 1) return;
        open.prepend(Formatting.oneSpace());
        const oneLine = open.nodes[0].range.start.line === close.nodes[0].range.start.line;
        if (!oneLine) {
            this.formatMultilineBlock(formatter);
            return;
        }
        const interior = formatter.interior(open, close);
        interior.prepend(Formatting.spaces(2));
        interior.slice(0, 1).prepend(Formatting.oneSpace());
        close.prepend(Formatting.oneSpace());
    }

    /** `metric onTime percent "Tỷ lệ…"`, `metric level oneOf ("Tốt", "Khá") "Mức độ"`. */
    private formatMetric(metric: ast.Metric): void {
        const formatter = this.getNodeFormatter(metric);
        formatter.property('name').prepend(Formatting.oneSpace());
        formatter.property('type').prepend(Formatting.oneSpace());
        formatter.keyword('(').prepend(Formatting.oneSpace());
        this.formatList(formatter);
        formatter.property('title').prepend(WORD_OR_CONTINUATION);
    }

    private formatEvidence(evidence: ast.Evidence): void {
        const formatter = this.getNodeFormatter(evidence);
        formatter.property('name').prepend(Formatting.oneSpace());
        formatter.property('title').prepend(Formatting.oneSpace());
        formatter.nodes(...evidence.properties, ...evidence.unknown).prepend(WORD_OR_CONTINUATION);
    }

    /** `requires a, b or explanation missing cap 1`; a long list may continue on the next line. */
    private formatRequirement(requirement: ast.Requirement): void {
        const formatter = this.getNodeFormatter(requirement);
        formatter.keywords(',').prepend(Formatting.noSpace());
        formatter.nodes(...requirement.evidence).prepend(WORD_OR_CONTINUATION);
        formatter.keywords('or', 'explanation', 'missing').prepend(WORD_OR_CONTINUATION);
        if (requirement.effect) formatter.node(requirement.effect).prepend(Formatting.oneSpace());
    }

    /** `"Ban hành": 1`, `yes "Có": 1`, `onTime: 1`, `>= 90%: 2`, `else: 0`. */
    private formatLabelled(node: ast.Outcome | ast.YesNoOutcome | ast.DeadlineOutcome | ast.Band): void {
        const formatter = this.getNodeFormatter(node);
        const colon = formatter.keyword(':');
        for (const leaf of wordsOf(node)) {
            if (leaf === colon.nodes[0] || leaf === firstWord(node)) continue;
            formatter.cst([leaf]).prepend(Formatting.oneSpace());
        }
        colon.prepend(Formatting.noSpace());
    }

    private formatCall(call: ast.Call): void {
        const formatter = this.getNodeFormatter(call);
        formatter.keyword('(').prepend(Formatting.noSpace());
        this.formatList(formatter);
    }

    /** `(a, b)`: nothing inside the parentheses' edges, a space after each comma. */
    private formatList(formatter: NodeFormatter<AstNode>): void {
        formatter.keywords(',').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        formatter.keywords('(').append(Formatting.noSpace());
        formatter.keywords(')').prepend(Formatting.noSpace());
    }

    /** Parentheses around a sub-expression hug it: `(a + b) * 2`. */
    private formatParentheses(node: AstNode): void {
        if (!isExpression(node) || ast.isCall(node)) return;
        const formatter = this.getNodeFormatter(node);
        formatter.keywords('(').append(Formatting.noSpace());
        formatter.keywords(')').prepend(Formatting.noSpace());
    }

    /** The node's own words (not its children's) one space apart, after its first word. */
    private spaceWords(node: AstNode): void {
        const own = wordsOf(node);
        const first = firstWord(node);
        const formatter = this.getNodeFormatter(node);
        formatter.cst(own.filter((leaf) => leaf !== first && !isBrace(leaf))).prepend(Formatting.oneSpace());
        // children inside the node's braces are members, laid out by the block rules
        const bodyStart = own.find((leaf) => leaf.text === '{')?.offset ?? Infinity;
        for (const child of childNodesOf(node)) {
            const cst = child.$cstNode;
            if (!cst || cst === first || cst.offset > bodyStart) continue;
            formatter.node(child).prepend(Formatting.oneSpace());
        }
    }

    /**
     * No blank lines before the first element, exactly one line break at the end of the file, one space
     * before a comment that follows code and none after a line comment: the AST-driven rules leave the
     * text around comments alone.
     */
    private tidyEdges(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        const edits: TextEdit[] = [];
        const root = document.parseResult.value.$cstNode;
        if (!root) return edits;
        let previous: CstNode | undefined;
        for (const leaf of CstUtils.streamCst(root)) {
            if (!('tokenType' in leaf)) continue;
            const before = previous;
            previous = leaf;
            if (!leaf.hidden) continue;
            if (before && before.range.end.line === leaf.range.start.line && text.slice(before.end, leaf.offset) !== ' ') {
                // a comment after code on its line sits one space after it
                const start = document.textDocument.positionAt(before.end);
                edits.push({ range: { start, end: leaf.range.start }, newText: ' ' });
            }
            const trimmed = leaf.text.replace(/[ \t]+$/, '');
            if (trimmed.length < leaf.text.length) {
                const start = document.textDocument.positionAt(leaf.offset + trimmed.length);
                const end = document.textDocument.positionAt(leaf.end);
                edits.push({ range: { start, end }, newText: '' });
            }
        }
        const first = CstUtils.streamCst(root).find((node) => 'tokenType' in node);
        const leading = text.length - text.trimStart().length;
        if (first?.hidden && leading > 0) {
            edits.push({ range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(leading) }, newText: '' });
        }
        const contentEnd = text.replace(/\s+$/, '').length;
        if (text.slice(contentEnd) !== '\n') {
            const start = document.textDocument.positionAt(contentEnd);
            const end = document.textDocument.positionAt(text.length);
            edits.push({ range: { start, end }, newText: contentEnd === 0 ? '' : '\n' });
        }
        return edits;
    }
}

type ShapeKeepingBlock = ast.Choice | ast.YesNo | ast.Deadline | ast.Bands | ast.Grades | ast.Adjustments;

function isShapeKeepingBlock(node: AstNode): node is ShapeKeepingBlock {
    return (
        ast.isChoice(node) || ast.isYesNo(node) || ast.isDeadline(node) || ast.isBands(node) || ast.isGrades(node)
        || ast.isAdjustments(node)
    );
}

const CANONICAL_OPTIONS: FormattingOptions = { tabSize: 2, insertSpaces: true };

/** A member on its own line, indented; one blank line before it is kept, more collapse to one. */
const MEMBER_INDENTED: FormattingAction = Formatting.fit(Formatting.indent(), {
    options: {},
    moves: [{ tabs: 1, lines: 2 }],
});

const MEMBER_AT_TOP: FormattingAction = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));

/** On the same line one space apart, or, where the author broke the line, one level deeper. */
const WORD_OR_CONTINUATION: FormattingAction = Formatting.fit(Formatting.oneSpace(), Formatting.indent());

/** A node body written on one line with a single member and no comment. */
function isOneLineSingleMember(node: ast.Node): boolean {
    const words = wordsOf(node);
    const open = words.find((leaf) => leaf.text === '{');
    const close = words.findLast((leaf) => leaf.text === '}');
    if (!open || !close || node.members.length !== 1) return false;
    if (open.range.start.line !== close.range.start.line) return false;
    return !/\/\/|\/\*/.test(open.root.fullText.slice(open.end, close.offset).replace(/"(?:\\.|[^"\\\r\n])*"/g, '""'));
}

function isExpression(node: AstNode): boolean {
    return (
        ast.isBinaryExpression(node) || ast.isUnaryExpression(node) || ast.isCall(node) || ast.isMetricRef(node)
        || ast.isNumberLiteral(node) || ast.isStringLiteral(node) || ast.isBooleanLiteral(node)
    );
}

function isBrace(leaf: CstNode): boolean {
    return leaf.text === '{' || leaf.text === '}';
}

function startsFile(node: AstNode): boolean {
    return node.$cstNode !== undefined && startsText(node.$cstNode);
}

function startsText(cst: CstNode): boolean {
    return cst.root.fullText.slice(0, cst.offset).trim() === '';
}

/** The node's own tokens: leaves whose AST node is this node, outside any child node. */
function wordsOf(node: AstNode): CstNode[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const result: CstNode[] = [];
    const iterator = CstUtils.streamCst(cst).iterator();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const current = next.value;
        if (current.astNode !== node) {
            iterator.prune();
            continue;
        }
        if (!current.hidden && 'tokenType' in current) result.push(current);
    }
    return result;
}

function firstWord(node: AstNode): CstNode | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    for (const leaf of CstUtils.streamCst(cst)) {
        if (!leaf.hidden && 'tokenType' in leaf) return leaf.astNode === node ? leaf : undefined;
    }
    return undefined;
}

function childNodesOf(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const value of Object.values(node)) {
        if (Array.isArray(value)) children.push(...value.filter(isAstNodeValue));
        else if (isAstNodeValue(value)) children.push(value);
    }
    return children.filter((child) => child.$container === node);
}

function isAstNodeValue(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && '$type' in value;
}

/** A string without its closing quote (the grammar lets it parse so that the validator can say so). */
export function hasUnterminatedString(text: string): boolean {
    return linesWithUnpairedQuotes(text).size > 0;
}

function sameRange(a: Range, b: Range): boolean {
    return (
        a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line
        && a.end.character === b.end.character
    );
}
