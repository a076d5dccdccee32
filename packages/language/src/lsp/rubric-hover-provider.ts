import { AstUtils, CstUtils, GrammarAST, UriUtils, type AstNode, type CstNode, type GrammarConfig, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { ReferenceLinks } from '../reference/section-links.js';
import type { RubricServices } from '../rubric-services.js';
import { keywordHoverText, type KeywordSection } from './keyword-hover-text.js';
import { keywordSection } from './keyword-section.js';
import { lspText, type TextKey } from './lsp-text.js';
import { describeNode, escapeMarkdown, evidenceDetails } from './node-hover-text.js';

/**
 * Hover on a node's header (its kind, code, title, max or lead) describes the node; hover on a metric or
 * evidence name — where declared or where used, in this file or an imported one — shows its declaration;
 * hover on a keyword explains it, with a link to its section of the language reference.
 */
export class RubricHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly grammarConfig: GrammarConfig;
    private readonly i18n: I18nSettings;
    private readonly reference: ReferenceLinks;

    constructor(services: RubricServices) {
        this.references = services.references.References;
        this.grammarConfig = services.parser.GrammarConfig;
        this.i18n = services.i18n;
        this.reference = services.reference;
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
        const parts = [node ? describeNode(node, locale) : undefined, this.describeKeyword(leaf, locale)].filter((p) => p !== undefined);
        return parts.length > 0 ? markdown(parts.join('\n\n---\n\n')) : undefined;
    }

    private describeKeyword(leaf: CstNode, locale: Locale): string | undefined {
        const keyword = leaf.grammarSource;
        // a keyword the grammar lets stand as a name (a metric called `late`) is that name here
        if (!GrammarAST.isKeyword(keyword) || AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'Name') return undefined;
        const section = keywordSection(keyword.value, leaf.astNode) as KeywordSection | undefined;
        if (section === undefined) return undefined;
        const parts = [keywordHoverText(locale, 'heading', { keyword: keyword.value }), keywordHoverText(locale, section)];
        const link = this.reference.sectionLink?.(locale, section);
        if (link) parts.push(`[${keywordHoverText(locale, 'readMore')}](${link})`);
        return parts.join('\n\n');
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
