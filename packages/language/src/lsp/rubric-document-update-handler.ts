import { URI, UriUtils } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'langium';

/**
 * Rebuilds what an edit changed, for rubric files only: the editor also sends the assessments it has
 * open (JSON, YAML), which the assessment checker reads; built as rubrics they would only fail.
 */
export class RubricDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        if (this.isRubric(change.document.uri)) super.didChangeContent(change);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        // a folder (no extension) may hold rubrics: it stays
        super.didChangeWatchedFiles({ changes: params.changes.filter((c) => this.isRubric(c.uri) || UriUtils.extname(URI.parse(c.uri)) === '') });
    }

    private isRubric(uri: string): boolean {
        return this.serviceRegistry.hasServices(URI.parse(uri));
    }
}
