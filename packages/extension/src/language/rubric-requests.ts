import { compileDocument, ast, type RubricServices } from '@par-rubric/language';
import { parseAssessment, formatPath, prepareRubric, scoreAssessment } from '@par-rubric/language/scoring';
import { diffRubrics } from '@par-rubric/language/diff';
import { diffMarkdown } from '@par-rubric/cli/renderers';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import {
    RubricRequests,
    type CompileParams,
    type CompileResult,
    type DiffParams,
    type DiffResult,
    type ExportAnnexParams,
    type ExportAnnexResult,
    type ImportTableParams,
    type ImportTableResult,
    type ScoreParams,
    type ScoreResult,
} from '../protocol.js';
import { renderAnnex } from './annex.js';
import { readAssessmentText } from './assessment-text.js';
import { scoreView } from './score-view.js';
import { text } from './server-text.js';

type Compiled = { ok: true; compiled: ReturnType<typeof compileDocument> } | { ok: false; problem: string };

/**
 * Compile, export, score and compare on the rubric as it stands in the editor, saved or not. Each request waits for
 * the document to be validated and refuses a rubric with errors, as `rubric compile` does.
 */
export function registerRubricRequests(connection: Connection, shared: LangiumSharedServices, rubric: RubricServices): void {
    const documents = shared.workspace.LangiumDocuments;
    const locale = () => rubric.i18n.locale;
    const fileName = (uri: URI) => decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1));

    /**
     * The document, built and validated. Langium validates only the documents open in the editor, so a
     * rubric found in the workspace (or outside it) is validated here, under the workspace's write lock.
     */
    async function validated(uri: URI): Promise<LangiumDocument> {
        const known = documents.getDocument(uri);
        if (!known || known.state < DocumentState.Validated) {
            await shared.workspace.WorkspaceLock.write(async (token) => {
                const document = await documents.getOrCreateDocument(uri);
                if (document.state < DocumentState.Validated) {
                    await shared.workspace.DocumentBuilder.build([document], { validation: true }, token);
                }
            });
        }
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        return documents.getDocument(uri)!;
    }

    function compile(document: LangiumDocument): Compiled {
        const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1).length;
        if (errors > 0) return { ok: false, problem: text(locale(), 'rubricHasErrors', { file: fileName(document.uri), count: errors }) };
        const root = document.parseResult.value;
        if (!ast.isRubricFile(root) || root.rubrics.length !== 1) return { ok: false, problem: text(locale(), 'notARubric', { file: fileName(document.uri) }) };
        try {
            return { ok: true, compiled: compileDocument(document, documents) };
        } catch (error) {
            return { ok: false, problem: text(locale(), 'cannotCompile', { detail: error instanceof Error ? error.message : String(error) }) };
        }
    }

    /** The rubric an assessment names, among the rubrics the server knows (the workspace's and the open ones). */
    function rubricWithId(id: string): URI | undefined {
        return documents.all.find((d) => {
            const root = d.parseResult.value;
            return ast.isRubricFile(root) && root.rubrics.some((r) => r.name === id);
        })?.uri;
    }

    connection.onRequest(RubricRequests.compile, async (params: CompileParams): Promise<CompileResult> => {
        const document = await validated(URI.parse(params.uri));
        return shared.workspace.WorkspaceLock.read(() => {
            const result = compile(document);
            if (!result.ok) return result;
            return { ok: true, rubricId: result.compiled.id, json: JSON.stringify(result.compiled, null, 2) + '\n' };
        });
    });

    connection.onRequest(RubricRequests.exportAnnex, async (params: ExportAnnexParams): Promise<ExportAnnexResult> => {
        const document = await validated(URI.parse(params.uri));
        return shared.workspace.WorkspaceLock.read(() => {
            const result = compile(document);
            if (!result.ok) return result;
            return { ok: true, text: renderAnnex(result.compiled, params.format, locale()) };
        });
    });

    connection.onRequest(RubricRequests.score, async (params: ScoreParams): Promise<ScoreResult> => {
        const read = readAssessmentText(params.assessment.uri, params.assessment.text);
        if (!read.ok) return { ok: false, problems: [text(locale(), 'unreadableAssessment', { where: read.where, detail: read.detail })] };
        const parsed = parseAssessment(read.value);
        if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `${formatPath(p.path)}: ${p.message[locale()]}`) };
        const rubricUri = params.rubricUri ? URI.parse(params.rubricUri) : rubricWithId(parsed.assessment.rubric);
        if (!rubricUri) return { ok: false, problems: [text(locale(), 'noRubricWithId', { id: parsed.assessment.rubric })] };
        const document = await validated(rubricUri);
        return shared.workspace.WorkspaceLock.read(() => {
            const result = compile(document);
            if (!result.ok) return { ok: false, problems: [result.problem] };
            const plan = prepareRubric(result.compiled);
            return { ok: true, view: scoreView(plan, scoreAssessment(plan, parsed.assessment), rubricUri.toString(), locale()) };
        });
    });

    connection.onRequest(RubricRequests.diff, async (params: DiffParams): Promise<DiffResult> => {
        const rubricDocument = await validated(URI.parse(params.rubric));
        const otherDocument = await validated(URI.parse(params.other));
        return shared.workspace.WorkspaceLock.read(() => {
            const current = compile(rubricDocument);
            if (!current.ok) return current;
            const other = compile(otherDocument);
            if (!other.ok) return other;
            const [before, after] = other.compiled.year <= current.compiled.year ? [other.compiled, current.compiled] : [current.compiled, other.compiled];
            return { ok: true, markdown: diffMarkdown({ diff: diffRubrics(before, after), locale: locale() }) };
        });
    });

    connection.onRequest(RubricRequests.importTable, async (params: ImportTableParams): Promise<ImportTableResult> => {
        // loaded on first use: the workbook and Word readers are large and most sessions never import
        const { importRubricFile, ImportInputError } = await import('@par-rubric/cli/import');
        try {
            return { ok: true, ...(await importRubricFile(params.path, {}, locale())) };
        } catch (error) {
            if (error instanceof ImportInputError) return { ok: false, problem: error.message };
            throw error;
        }
    });
}
