import {
    DefaultLangiumDocumentFactory,
    DocumentState,
    type AstNode,
    type LangiumDocument,
    type Mutable,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseChangedNode } from '../parser/reparse-node.js';
import type { RubricCoreServices } from '../rubric-services.js';

/**
 * Langium's document factory, except that an edit inside one node of an open document re-parses that node
 * only (parser/reparse-node.ts); anything else is parsed whole, as before, and the leaves' kept findings
 * (validation/leaf-findings.ts) are dropped.
 */
export class RubricDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        if (oldText !== undefined && textDocument) {
            const text = textDocument.getText();
            const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
            if (text !== oldText && reparseChangedNode(document.parseResult, oldText, text, parser)) {
                Object.defineProperty(document, 'textDocument', { value: textDocument });
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        // parsed in full, the file may declare other things: no leaf's kept findings can be trusted
        (this.serviceRegistry.getServices(document.uri) as Partial<RubricCoreServices>).validation?.LeafFindings?.forget();
        return super.update(document, cancellationToken);
    }
}
