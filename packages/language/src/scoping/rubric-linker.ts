import { Cancellation, DefaultLinker, type LangiumDocument } from 'langium';
import { forEachReference } from '../ast/walk-tree.js';

/** Langium's linker, walking the tree with plain loops (ast/walk-tree.ts) instead of a stream per node. */
export class RubricLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await forEachReference(document.parseResult.value, cancelToken, (reference) => this.doLink(reference, document));
    }
}
