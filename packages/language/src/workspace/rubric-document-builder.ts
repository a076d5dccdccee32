import { DefaultDocumentBuilder, DocumentState, type Cancellation, type LangiumDocument, type URI } from 'langium';

/**
 * Langium's document builder, except that a document reported as changed whose text is the one it was
 * parsed from keeps its parse and links and is only validated again. Opening a file in the editor is such
 * a change: the workspace's start-up has already parsed and linked it from disk, and a 10,000-line rubric
 * would otherwise be unlinked and linked once more before its first diagnostics.
 */
export class RubricDocumentBuilder extends DefaultDocumentBuilder {
    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const unchanged = changed.filter((uri) => {
            const document = this.langiumDocuments.getDocument(uri);
            return document !== undefined && document.state >= DocumentState.Linked && this.holdsItsParsedText(document);
        });
        for (const uri of unchanged) this.resetToState(this.langiumDocuments.getDocument(uri)!, DocumentState.IndexedReferences);
        return super.update(
            changed.filter((uri) => !unchanged.includes(uri)),
            deleted,
            cancelToken,
        );
    }

    /** The editor's text of the document (none when it is not open) is the text of its syntax tree. */
    private holdsItsParsedText(document: LangiumDocument): boolean {
        const open = this.textDocuments?.get(document.uri.toString());
        return open !== undefined && open.getText() === document.parseResult.value.$cstNode?.root.fullText;
    }
}
