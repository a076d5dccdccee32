import './polyfill.js';
import {
    inject,
    type LangiumCoreServices,
    type Module,
    type LangiumSharedCoreServices,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumSharedServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { RubricLanguageGeneratedModule, RubricLanguageGeneratedSharedModule } from './generated/module.js';
import { registerRubricServices, RubricModule, RubricSharedCoreModule } from './rubric-core-module.js';
import type { RubricServices } from './rubric-services.js';
import { rubricLspModule } from './lsp/lsp-module.js';
import { followClientLocale } from './lsp/locale-from-client.js';
import { RubricDocumentUpdateHandler } from './lsp/rubric-document-update-handler.js';
import { RubricWorkspaceSymbolProvider } from './lsp/rubric-workspace-symbol-provider.js';
import { RubricDocumentFactory } from './workspace/rubric-document-factory.js';

/** The editor's shared services: an edit inside one node re-parses only that node; workspace symbols; rubric files only are built. */
const RubricSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: (services) => new RubricDocumentFactory(services),
    },
    lsp: {
        DocumentUpdateHandler: (services) => new RubricDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: (services) => new RubricWorkspaceSymbolProvider(services),
    },
};

// The core factory (no LSP code) is what the CLI uses; the service types are in rubric-services.ts.
export { createRubricCoreServices, RubricModule } from './rubric-core-module.js';
export type { RubricAddedServices, RubricCoreServices, RubricServices } from './rubric-services.js';

/**
 * The shared and the rubric services. The CLI passes NodeFileSystem, the language server its connection,
 * tests EmptyFileSystem.
 */
export function createRubricServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Rubric: RubricServices;
} {
    const shared = inject(createDefaultSharedModule(context), RubricLanguageGeneratedSharedModule, RubricSharedCoreModule, RubricSharedModule);
    const Rubric = inject(
        createDefaultModule({ shared }),
        RubricLanguageGeneratedModule,
        RubricModule,
        rubricLspModule,
    );
    registerRubricServices(shared, Rubric, context.connection !== undefined);
    if (context.connection) followClientLocale(shared, Rubric.i18n);
    return { shared, Rubric };
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
