import './polyfill.js';
import {
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject,
    type DeepPartial,
    type DefaultSharedCoreModuleContext,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
    type PartialLangiumSharedCoreServices,
} from 'langium';
import type { RubricAddedServices, RubricCoreServices } from './rubric-services.js';
import { RubricLanguageGeneratedModule, RubricLanguageGeneratedSharedModule } from './generated/module.js';
import { I18nSettings } from './i18n/settings.js';
import { ReferenceLinks } from './reference/section-links.js';
import { RubricLexer } from './parser/rubric-lexer.js';
import { RubricValueConverter } from './parser/value-converter.js';
import { RubricLinker } from './scoping/rubric-linker.js';
import { RubricReferenceDescriptionProvider } from './scoping/rubric-reference-descriptions.js';
import { RubricScopeComputation } from './scoping/rubric-scope-computation.js';
import { RubricScopeProvider } from './scoping/rubric-scope-provider.js';
import { LeafFindings } from './validation/leaf-findings.js';
import { RubricDocumentValidator } from './validation/rubric-document-validator.js';
import { registerValidationChecks, RubricValidator } from './validation/rubric-validator.js';
import { ImportPolicy } from './workspace/import-policy.js';
import { RubricDocumentBuilder } from './workspace/rubric-document-builder.js';

// This file must not import anything from 'langium/lsp' except types: the CLI builds its services here,
// and the editor stack (vscode-languageserver and Langium's LSP services) is half of a cold start.

/**
 * What this language puts into Langium's services. Its services read only core services, so the one module
 * serves the CLI's core factory and the language server's full one alike.
 */
export const RubricModule: Module<RubricCoreServices, PartialLangiumCoreServices & DeepPartial<RubricAddedServices>> = {
    i18n: () => new I18nSettings(),
    imports: () => new ImportPolicy(),
    reference: () => new ReferenceLinks(),
    parser: {
        Lexer: (services) => new RubricLexer(services),
        ValueConverter: () => new RubricValueConverter(),
    },
    references: {
        Linker: (services) => new RubricLinker(services),
        ScopeComputation: (services) => new RubricScopeComputation(services),
        ScopeProvider: (services) => new RubricScopeProvider(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new RubricReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new RubricDocumentValidator(services),
        RubricValidator: (services) => new RubricValidator(services),
        LeafFindings: () => new LeafFindings(),
    },
};

/** Shared services of the CLI and the language server alike. */
export const RubricSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: (services) => new RubricDocumentBuilder(services),
    },
};

/**
 * Registers the language with its shared services and its validation checks; outside a language server
 * (`connected` false) nothing else would configure the workspace, so it is marked configured here.
 */
export function registerRubricServices(shared: LangiumSharedCoreServices, Rubric: RubricCoreServices, connected: boolean): void {
    shared.ServiceRegistry.register(Rubric);
    registerValidationChecks(Rubric);
    if (!connected) shared.workspace.ConfigurationProvider.initialized({});
}

/**
 * The rubric services without the editor's: the same parser, scoping and validation as
 * createRubricServices gives the language server, so the CLI reports exactly what the editor shows.
 */
export function createRubricCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Rubric: RubricCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), RubricLanguageGeneratedSharedModule, RubricSharedCoreModule);
    // RubricModule's services read only core services; its type names the full set for the editor's sake
    const Rubric = inject(createDefaultCoreModule({ shared }), RubricLanguageGeneratedModule, RubricModule);
    registerRubricServices(shared, Rubric, false);
    return { shared, Rubric };
}
