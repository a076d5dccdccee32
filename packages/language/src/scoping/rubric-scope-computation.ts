import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';

/**
 * Langium's scope computation without the local symbols: RubricScopeProvider resolves names from the
 * file's declarations and its imports and never reads them, and collecting them meant a description for
 * every named node of the file on every keystroke.
 */
export class RubricScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
