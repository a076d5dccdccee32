import { DocumentState, URI } from 'langium';
import { checkPreviousResults } from '../../assessment/located/check-previous-results.js';
import type { SourceProblem } from '../../assessment/located/source-location.js';
import type { Locale } from '../../i18n/locale.js';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { RubricServices } from '../../rubric-services.js';
import { assessmentDiagnostics } from './assessment-diagnostics.js';
import { assessmentFormat, isResultsFile } from './assessment-files.js';
import { AssessmentFeatures } from './assessment-features.js';
import { checkAssessmentText } from './check-assessment-text.js';
import { EditorRubrics, fileName } from './editor-rubrics.js';

/** Typing in an assessment (or in a rubric) re-checks the assessments after this pause. */
const CHECK_DELAY_MS = 150;

/**
 * Makes the language server serve the assessments the editor has open besides the rubrics: problems
 * as `rubric score` finds them, at their line and column, re-checked when the assessment or a rubric
 * changes (and those of last year's results, as `rubric score --previous` finds them); completion, hover
 * and go-to-definition from the rubric the assessment names. Call it before startLanguageServer: the
 * requests about an assessment are answered here, the others pass on to Langium's handlers.
 */
export function serveAssessments(shared: LangiumSharedServices, Rubric: RubricServices): EditorRubrics {
    const rubrics = new EditorRubrics(shared);
    const connection = shared.lsp.Connection;
    if (!connection) return rubrics;
    const documents = shared.workspace.TextDocuments;
    const features = new AssessmentFeatures(rubrics);
    const opened = (uri: string) => (assessmentFormat(uri) ? documents.get(uri) : undefined);

    routeRequests(connection, {
        completion: (uri, position) => {
            const document = opened(uri);
            return document && { isIncomplete: false, items: features.completion(document, document.offsetAt(position)) };
        },
        hover: (uri, position) => {
            const document = opened(uri);
            return document && (features.hover(document, document.offsetAt(position), Rubric.i18n.locale) ?? null);
        },
        definition: (uri, position) => {
            const document = opened(uri);
            return document && (features.definition(document, document.offsetAt(position)) ?? null);
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
        void connection.sendDiagnostics({ uri: change.document.uri, diagnostics: [] });
    });
    // a rubric that changed may change what every open assessment is refused for
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        for (const document of documents.all()) if (assessmentFormat(document.uri)) schedule(document.uri);
    });
    return rubrics;
}

type Position = { line: number; character: number };
type AssessmentRequests = {
    completion(uri: string, position: Position): unknown;
    hover(uri: string, position: Position): unknown;
    definition(uri: string, position: Position): unknown;
};

/**
 * Puts the assessment answers in front of the handlers Langium registers later: a request about an
 * assessment gets its answer here (undefined: not an assessment), any other goes to Langium's handler.
 */
function routeRequests(connection: Connection, requests: AssessmentRequests): void {
    for (const method of ['onCompletion', 'onHover', 'onDefinition'] as const) {
        const register = connection[method].bind(connection) as (handler: Handler) => unknown;
        const answer = method === 'onCompletion' ? requests.completion : method === 'onHover' ? requests.hover : requests.definition;
        const routed = (handler: Handler) =>
            register((params, ...rest) => {
                const mine = answer(params.textDocument.uri, params.position);
                return mine === undefined ? handler(params, ...rest) : mine;
            });
        Object.assign(connection, { [method]: routed });
    }
}

type Handler = (params: { textDocument: { uri: string }; position: Position }, ...rest: unknown[]) => unknown;

function previousResultsProblems(text: string, file: string, locale: Locale): SourceProblem[] {
    const checked = checkPreviousResults(text, file, locale);
    return checked.ok ? [] : checked.problems;
}
