import type { LangiumSharedServices } from 'langium/lsp';
import { localeFromTag } from '../i18n/locale.js';
import type { I18nSettings } from '../i18n/settings.js';

/**
 * The editor's display language decides the language of diagnostics, hovers and quick fixes: VS Code
 * sends it as `locale` in the LSP initialize request ("vi", "en-us", …), before any document is built.
 */
export function followClientLocale(shared: LangiumSharedServices, i18n: I18nSettings): void {
    shared.lsp.LanguageServer.onInitialize((params) => {
        if (params.locale) i18n.locale = localeFromTag(params.locale);
    });
}
