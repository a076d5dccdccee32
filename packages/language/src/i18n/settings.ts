import { localeFromEnvironment, type Locale } from './locale.js';

/** The language messages are produced in; the CLI sets it from --lang, the language server from the client. */
export class I18nSettings {
    locale: Locale = localeFromEnvironment();
}
