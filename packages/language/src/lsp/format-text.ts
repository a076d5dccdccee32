import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../i18n/locale.js';
import { createRubricCoreServices } from '../rubric-core-module.js';
import type { RubricCoreServices } from '../rubric-services.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { hasUnterminatedString, RubricFormatter } from './rubric-formatter.js';

/** A file the formatter refuses: it does not parse, so any layout could change its meaning. */
export class RubricSyntaxError extends Error {
    constructor(
        /** 1-based, like every position the CLI prints. */
        readonly line: number,
        readonly column: number,
        readonly reason: string,
    ) {
        super(`${line}:${column}: ${reason}`);
    }
}

// The core services and the editor's formatter alone: formatting needs no language server, and the CLI
// (`rubric fmt`, `rubric import`) then carries none of its code.
const servicesByLocale = new Map<Locale, RubricCoreServices>();
let formatter: RubricFormatter | undefined;

function servicesFor(locale: Locale): RubricCoreServices {
    let services = servicesByLocale.get(locale);
    if (!services) {
        services = createRubricCoreServices(EmptyFileSystem).Rubric;
        services.i18n.locale = locale;
        servicesByLocale.set(locale, services);
    }
    return services;
}

let counter = 0;

/**
 * The canonical layout of a .rubric text (the editor's "Format Document" gives the same bytes).
 * Throws RubricSyntaxError, with the first syntax error's position and reason in `locale`, when the text
 * does not parse or has a string without its closing quote.
 */
export async function formatRubricText(text: string, uri?: string | URI, locale: Locale = 'en'): Promise<string> {
    const services = servicesFor(locale);
    const documentUri = toUri(uri ?? `memory:///format-${++counter}.rubric`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, documentUri);
    if (hasSyntaxProblem(document)) {
        throw await firstSyntaxError(services, document);
    }
    formatter ??= new RubricFormatter();
    const edits = await formatter.formatDocument(document, {
        textDocument: { uri: documentUri.toString() },
        options: { tabSize: 2, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** A URI as text ("file:///…"), a plain file path, or a URI already. */
function toUri(uri: string | URI): URI {
    if (typeof uri !== 'string') return uri;
    return /^[a-z][\w+.-]*:/i.test(uri) && !/^[a-z]:[\\/]/i.test(uri) ? URI.parse(uri) : URI.file(uri);
}

function hasSyntaxProblem(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length > 0 || parserErrors.length > 0 || hasUnterminatedString(document.textDocument.getText());
}

/** The validator's own wording of the first syntax finding, so `fmt` and `check` say the same thing. */
async function firstSyntaxError(services: RubricCoreServices, document: LangiumDocument): Promise<RubricSyntaxError> {
    const documents = services.shared.workspace.LangiumDocuments;
    documents.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const syntax = new Set<string>([IssueCodes.SyntaxError, IssueCodes.UnterminatedString, IssueCodes.UnclosedBrace, IssueCodes.DecimalComma]);
        const first = (document.diagnostics ?? [])
            .filter((d) => syntax.has(String(d.code)))
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
        if (first) return toSyntaxError(first);
        const lexer = document.parseResult.lexerErrors[0];
        const parser = document.parseResult.parserErrors[0];
        if (parser) return new RubricSyntaxError(parser.token.startLine ?? 1, parser.token.startColumn ?? 1, parser.message);
        return new RubricSyntaxError(lexer?.line ?? 1, lexer?.column ?? 1, lexer?.message ?? 'syntax error');
    } finally {
        documents.deleteDocument(document.uri);
    }
}

function toSyntaxError(diagnostic: Diagnostic): RubricSyntaxError {
    const reason = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    return new RubricSyntaxError(diagnostic.range.start.line + 1, diagnostic.range.start.character + 1, reason);
}
