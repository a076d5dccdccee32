import { Cancellation, DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { forEachReference } from '../ast/walk-tree.js';

/** Langium's index of the references a file makes (find references, rename), walking with plain loops. */
export class RubricReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachReference(document.parseResult.value, cancelToken, (reference) => {
            if (!reference.reference.error) descriptions.push(...this.createInfoDescriptions(reference));
        });
        return descriptions;
    }
}
