import { DocumentState, URI } from 'langium';
import { checkPreviousResults } from '../../assessment/located/check-previous-results.js';
import type { SourceProblem } from '../../assessment/located/source-location.js';
import type { Locale } from '../../i18n/locale.js';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CodeActionParams, CompletionParams, Connection, DefinitionParams, HoverParams } from 'vscode-languageserver';
import type { RubricServices } from '../../rubric-services.js';
import { assessmentDiagnostics } from './assessment-diagnostics.js';
import { assessmentFormat, isResultsFile } from './assessment-files.js';
import { AssessmentFeatures } from './assessment-features.js';
import { checkAssessmentText } from './check-assessment-text.js';
import { EditorRubrics, fileName } from './editor-rubrics.js';
import { hashQuickFixes } from './hash-quick-fixes.js';

/** Typing in an assessment (or in a rubric) re-checks the assessments after this pause. */
const CHECK_DELAY_MS = 150;

/**
 * Makes the language server serve the assessments the editor has open besides the rubrics: problems
 * as `rubric score` finds them, at their line and column, re-checked when the assessment or a rubric
 * changes (and those of last year's results, as `rubric score --previous` finds them); completion, hover
 * and go-to-definition from the rubric the assessment names; quick fixes that write the rubric's current hash. Call it before startLanguageServer: the
 * requests about an assessment are answered here, the others pass on to Langium's handlers.
 */
export function serveAssessments(shared: LangiumSharedServices, Rubric: RubricServices): EditorRubrics {
    const rubrics = new EditorRubrics(shared);
    const connection = shared.lsp.Connection;
    if (!connection) return rubrics;
    const documents = shared.workspace.TextDocuments;
    const features = new AssessmentFeatures(rubrics);
    const opened = (uri: string) => (assessmentFormat(uri) ? documents.get(uri) : undefined);

    /** By assessment URI: the hash of the rubric it was last checked against, for the quick fixes of that check's diagnostics. */
    const checkedHashes = new Map<string, string>();
    routeRequests(connection, {
        onCompletion: ({ textDocument, position }) => {
            const document = opened(textDocument.uri);
            return document && { isIncomplete: false, items: features.completion(document, document.offsetAt(position)) };
        },
        onHover: ({ textDocument, position }) => {
            const document = opened(textDocument.uri);
            return document && (features.hover(document, document.offsetAt(position), Rubric.i18n.locale) ?? null);
        },
        onDefinition: ({ textDocument, position }) => {
            const document = opened(textDocument.uri);
            return document && (features.definition(document, document.offsetAt(position)) ?? null);
        },
        onCodeAction: ({ textDocument, context }) => {
            const document = opened(textDocument.uri);
            const hash = checkedHashes.get(textDocument.uri);
            return document && (hash ? hashQuickFixes(document, context.diagnostics, hash, Rubric.i18n.locale) : []);
        },
    });

    const checked = (uri: string) => Boolean(assessmentFormat(uri)) || isResultsFile(uri);
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const check = async (uri: string) => {
        const document = checked(uri) ? documents.get(uri) : undefined;
        if (!document) return;
        const version = document.version;
        const locale = Rubric.i18n.locale;
        const found = isResultsFile(uri)
            ? { problems: previousResultsProblems(document.getText(), fileName(URI.parse(uri)), locale), warnings: [] }
            : await checkAssessmentText(rubrics, uri, document.getText(), locale);
        // a newer edit is checked by its own call
        if (documents.get(uri)?.version !== version) return;
        const hash = 'plan' in found ? found.plan?.hash : undefined;
        if (hash) checkedHashes.set(uri, hash);
        else checkedHashes.delete(uri);
        await connection.sendDiagnostics({ uri, version, diagnostics: assessmentDiagnostics(document.getText(), found.problems, found.warnings) });
    };
    const schedule = (uri: string) => {
        clearTimeout(timers.get(uri));
        timers.set(uri, setTimeout(() => void check(uri).catch((error: unknown) => console.error(error)), CHECK_DELAY_MS));
    };
    documents.onDidChangeContent((change) => {
        if (checked(change.document.uri)) schedule(change.document.uri);
    });
    documents.onDidClose((change) => {
        if (!checked(change.document.uri)) return;
        clearTimeout(timers.get(change.document.uri));
        checkedHashes.delete(change.document.uri);
        void connection.sendDiagnostics({ uri: change.document.uri, diagnostics: [] });
    });
    // a rubric that changed may change what every open assessment is refused for
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        for (const document of documents.all()) if (assessmentFormat(document.uri)) schedule(document.uri);
    });
    return rubrics;
}

/** The requests about an assessment answered here, by the connection method that registers their handler. */
type AssessmentRequests = {
    onCompletion(params: CompletionParams): unknown;
    onHover(params: HoverParams): unknown;
    onDefinition(params: DefinitionParams): unknown;
    onCodeAction(params: CodeActionParams): unknown;
};

/**
 * Puts the assessment answers in front of the handlers Langium registers later: a request about an
 * assessment gets its answer here (undefined: not an assessment), any other goes to Langium's handler.
 */
function routeRequests(connection: Connection, requests: AssessmentRequests): void {
    for (const method of Object.keys(requests) as (keyof AssessmentRequests)[]) {
        const register = connection[method].bind(connection) as (handler: Handler) => unknown;
        const answer = requests[method] as (params: unknown) => unknown;
        const routed = (handler: Handler) =>
            register((params, ...rest) => {
                const mine = answer(params);
                return mine === undefined ? handler(params, ...rest) : mine;
            });
        Object.assign(connection, { [method]: routed });
    }
}

type Handler = (params: unknown, ...rest: unknown[]) => unknown;

function previousResultsProblems(text: string, file: string, locale: Locale): SourceProblem[] {
    const checked = checkPreviousResults(text, file, locale);
    return checked.ok ? [] : checked.problems;
}
