import {
    DefaultDocumentValidator,
    DocumentValidator,
    type LangiumDocument,
    type ValidationOptions,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { message } from '../i18n/messages.js';
import type { RubricServices } from '../rubric-module.js';
import type { I18nSettings } from '../i18n/settings.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Langium's own lexer, parser and linker diagnostics, in the user's language and with our issue codes,
 * so that every finding — whoever raised it — reads and filters the same way.
 */
export class RubricDocumentValidator extends DefaultDocumentValidator {
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        super(services);
        this.i18n = services.i18n;
    }

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken,
    ): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const locale = this.i18n.locale;
        for (const diagnostic of diagnostics) {
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            const text = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            if (langiumCode === DocumentValidator.LexingError || langiumCode === DocumentValidator.ParsingError) {
                diagnostic.code = IssueCodes.SyntaxError;
                diagnostic.message = message(locale, IssueCodes.SyntaxError, { detail: describeSyntaxError(text, locale) });
            } else if (langiumCode === DocumentValidator.LinkingError) {
                const match = /reference to (\w+) named '(.*)'/.exec(text);
                diagnostic.code = IssueCodes.UnresolvedReference;
                diagnostic.message = message(locale, IssueCodes.UnresolvedReference, {
                    kind: match?.[1] ?? 'Metric',
                    name: match?.[2] ?? '',
                });
            }
        }
        return diagnostics;
    }
}

/** Chevrotain says "Expecting token of type ':' but found `2`."; keep the tokens, translate the words. */
function describeSyntaxError(text: string, locale: 'vi' | 'en'): string {
    if (locale === 'en') return text;
    return text
        .replace(/^Expecting token of type (.*) but found (.*)\.?$/s, 'cần $1 nhưng gặp $2')
        .replace(/^Expecting: one of these possible Token sequences:/s, 'cần một trong các dạng sau:')
        .replace(/^Expecting (.*) but found (.*)\.?$/s, 'cần $1 nhưng gặp $2')
        .replace(/^Redundant input, expecting EOF but found: (.*)$/s, 'thừa nội dung: $1')
        .replace(/^unexpected character: ->(.*)<- at offset: \d+, skipped \d+ characters\.$/s, 'ký tự không hợp lệ: $1');
}
