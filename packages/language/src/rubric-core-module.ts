import './polyfill.js';
import {
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject,
    type DeepPartial,
    type DefaultSharedCoreModuleContext,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import type { LangiumServices, PartialLangiumServices } from 'langium/lsp';
import { RubricLanguageGeneratedModule, RubricLanguageGeneratedSharedModule } from './generated/module.js';
import { I18nSettings } from './i18n/settings.js';
import { RubricLexer } from './parser/rubric-lexer.js';
import { RubricValueConverter } from './parser/value-converter.js';
import { RubricScopeProvider } from './scoping/rubric-scope-provider.js';
import { RubricDocumentValidator } from './validation/rubric-document-validator.js';
import { registerValidationChecks, RubricValidator } from './validation/rubric-validator.js';
import { ImportPolicy } from './workspace/import-policy.js';

// This file must not import anything from 'langium/lsp' except types: the CLI builds its services here,
// and the editor stack (vscode-languageserver and Langium's LSP services) is half of a cold start.

/** Services this language adds to Langium's. */
export type RubricAddedServices = {
    i18n: I18nSettings;
    imports: ImportPolicy;
    validation: {
        RubricValidator: RubricValidator;
    };
};

export type RubricServices = LangiumServices & RubricAddedServices;

/** Parsing, linking and validation only: what `rubric check`, `compile` and `score` need. */
export type RubricCoreServices = LangiumCoreServices & RubricAddedServices;

export const RubricModule: Module<RubricServices, PartialLangiumServices & DeepPartial<RubricAddedServices>> = {
    i18n: () => new I18nSettings(),
    imports: () => new ImportPolicy(),
    parser: {
        Lexer: (services) => new RubricLexer(services),
        ValueConverter: () => new RubricValueConverter(),
    },
    references: {
        ScopeProvider: (services) => new RubricScopeProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new RubricDocumentValidator(services),
        RubricValidator: (services) => new RubricValidator(services),
    },
};

/**
 * The rubric services without the editor's: the same parser, scoping and validation as
 * createRubricServices gives the language server, so the CLI reports exactly what the editor shows.
 */
export function createRubricCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Rubric: RubricCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), RubricLanguageGeneratedSharedModule);
    // RubricModule's services read only core services; its type names the full set for the editor's sake
    const Rubric = inject(
        createDefaultCoreModule({ shared }),
        RubricLanguageGeneratedModule,
        RubricModule as unknown as Module<RubricCoreServices, PartialLangiumCoreServices & DeepPartial<RubricAddedServices>>,
    );
    shared.ServiceRegistry.register(Rubric);
    registerValidationChecks(Rubric as unknown as RubricServices);
    // outside a language server nothing else would configure the workspace
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Rubric };
}
