import { AstUtils, CstUtils, UriUtils, type AstNode, type GrammarConfig, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { lspText, type TextKey } from './lsp-text.js';
import { describeNode, escapeMarkdown, evidenceDetails } from './node-hover-text.js';

/**
 * Hover on a node's header (its kind, code, title, max or lead) describes the node; hover on a metric or
 * evidence name — where declared or where used, in this file or an imported one — shows its declaration.
 */
export class RubricHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly grammarConfig: GrammarConfig;
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        this.references = services.references.References;
        this.grammarConfig = services.parser.GrammarConfig;
        this.i18n = services.i18n;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.hidden) return undefined;
        const locale = this.i18n.locale;
        const declaration = this.references.findDeclarations(leaf).find((n) => ast.isMetric(n) || ast.isEvidence(n));
        if (declaration) return markdown(describeDeclaration(declaration as ast.Metric | ast.Evidence, document, locale));
        const node = headerOwner(leaf.astNode);
        return node ? markdown(describeNode(node, locale)) : undefined;
    }
}

/** The tree node whose header line this AST node belongs to (the node itself or one of its properties). */
function headerOwner(node: AstNode): ast.Node | undefined {
    if (ast.isNode(node)) return node;
    if ((ast.isNodeProperty(node) || ast.isUnknownWord(node)) && ast.isNode(node.$container)) return node.$container;
    return undefined;
}

function describeDeclaration(declaration: ast.Metric | ast.Evidence, from: LangiumDocument, locale: Locale): string {
    const parts: string[] = [];
    if (ast.isMetric(declaration)) {
        parts.push(lspText(locale, 'metricHeading', { name: declaration.name, type: typeName(declaration.type, locale) }));
        if (declaration.title) parts.push(escapeMarkdown(declaration.title));
        if (declaration.options.length > 0) {
            parts.push(lspText(locale, 'metricOptions', { options: declaration.options.map((o) => `"${escapeMarkdown(o)}"`).join(', ') }));
        }
    } else {
        parts.push(lspText(locale, 'evidenceDeclHeading', { name: declaration.name, title: escapeMarkdown(declaration.title ?? '') }));
        const details = evidenceDetails(declaration, locale);
        if (details.length > 0) parts.push(details.join(' · '));
    }
    const home = AstUtils.getDocument(declaration);
    if (home.uri.toString() !== from.uri.toString()) {
        parts.push(lspText(locale, 'declaredIn', { file: `\`${UriUtils.basename(home.uri)}\`` }));
    }
    return parts.join('\n\n');
}

const TYPE_KEYS: Record<string, TextKey> = {
    percent: 'typePercent',
    ratio: 'typeRatio',
    count: 'typeCount',
    number: 'typeNumber',
    date: 'typeDate',
    yesno: 'typeYesno',
    oneOf: 'typeOneOf',
};

function typeName(type: string | undefined, locale: Locale): string {
    const key = type === undefined ? undefined : TYPE_KEYS[type];
    return key ? lspText(locale, key) : (type ?? '?');
}

function markdown(value: string): Hover {
    return { contents: { kind: 'markdown', value } };
}
