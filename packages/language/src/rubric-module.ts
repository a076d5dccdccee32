import './polyfill.js';
import {
    inject,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
} from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumSharedServices,
    type PartialLangiumServices,
} from 'langium/lsp';
import { RubricLanguageGeneratedModule, RubricLanguageGeneratedSharedModule } from './generated/module.js';
import { RubricModule, type RubricServices } from './rubric-core-module.js';
import { registerValidationChecks } from './validation/rubric-validator.js';
import { rubricLspModule } from './lsp/lsp-module.js';
import { followClientLocale } from './lsp/locale-from-client.js';
import { RubricWorkspaceSymbolProvider } from './lsp/rubric-workspace-symbol-provider.js';

// The services themselves are declared beside the core factory that the CLI uses (no LSP code there).
export {
    createRubricCoreServices,
    RubricModule,
    type RubricAddedServices,
    type RubricCoreServices,
    type RubricServices,
} from './rubric-core-module.js';

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
        rubricLspModule as Module<RubricServices, PartialLangiumServices>,
    );
    shared.ServiceRegistry.register(Rubric);
    registerValidationChecks(Rubric);
    if (!context.connection) {
        // outside a language server nothing else would configure the workspace
        shared.workspace.ConfigurationProvider.initialized({});
    } else {
        followClientLocale(shared, Rubric.i18n);
    }
    return { shared, Rubric };
}

export type { LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices };
