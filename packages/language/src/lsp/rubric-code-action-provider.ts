import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { formatFixed, max as maxOf, toText, type Fixed } from '../decimal/fixed.js';
import * as ast from '../generated/ast.js';
import { childNodes, childrenSum, isLeaf, nodeProperty, rubricEvidence, rubricMetrics, scoringMethods } from '../ast/rubric-queries.js';
import type { Locale } from '../i18n/locale.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { decimalValue } from '../validation/figures.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { codeRenameEdits } from './code-rename.js';
import { lspText, type TextKey } from './lsp-text.js';

type Fix = { title: string; edits: TextEdit[] };

/** Quick fixes for the findings that have one obvious repair, keyed on the finding's issue code. */
export class RubricCodeActionProvider implements CodeActionProvider {
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        this.i18n = services.i18n;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] | undefined {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            // the first fix is the likely one: "did you mean planDoc" before "declare planDok"
            this.fixesFor(document, diagnostic).forEach((fix, i) => {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: i === 0,
                    edit: { changes: { [document.textDocument.uri]: fix.edits } },
                });
            });
        }
        return actions.length > 0 ? actions : undefined;
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): Fix[] {
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        const code = String(diagnostic.code ?? data.code ?? '');
        const locale = this.i18n.locale;
        const replace = (title: string, newText: string): Fix => ({ title, edits: [{ range: diagnostic.range, newText }] });
        const fixes: Fix[] = [];
        if (code === IssueCodes.DecimalComma && typeof data.replacement === 'string') {
            fixes.push(replace(lspText(locale, 'fixDecimalPoint', { replacement: data.replacement }), data.replacement));
        }
        if (code === IssueCodes.UnresolvedReference && typeof data.suggestion === 'string') {
            fixes.push(replace(lspText(locale, 'fixReplaceWord', { suggestion: data.suggestion }), data.suggestion));
        }
        const fix = this.fixFor(document, diagnostic);
        return fix ? [...fixes, fix] : fixes;
    }

    private fixFor(document: LangiumDocument, diagnostic: Diagnostic): Fix | undefined {
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        const code = String(diagnostic.code ?? data.code ?? '');
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
        if (!leaf) return undefined;
        const locale = this.i18n.locale;
        const node = leaf.astNode;
        switch (code) {
            case IssueCodes.ChildrenMismatch:
                return ast.isNodeProperty(node) && ast.isNode(node.$container) ? setMaxToChildren(node.$container, locale) : undefined;
            case IssueCodes.TotalMismatch:
                return ast.isTotalProperty(node) ? setTotalToFields(node, locale) : undefined;
            case IssueCodes.BandsNoElse:
                return ast.isBands(node) ? addElseBand(node, document, locale) : undefined;
            case IssueCodes.UnresolvedReference:
                return declareMissing(node, String(data.refText ?? leaf.text), document, locale);
            case IssueCodes.MetricUnused:
            case IssueCodes.EvidenceUnused:
                return ast.isMetric(node) || ast.isEvidence(node) ? removeDeclaration(node, document, locale) : undefined;
            case IssueCodes.CodeParentMismatch:
                return ast.isNode(node) && typeof data.expected === 'string' ? renameCode(node, data.expected, locale) : undefined;
            case IssueCodes.BestNotMax:
                return ast.isNode(node) ? setMaxToBest(node, locale) : undefined;
            case IssueCodes.UnknownWord:
                return typeof data.suggestion === 'string'
                    ? { title: lspText(locale, 'fixReplaceWord', { suggestion: data.suggestion }), edits: [{ range: diagnostic.range, newText: data.suggestion }] }
                    : undefined;
            default:
                return undefined;
        }
    }
}

function setMaxToChildren(node: ast.Node, locale: Locale): Fix | undefined {
    const total = childrenSum(node);
    const value = GrammarUtils.findNodeForProperty(nodeProperty(node, 'max')?.$cstNode, 'max');
    if (total === undefined || !value) return undefined;
    return { title: lspText(locale, 'fixSetMax', { code: node.code, value: formatFixed(total, locale) }), edits: [{ range: value.range, newText: toText(total) }] };
}

function setTotalToFields(property: ast.TotalProperty, locale: Locale): Fix | undefined {
    const fields = childrenSum(property.$container as ast.Rubric);
    const value = GrammarUtils.findNodeForProperty(property.$cstNode, 'value');
    if (fields === undefined || !value) return undefined;
    return { title: lspText(locale, 'fixSetTotal', { value: formatFixed(fields, locale) }), edits: [{ range: value.range, newText: toText(fields) }] };
}

/** `else: 0` after the last band: on the same line in a one-line block, on a line of its own otherwise. */
function addElseBand(bands: ast.Bands, document: LangiumDocument, locale: Locale): Fix | undefined {
    const open = GrammarUtils.findNodeForKeyword(bands.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(bands.$cstNode, '}');
    if (!open || !close) return undefined;
    const last = bands.bands[bands.bands.length - 1]?.$cstNode;
    const title = lspText(locale, 'fixAddElse');
    if (!last) return { title, edits: [{ range: { start: open.range.end, end: open.range.end }, newText: ' else: 0' }] };
    if (last.range.end.line === close.range.start.line) {
        return { title, edits: [{ range: { start: last.range.end, end: last.range.end }, newText: '  else: 0' }] };
    }
    return { title, edits: [{ range: { start: last.range.end, end: last.range.end }, newText: `\n${indentationOf(last, document)}else: 0` }] };
}

/**
 * Declares an unknown metric (or evidence) in the rubric that uses it: after the last declaration of its
 * kind, else before the first tree node. The metric's type is guessed from its use, so that the new
 * declaration does not raise a type error of its own.
 */
function declareMissing(node: AstNode, name: string, document: LangiumDocument, locale: Locale): Fix | undefined {
    const rubric = AstUtils.getContainerOfType(node, ast.isRubric);
    if (!rubric || !/^[_a-zA-Z]\w*$/.test(name)) return undefined;
    const isEvidence = ast.isEvidenceRef(node);
    const declaration = isEvidence ? `evidence ${name} "${name}"` : `metric ${name} ${guessMetricType(node)} "${name}"`;
    const title = lspText(locale, isEvidence ? 'fixDeclareEvidence' : 'fixDeclareMetric', { name });
    const sameKind: AstNode[] = isEvidence ? rubricEvidence(rubric) : rubricMetrics(rubric);
    const previous = sameKind[sameKind.length - 1] ?? (isEvidence ? rubricMetrics(rubric).at(-1) : undefined);
    if (previous?.$cstNode) {
        const at = previous.$cstNode.range.end;
        return { title, edits: [{ range: { start: at, end: at }, newText: `\n${indentationOf(previous.$cstNode, document)}${declaration}` }] };
    }
    const first = childNodes(rubric)[0]?.$cstNode;
    if (!first) return undefined;
    const indentation = indentationOf(first, document);
    const lineStart = { line: first.range.start.line, character: 0 };
    return { title, edits: [{ range: { start: lineStart, end: lineStart }, newText: `${indentation}${declaration}\n\n` }] };
}

function guessMetricType(node: AstNode): string {
    if (ast.isDeadline(node)) return 'date';
    if (ast.isDeduction(node)) return 'count';
    if (ast.isProportional(node)) return 'percent';
    if (ast.isBands(node)) return node.bands.some((b) => b.threshold?.endsWith('%')) ? 'percent' : 'number';
    const container = node.$container;
    const isCondition =
        ast.isYesNo(container)
        || (ast.isBinaryExpression(container) && (container.operator === 'and' || container.operator === 'or'))
        || (ast.isUnaryExpression(container) && container.operator === 'not');
    return isCondition ? 'yesno' : 'number';
}

/** Removes the declaration's lines, with their trailing comment, or just the declaration when it shares its line. */
function removeDeclaration(declaration: ast.Metric | ast.Evidence, document: LangiumDocument, locale: Locale): Fix | undefined {
    const cst = declaration.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const newline = text.indexOf('\n', cst.end);
    const lineEnd = newline < 0 ? text.length : newline;
    const before = text.slice(lineStart, cst.offset);
    const after = text.slice(cst.end, lineEnd).trim();
    const wholeLines = before.trim() === '' && (after === '' || after.startsWith('//'));
    const start = wholeLines ? lineStart : cst.offset;
    const end = wholeLines ? Math.min(text.length, lineEnd + 1) : cst.end + (text.slice(cst.end).match(/^[ \t]*/)?.[0].length ?? 0);
    const key: TextKey = ast.isMetric(declaration) ? 'fixRemoveMetric' : 'fixRemoveEvidence';
    const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
    return { title: lspText(locale, key, { name: declaration.name }), edits: [{ range, newText: '' }] };
}

function renameCode(node: ast.Node, expected: string, locale: Locale): Fix | undefined {
    const edits = codeRenameEdits(node, expected);
    return edits && { title: lspText(locale, 'fixRenameCode', { code: node.code, expected }), edits };
}

/** A leaf whose best outcome is not its max: the max follows the outcomes, which carry the meaning. */
function setMaxToBest(node: ast.Node, locale: Locale): Fix | undefined {
    if (!isLeaf(node)) return undefined;
    const best = bestOutcome(node);
    const value = GrammarUtils.findNodeForProperty(nodeProperty(node, 'max')?.$cstNode, 'max');
    if (best === undefined || !value) return undefined;
    return { title: lspText(locale, 'fixSetMax', { code: node.code, value: formatFixed(best, locale) }), edits: [{ range: value.range, newText: toText(best) }] };
}

function bestOutcome(node: ast.Node): Fixed | undefined {
    const method = scoringMethods(node)[0];
    let texts: (string | undefined)[] = [];
    if (ast.isChoice(method) || ast.isYesNo(method) || ast.isDeadline(method)) texts = method.outcomes.map((o) => o.points);
    else if (ast.isBands(method)) texts = method.bands.map((b) => b.points);
    let best: Fixed | undefined;
    for (const text of texts) {
        const value = decimalValue(text);
        if (value === undefined) return undefined;
        best = best === undefined ? value : maxOf(best, value);
    }
    return best;
}

/** The whitespace that starts the line the node starts on. */
function indentationOf(cst: CstNode, document: LangiumDocument): string {
    const line = document.textDocument.getText({ start: { line: cst.range.start.line, character: 0 }, end: cst.range.start });
    return line.match(/^[ \t]*/)?.[0] ?? '';
}
