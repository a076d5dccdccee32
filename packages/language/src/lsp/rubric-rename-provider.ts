import { AstUtils, CstUtils, GrammarUtils, URI, UriUtils, type LangiumDocument, type LangiumDocuments, type LeafCstNode, type MaybePromise } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type RenameParams, type TextDocumentPositionParams } from 'vscode-languageserver';
import type { AnnotatedTextEdit, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { CODE_SHAPE } from '../validation/figures.js';
import { codeRenameEdits } from './code-rename.js';
import { dataFileEdits, type DataFileServices, type DataRename } from './data-file-rename.js';
import { lspText } from './lsp-text.js';

/** The change annotation that groups a rename's edits of data files in the refactor preview. */
const DATA_ANNOTATION = 'par-rubric.data-files';

const NAME_SHAPE = /^[_a-zA-Z]\w*$/;
/** LSP's InvalidParams: the editor shows the message and keeps the old name. */
const INVALID_PARAMS = -32602;

/**
 * Metrics and evidence rename through Langium's references (in this file and in every file that imports
 * it); a node's code renames with its descendants' codes (1.2 → 1.3 makes 1.2.1 → 1.3.1). The same edit
 * renames them in the workspace's assessments, results and test files of the renamed rubrics.
 */
export class RubricRenameProvider extends DefaultRenameProvider {
    private readonly i18n: I18nSettings;
    private readonly services: RubricServices;
    private readonly documents: LangiumDocuments;
    /** Whether the client takes versioned document edits with change annotations (VS Code does). */
    private annotatedEdits = false;

    constructor(services: RubricServices) {
        super(services);
        this.i18n = services.i18n;
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
        // Langium constructs every service before it tells them of the initialize request
        services.shared.lsp.LanguageServer.onInitialize((params) => {
            const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
            this.annotatedEdits = Boolean(workspaceEdit?.documentChanges && workspaceEdit.changeAnnotationSupport);
        });
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const locale = this.i18n.locale;
        const node = this.codeAt(document, params.position);
        if (node) {
            const edits = codeRenameEdits(node, params.newName);
            if (!edits) throw new ResponseError(INVALID_PARAMS, lspText(locale, 'renameBadCode', { name: params.newName }));
            return this.withDataFiles({ changes: { [document.textDocument.uri]: edits } }, { kind: 'code', from: node.code, to: params.newName });
        }
        if (!NAME_SHAPE.test(params.newName)) {
            throw new ResponseError(INVALID_PARAMS, lspText(locale, 'renameBadName', { name: params.newName }));
        }
        const edit = await super.rename(document, params, cancelToken);
        const target = this.declarationAt(document, params.position);
        if (!edit || !target) return edit;
        return this.withDataFiles(edit, { kind: ast.isMetric(target) ? 'metric' : 'evidence', from: target.name, to: params.newName });
    }

    /** The edit with the assessments, results and test files of the rubrics it renames in; files it would leave stale are asked about first. */
    private async withDataFiles(edit: WorkspaceEdit, rename: DataRename): Promise<WorkspaceEdit> {
        const folders = (this.services.shared.workspace.WorkspaceManager.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri));
        const rubrics = [...Object.keys(edit.changes ?? {})]
            .map((uri) => this.documents.getDocument(URI.parse(uri))?.parseResult.value)
            .filter(ast.isRubricFile)
            .filter((file) => file.rubrics.length > 0);
        if (folders.length === 0 || rubrics.length === 0) return edit;
        const ids = new Set(rubrics.flatMap((file) => file.rubrics.map((rubric) => rubric.name)));
        const files = rubrics.map((file) => AstUtils.getDocument(file).uri);
        const services: DataFileServices = { fileSystem: this.services.shared.workspace.FileSystemProvider, openDocuments: this.services.shared.workspace.TextDocuments };
        const data = await dataFileEdits(services, folders, { ids, files }, rename);
        if (data.notEdited.length > 0) await this.confirmStale(rename, data.notEdited.map((uri) => displayName(folders, uri)).join(', '));
        if (this.annotatedEdits) return this.annotated(edit.changes ?? {}, data.changes, ids);
        return { changes: { ...edit.changes, ...data.changes } };
    }

    /**
     * Before anything is applied, asks whether to rename although these files will keep the old name
     * (spreadsheets, files that do not parse); anything but "rename anyway" cancels the rename.
     */
    private async confirmStale(rename: DataRename, files: string): Promise<void> {
        const connection = this.services.shared.lsp.Connection;
        if (!connection) return;
        const locale = this.i18n.locale;
        const anyway = lspText(locale, 'renameAnyway', {});
        const chosen = await connection.window.showWarningMessage(lspText(locale, 'renameStaleAsk', { from: rename.from, files }), { title: anyway }, { title: lspText(locale, 'renameCancel', {}) });
        if (chosen?.title !== anyway) throw new ResponseError(LSPErrorCodes.RequestCancelled, lspText(locale, 'renameCancelled', { from: rename.from }));
    }

    /**
     * The edit as a client that shows change annotations gets it: versioned document edits, the data
     * files' grouped under one label, so that the refactor preview (Shift+Enter in the rename box) lists
     * them apart from the rubric's own.
     */
    private annotated(rubricChanges: Record<string, TextEdit[]>, dataChanges: Record<string, TextEdit[]>, ids: ReadonlySet<string>): WorkspaceEdit {
        const dataFiles = Object.keys(dataChanges).length;
        const textDocumentEdit = (uri: string, edits: TextEdit[], annotationId: string | undefined): TextDocumentEdit => ({
            textDocument: { uri, version: this.services.shared.workspace.TextDocuments?.get(uri)?.version ?? null },
            edits: annotationId ? edits.map((e): AnnotatedTextEdit => ({ ...e, annotationId })) : edits,
        });
        const documentChanges = [
            ...Object.entries(rubricChanges).map(([uri, edits]) => textDocumentEdit(uri, edits, undefined)),
            ...Object.entries(dataChanges).map(([uri, edits]) => textDocumentEdit(uri, edits, DATA_ANNOTATION)),
        ];
        if (dataFiles === 0) return { documentChanges };
        const label = lspText(this.i18n.locale, 'renameDataFiles', { rubric: [...ids].join(', '), count: dataFiles });
        return { documentChanges, changeAnnotations: { [DATA_ANNOTATION]: { label, needsConfirmation: false } } };
    }

    /** The metric or evidence declaration the name under the cursor is, or refers to. */
    private declarationAt(document: LangiumDocument, position: { line: number; character: number }): ast.Metric | ast.Evidence | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const target = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
        return ast.isMetric(target) || ast.isEvidence(target) ? target : undefined;
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

/** A file as the user knows it: its path in the workspace folder that holds it. */
function displayName(folders: readonly URI[], uri: URI): string {
    const folder = folders.find((candidate) => UriUtils.contains(candidate, uri));
    return folder ? UriUtils.relative(folder, uri) : uri.fsPath;
}
