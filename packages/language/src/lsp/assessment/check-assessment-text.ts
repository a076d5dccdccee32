import { URI, type LangiumDocument } from 'langium';
import { checkAssessmentDocument, locateProblems, scoringProblems, type CheckedDocument } from '../../assessment/located/check-assessment.js';
import { AssessmentInputError } from '../../assessment/located/assessment-input-error.js';
import type { ParsedDocument } from '../../assessment/located/parsed-document.js';
import { readJsonDocument } from '../../assessment/located/read-json.js';
import { readYamlDocument } from '../../assessment/located/read-yaml.js';
import { inFileOrder, type SourceProblem } from '../../assessment/located/source-location.js';
import type { Locale } from '../../i18n/locale.js';
import type { ScoringPlan } from '../../scoring/plan.js';
import type { UnitScore } from '../../scoring/results.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import * as ast from '../../generated/ast.js';
import { assessmentLspText } from './assessment-lsp-text.js';
import { assessmentFormat } from './assessment-files.js';
import { fileName, type EditorRubrics } from './editor-rubrics.js';

/** The code of a `rubricFile` that does not lead to the rubric the assessment names. */
const RUBRIC_FILE = 'assessment/rubric-file';

/** What the editor finds in an assessment: what `rubric score` would refuse it for, and its score when it would not. */
export type AssessmentFindings = {
    /** Errors, in file order: any of them and `rubric score` does not score the file. */
    problems: SourceProblem[];
    /** Scored, but worth a word (no hash; another version of the rubric). */
    warnings: SourceProblem[];
    /** The rubric the assessment names, when the server knows it. */
    rubric?: LangiumDocument;
    /** The rubric's scoring plan, when the rubric compiles (its hash is what the quick fixes write). */
    plan?: ScoringPlan;
    /** The score, only when there is no problem. */
    scored?: { plan: ScoringPlan; score: UnitScore };
};

/**
 * Reads the assessment as the editor holds it and checks it against the rubric it names (or the one
 * given), with the same readers, schema check and scoring as `rubric score`: the same problems, each at
 * its line and column.
 */
export async function checkAssessmentText(rubrics: EditorRubrics, uri: string, text: string, locale: Locale, rubricUri?: string): Promise<AssessmentFindings> {
    const file = fileName(URI.parse(uri));
    let document: ParsedDocument;
    let checked: CheckedDocument;
    try {
        document = assessmentFormat(uri) === 'json' ? readJsonDocument(text, file, locale) : readYamlDocument(text, file, locale);
        checked = checkAssessmentDocument(document, file, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) return { problems: inFileOrder(error.problems), warnings: [] };
        throw error;
    }
    const rubricProblem = (message: string, key: 'rubric' | 'rubricFile' = 'rubric'): AssessmentFindings => ({
        problems: inFileOrder([...checked.problems, { file, location: document.locations.nearest([key]), path: [key], ...(key === 'rubricFile' ? { code: RUBRIC_FILE } : {}), message }]),
        warnings: [],
    });
    const { rubric: id, rubricFile } = checked.assessment;
    let rubric: LangiumDocument | undefined;
    if (rubricUri) rubric = await rubrics.validated(URI.parse(rubricUri));
    else if (rubricFile !== undefined) {
        rubric = await rubrics.atFile(URI.parse(uri), rubricFile);
        if (!rubric) return rubricProblem(assessmentLspText(locale, 'noRubricFile', { path: rubricFile }), 'rubricFile');
        const root = rubric.parseResult.value;
        const held = ast.isRubricFile(root) ? root.rubrics.map((r) => r.name) : [];
        if (!held.includes(id)) return { ...rubricProblem(assessmentLspText(locale, 'rubricFileHoldsOther', { path: rubricFile, id, held: held.join(', ') || '—' }), 'rubricFile'), rubric };
    } else rubric = rubrics.withId(id);
    if (!rubric) return rubricProblem(assessmentLspText(locale, 'noRubricWithId', { id }));
    const validated = await rubrics.validated(rubric.uri);
    const planned = await rubrics.read(() => rubrics.scoringPlan(validated, locale));
    if (!planned.ok) return { ...rubricProblem(planned.problem), rubric: validated };
    const { plan } = planned;
    const score = scoreAssessment(plan, checked.assessment);
    const problems = inFileOrder([...checked.problems, ...locateProblems(file, document.locations, scoringProblems(checked, score.problems), locale)]);
    const warnings = locateProblems(file, document.locations, score.warnings, locale);
    return { problems, warnings, rubric: validated, plan, scored: problems.length === 0 ? { plan, score } : undefined };
}
