import { checkAssessmentText, fileName, rubricNodePlaces, type EditorRubrics, type RubricServices } from '@par-rubric/language';
import { diffRubrics } from '@par-rubric/language/diff';
import { diffMarkdown } from '@par-rubric/cli/renderers';
import { URI, type LangiumDocument } from 'langium';
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
import { scoreProblem, scoreView } from './score-view.js';
import { text as serverText } from './server-text.js';

/**
 * Compile, export, score and compare on the rubric as it stands in the editor, saved or not. Each request waits for
 * the document to be validated and refuses a rubric with errors, as `rubric compile` does; scoring reads and checks
 * the assessment as `rubric score` does, and shows no score for one it would refuse.
 */
export function registerRubricRequests(connection: Connection, rubrics: EditorRubrics, rubric: RubricServices): void {
    const locale = () => rubric.i18n.locale;
    const validated = (uri: URI) => rubrics.validated(uri);
    const compile = (document: LangiumDocument) => rubrics.compile(document, locale());

    connection.onRequest(RubricRequests.compile, async (params: CompileParams): Promise<CompileResult> => {
        const document = await validated(URI.parse(params.uri));
        return rubrics.read(() => {
            const result = compile(document);
            if (!result.ok) return result;
            return { ok: true, rubricId: result.compiled.id, json: JSON.stringify(result.compiled, null, 2) + '\n' };
        });
    });

    connection.onRequest(RubricRequests.exportAnnex, async (params: ExportAnnexParams): Promise<ExportAnnexResult> => {
        const document = await validated(URI.parse(params.uri));
        return rubrics.read(() => {
            const result = compile(document);
            if (!result.ok) return result;
            return { ok: true, text: renderAnnex(result.compiled, params.format, locale()) };
        });
    });

    connection.onRequest(RubricRequests.score, async (params: ScoreParams): Promise<ScoreResult> => {
        const { uri, text } = params.assessment;
        const found = await checkAssessmentText(rubrics, uri, text, locale(), params.rubricUri);
        const title = serverText(locale(), 'panelTitle', { file: fileName(URI.parse(uri)) });
        if (!found.scored || !found.rubric) return { ok: false, problems: found.problems.map((p) => scoreProblem(p, uri)), heading: serverText(locale(), 'cannotScore'), title };
        const { plan, score } = found.scored;
        const places = rubricNodePlaces(found.rubric);
        return { ok: true, title, view: scoreView({ plan, score, rubricUri: found.rubric.uri.toString(), places, warnings: found.warnings, assessmentUri: uri }, locale()) };
    });

    connection.onRequest(RubricRequests.diff, async (params: DiffParams): Promise<DiffResult> => {
        const rubricDocument = await validated(URI.parse(params.rubric));
        const otherDocument = await validated(URI.parse(params.other));
        return rubrics.read(() => {
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
