import './polyfill.js';
import {
    inject,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumSharedServices,
} from 'langium/lsp';
import { RubricLanguageGeneratedModule, RubricLanguageGeneratedSharedModule } from './generated/module.js';
import { registerRubricServices, RubricModule } from './rubric-core-module.js';
import type { RubricServices } from './rubric-services.js';
import { rubricLspModule } from './lsp/lsp-module.js';
import { followClientLocale } from './lsp/locale-from-client.js';
import { RubricWorkspaceSymbolProvider } from './lsp/rubric-workspace-symbol-provider.js';

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
    const shared = inject(createDefaultSharedModule(context), RubricLanguageGeneratedSharedModule, {
        lsp: { WorkspaceSymbolProvider: (services: LangiumSharedServices) => new RubricWorkspaceSymbolProvider(services) },
    });
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
