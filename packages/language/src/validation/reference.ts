import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../i18n/locale.js';
import { diagnosticMessage } from '../i18n/messages.js';
import { IssueCodes } from './issue-codes.js';

/** Langium's "could not resolve reference" as our finding, naming what is missing in the user's language. */
export function asUnresolvedReference(diagnostic: Diagnostic, text: string, locale: Locale): void {
    const match = /reference to (\w+) named '(.*)'/.exec(text);
    diagnostic.code = IssueCodes.UnresolvedReference;
    // one code per finding: Langium's own stays behind in neither field
    diagnostic.data = { ...(diagnostic.data as object), code: IssueCodes.UnresolvedReference };
    const suggestion = (diagnostic.data as { suggestion?: string }).suggestion;
    diagnostic.message = diagnosticMessage(locale, IssueCodes.UnresolvedReference, {
        target: match?.[1] === 'Evidence' ? 'Evidence' : 'Metric',
        name: match?.[2] ?? '',
        suggestion,
    });
}
