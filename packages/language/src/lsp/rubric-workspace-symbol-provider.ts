import { GrammarUtils, UriUtils, type AstNode, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { withoutMarks } from '../i18n/plain-letters.js';
import { rubricEvidence, rubricMetrics, walkNodes } from '../ast/rubric-queries.js';

/** Lower case without tone marks, đ as d: "Kế hoạch" and "ke hoach" find the same items. */
function searchable(text: string): string {
    return withoutMarks(text).toLowerCase();
}

const NODE_KINDS: Record<string, SymbolKind> = { field: SymbolKind.Namespace, criterion: SymbolKind.Class, item: SymbolKind.Field };

/**
 * Ctrl+T across every rubric file of the workspace: a node by its code or any words of its title
 * ("1.1.2", "Kế hoạch"), a metric or evidence by its name or title, a rubric by its id or title.
 */
export class RubricWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
    }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const words = searchable(params.query).split(/\s+/).filter((w) => w !== '');
        const matches = (text: string) => {
            const haystack = searchable(text);
            return words.every((word) => haystack.includes(word));
        };
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (!ast.isRubricFile(root)) continue;
            const uri = document.uri.toString();
            const file = UriUtils.basename(document.uri);
            const add = (node: AstNode, name: string, kind: SymbolKind, selection: string, containerName: string) => {
                const cst = node.$cstNode;
                if (!cst || !matches(name)) return;
                const range = (GrammarUtils.findNodeForProperty(cst, selection) ?? cst).range;
                symbols.push({ name, kind, containerName, location: { uri, range } });
            };
            const declarations = (container: string, metrics: ast.Metric[], evidence: ast.Evidence[]) => {
                for (const m of metrics) add(m, m.title ? `${m.name} ${m.title}` : m.name, SymbolKind.Variable, 'name', container);
                for (const e of evidence) add(e, e.title ? `${e.name} ${e.title}` : e.name, SymbolKind.File, 'name', container);
            };
            declarations(file, root.definitions.filter(ast.isMetric), root.definitions.filter(ast.isEvidence));
            for (const rubric of root.rubrics) {
                const container = rubric.name ? `${rubric.name} · ${file}` : file;
                add(rubric, rubric.title ? `${rubric.name} ${rubric.title}` : rubric.name, SymbolKind.Module, 'name', file);
                declarations(container, rubricMetrics(rubric), rubricEvidence(rubric));
                for (const { node } of walkNodes(rubric)) {
                    add(node, `${node.code ?? ''} ${node.title ?? ''}`.trim(), NODE_KINDS[node.kind] ?? SymbolKind.Field, 'code', container);
                }
            }
        }
        return symbols;
    }
}
