import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RubricServices } from '../rubric-services.js';
import { lazyCompletionParser } from './lazy-completion-parser.js';
import { RubricCodeActionProvider } from './rubric-code-action-provider.js';
import { RubricCodeLensProvider } from './rubric-code-lens-provider.js';
import { RubricCompletionProvider } from './rubric-completion-provider.js';
import { RubricDocumentSymbolProvider } from './rubric-document-symbol-provider.js';
import { RubricFormatter } from './rubric-formatter.js';
import { RubricHoverProvider } from './rubric-hover-provider.js';
import { RubricInlayHintProvider } from './rubric-inlay-hint-provider.js';
import { RubricRenameProvider } from './rubric-rename-provider.js';
import { RubricSemanticTokenProvider } from './rubric-semantic-token-provider.js';

/** Editor services (hover, inlay hints, code actions, formatter, …) are registered here, one file each. */
export const rubricLspModule: Module<RubricServices, PartialLangiumServices> = {
    parser: {
        CompletionParser: (services) => lazyCompletionParser(services),
    },
    lsp: {
        CodeActionProvider: (services) => new RubricCodeActionProvider(services),
        CodeLensProvider: (services) => new RubricCodeLensProvider(services),
        CompletionProvider: (services) => new RubricCompletionProvider(services),
        DocumentSymbolProvider: (services) => new RubricDocumentSymbolProvider(services),
        Formatter: () => new RubricFormatter(),
        HoverProvider: (services) => new RubricHoverProvider(services),
        InlayHintProvider: (services) => new RubricInlayHintProvider(services),
        RenameProvider: (services) => new RubricRenameProvider(services),
        SemanticTokenProvider: (services) => new RubricSemanticTokenProvider(services),
    },
};
