import './polyfill.js';
import {
    inject,
    type DeepPartial,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
} from 'langium/lsp';
import { RubricLanguageGeneratedModule, RubricLanguageGeneratedSharedModule } from './generated/module.js';
import { I18nSettings } from './i18n/settings.js';
import { ImportPolicy } from './workspace/import-policy.js';
import { RubricValueConverter } from './parser/value-converter.js';
import { RubricScopeProvider } from './scoping/rubric-scope-provider.js';
import { RubricDocumentValidator } from './validation/rubric-document-validator.js';
import { registerValidationChecks, RubricValidator } from './validation/rubric-validator.js';
import { rubricLspModule } from './lsp/lsp-module.js';

/** Services this language adds to Langium's. */
export type RubricAddedServices = {
    i18n: I18nSettings;
    imports: ImportPolicy;
    validation: {
        RubricValidator: RubricValidator;
    };
};

export type RubricServices = LangiumServices & RubricAddedServices;

export const RubricModule: Module<RubricServices, PartialLangiumServices & DeepPartial<RubricAddedServices>> = {
    i18n: () => new I18nSettings(),
    imports: () => new ImportPolicy(),
    parser: {
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
 * The shared and the rubric services. The CLI passes NodeFileSystem, the language server its connection,
 * tests EmptyFileSystem.
 */
export function createRubricServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Rubric: RubricServices;
} {
    const shared = inject(createDefaultSharedModule(context), RubricLanguageGeneratedSharedModule);
    const Rubric = inject(
        createDefaultModule({ shared }),
        RubricLanguageGeneratedModule,
        RubricModule,
        rubricLspModule as Module<RubricServices, PartialLangiumServices>,
    );
    shared.ServiceRegistry.register(Rubric);
    registerValidationChecks(Rubric);
    if (!context.connection) {
        // outside a language server nothing else would configure the workspace
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Rubric };
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
