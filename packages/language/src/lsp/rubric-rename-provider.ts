import { CstUtils, GrammarUtils, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type CancellationToken, type RenameParams, type TextDocumentPositionParams } from 'vscode-languageserver';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { CODE_SHAPE } from '../validation/figures.js';
import { codeRenameEdits } from './code-rename.js';
import { lspText } from './lsp-text.js';

const NAME_SHAPE = /^[_a-zA-Z]\w*$/;
/** LSP's InvalidParams: the editor shows the message and keeps the old name. */
const INVALID_PARAMS = -32602;

/**
 * Metrics and evidence rename through Langium's references (in this file and in every file that imports
 * it); a node's code renames with its descendants' codes (1.2 → 1.3 makes 1.2.1 → 1.3.1).
 */
export class RubricRenameProvider extends DefaultRenameProvider {
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        super(services);
        this.i18n = services.i18n;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const locale = this.i18n.locale;
        const node = this.codeAt(document, params.position);
        if (node) {
            const edits = codeRenameEdits(node, params.newName);
            if (!edits) throw new ResponseError(INVALID_PARAMS, lspText(locale, 'renameBadCode', { name: params.newName }));
            return { changes: { [document.textDocument.uri]: edits } };
        }
        if (!NAME_SHAPE.test(params.newName)) {
            throw new ResponseError(INVALID_PARAMS, lspText(locale, 'renameBadName', { name: params.newName }));
        }
        return super.rename(document, params, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, cancelToken?: CancellationToken): MaybePromise<Range | undefined> {
        const node = this.codeAt(document, params.position);
        if (node) return GrammarUtils.findNodeForProperty(node.$cstNode, 'code')?.range;
        return super.prepareRename(document, params, cancelToken);
    }

    /** The tree node whose code is under the cursor. */
    private codeAt(document: LangiumDocument, position: { line: number; character: number }): ast.Node | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf: LeafCstNode | undefined = CstUtils.findDeclarationNodeAtOffset(
            root,
            document.textDocument.offsetAt(position),
            this.grammarConfig.nameRegexp,
        );
        const node = leaf?.astNode;
        if (!leaf || !ast.isNode(node) || GrammarUtils.findNodeForProperty(node.$cstNode, 'code') !== leaf) return undefined;
        return CODE_SHAPE.test(node.code) ? node : undefined;
    }
}
