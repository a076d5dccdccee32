import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { formatFixed } from '../decimal/fixed.js';
import * as ast from '../generated/ast.js';
import { nodeMax } from '../ast/rubric-queries.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { kindName } from './branch-figures.js';
import { lspText } from './lsp-text.js';

/** Long titles (whole sentences in real rubrics) are cut at a word so the outline stays readable. */
const TITLE_LIMIT = 80;

/**
 * The outline reads like the published table: the rubric's metrics and its evidence each folded under one
 * heading, then "1 Công tác chỉ đạo, điều hành CCHC (18,5)" with its criteria and sub-criteria below, then
 * adjustments and grades.
 */
export class RubricDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        this.i18n = services.i18n;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        return ast.isRubricFile(root) ? [...this.grouped(root.definitions), ...root.rubrics.flatMap((n) => this.symbolsOf(n))] : [];
    }

    /** Metrics, then evidence, each under one heading, then the rest (the tree, adjustments, grades) in order. */
    private grouped(members: readonly AstNode[]): DocumentSymbol[] {
        const locale = this.i18n.locale;
        const group = (key: 'outlineMetrics' | 'outlineEvidence', kind: SymbolKind, nodes: AstNode[]): DocumentSymbol[] => {
            const children = nodes.flatMap((n) => this.symbolsOf(n));
            if (children.length === 0) return [];
            const range = { start: children[0].range.start, end: children[children.length - 1].range.end };
            return [{ name: lspText(locale, key), kind, range, selectionRange: children[0].selectionRange, children }];
        };
        return [
            ...group('outlineMetrics', SymbolKind.Package, members.filter(ast.isMetric)),
            ...group('outlineEvidence', SymbolKind.Package, members.filter(ast.isEvidence)),
            ...members.filter((m) => !ast.isMetric(m) && !ast.isEvidence(m)).flatMap((m) => this.symbolsOf(m)),
        ];
    }

    private symbolsOf(node: AstNode): DocumentSymbol[] {
        const locale = this.i18n.locale;
        if (ast.isRubric(node)) {
            return symbol(node, node.title ? `${node.name} ${node.title}` : node.name, SymbolKind.Module, 'name', undefined, this.grouped(node.members));
        }
        if (ast.isNode(node)) {
            const max = nodeMax(node);
            const name = `${node.code} ${shorten(node.title ?? '')}${max === undefined ? '' : ` (${formatFixed(max, locale)})`}`;
            const kind = node.kind === 'field' ? SymbolKind.Namespace : node.kind === 'criterion' ? SymbolKind.Class : SymbolKind.Field;
            return symbol(node, name, kind, 'code', kindName(node.kind, locale), node.members.flatMap((m) => this.symbolsOf(m)));
        }
        if (ast.isMetric(node)) return symbol(node, node.name, SymbolKind.Variable, 'name', shorten(node.title ?? node.type ?? ''));
        if (ast.isEvidence(node)) return symbol(node, node.name, SymbolKind.File, 'name', shorten(node.title ?? ''));
        if (ast.isAdjustments(node)) {
            const entries = node.entries.flatMap((e) => symbol(e, `${e.kind} ${shorten(e.title ?? '')}`, SymbolKind.Constant, 'kind'));
            return symbol(node, 'adjustments', SymbolKind.Object, undefined, undefined, entries);
        }
        if (ast.isGrades(node)) {
            const grades = node.grades.flatMap((g) => symbol(g, g.name, SymbolKind.EnumMember, 'name', g.otherwise ? 'otherwise' : `${g.operator} ${g.threshold}`));
            return symbol(node, 'grades', SymbolKind.Enum, undefined, undefined, grades);
        }
        return [];
    }
}

function symbol(
    node: AstNode,
    name: string,
    kind: SymbolKind,
    selection: string | undefined,
    detail?: string,
    children?: DocumentSymbol[],
): DocumentSymbol[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const selected: CstNode = (selection && GrammarUtils.findNodeForProperty(cst, selection)) || cst;
    return [{ name: name.trim() || '?', kind, detail, range: cst.range, selectionRange: selected.range, children: children?.length ? children : undefined }];
}

function shorten(title: string): string {
    if (title.length <= TITLE_LIMIT) return title;
    const cut = title.slice(0, TITLE_LIMIT);
    const space = cut.lastIndexOf(' ');
    return `${(space > TITLE_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
