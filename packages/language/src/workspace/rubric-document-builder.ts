import {
    DefaultDocumentBuilder,
    DocumentState,
    type AstNode,
    type BuildOptions,
    type Cancellation,
    type LangiumDocument,
    type URI,
} from 'langium';
import type { RubricCoreServices } from '../rubric-services.js';

/**
 * Langium's document builder with two changes. A document reported as changed whose text is the one it
 * was parsed from keeps its parse and links and is only validated again: opening a file in the editor is
 * such a change, the workspace's start-up having parsed and linked it from disk already (a 10,000-line
 * rubric would otherwise be unlinked and linked once more before its first diagnostics). And the leaves'
 * kept findings (validation/leaf-findings.ts) are dropped unless the update is edits to open files, which
 * the document factory drops them for when it has to parse a file in full.
 */
export class RubricDocumentBuilder extends DefaultDocumentBuilder {
    override async build<T extends AstNode>(
        documents: Array<LangiumDocument<T>>,
        options?: BuildOptions,
        cancelToken?: Cancellation.CancellationToken,
    ): Promise<void> {
        this.forgetLeafFindings();
        return super.build(documents, options, cancelToken);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const edits = deleted.length === 0 && changed.every((uri) => this.langiumDocuments.hasDocument(uri) && this.textDocuments?.get(uri.toString()));
        if (!edits) this.forgetLeafFindings();
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

    private forgetLeafFindings(): void {
        for (const services of this.serviceRegistry.all) (services as Partial<RubricCoreServices>).validation?.LeafFindings?.forget();
    }
}
