import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { followClientLocale } from '../../src/lsp/locale-from-client.js';
import { createRubricServices } from '../../src/rubric-module.js';

function initializeParams(locale?: string) {
    return { processId: null, rootUri: null, capabilities: {}, locale };
}

describe('the language server follows the editor’s display language', () => {
    test('"vi" from the initialize request turns every text Vietnamese; "en-us" English', async () => {
        for (const [tag, expected] of [['vi', 'vi'], ['en-us', 'en'], ['vi-VN', 'vi']] as const) {
            const { shared, Rubric } = createRubricServices(EmptyFileSystem);
            Rubric.i18n.locale = expected === 'vi' ? 'en' : 'vi';
            followClientLocale(shared, Rubric.i18n);
            await shared.lsp.LanguageServer.initialize(initializeParams(tag));
            expect(Rubric.i18n.locale, tag).toBe(expected);
        }
    });

    test('no locale sent: the environment’s choice stands', async () => {
        const { shared, Rubric } = createRubricServices(EmptyFileSystem);
        Rubric.i18n.locale = 'vi';
        followClientLocale(shared, Rubric.i18n);
        await shared.lsp.LanguageServer.initialize(initializeParams());
        expect(Rubric.i18n.locale).toBe('vi');
    });

    test('the server announces every editor feature it has', async () => {
        const { shared } = createRubricServices(EmptyFileSystem);
        const { capabilities } = await shared.lsp.LanguageServer.initialize(initializeParams('en'));
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.completionProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider).toBeTruthy();
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.referencesProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
    });
});
