import { parseAssessment, type Assessment, type Locale } from '@par-rubric/language';
import { ProblemCodes, type ScoringPlan } from '@par-rubric/language/scoring';
import { text } from '../../cli-text.js';
import { AssessmentInputError, type SourceProblem, type ValuePath } from '@par-rubric/language/assessment-input';
import { readAssessmentFile } from '../assessment/read-assessment.js';
import type { RubricTestCase, RubricTestFile } from './rubric-test-file.js';

/** Answers kept per key when a case adds to an assessment file; the lists are replaced whole. */
const MERGED_BY_KEY = new Set(['metrics', 'items', 'survey']);

const PROBLEM_CODES: ReadonlySet<string> = new Set(Object.values(ProblemCodes));

export type CaseAssessment = { ok: true; assessment: Assessment } | { ok: false; problems: SourceProblem[] };

/**
 * The assessment a case is scored as: the answers of its assessment file, if it names one, with its own
 * answers added (a metric, item or survey entry of the case replaces the file's). Without a file, the
 * header is the rubric's own (id, year, unit type), so that a case gives nothing but the answers it is
 * about. Codes the case expects are checked against the rubric here; every mistake is placed in the file
 * it is in.
 */
export async function caseAssessment(plan: ScoringPlan, test: RubricTestFile, testCase: RubricTestCase, locale: Locale): Promise<CaseAssessment> {
    const problems: SourceProblem[] = [];
    const place = (at: ValuePath, message: string): void => {
        problems.push({ file: test.file, location: test.locations.nearest(at), path: at, message });
    };
    const expectAt = [...testCase.path, 'expect'];
    for (const [key, codes] of [['scores', testCase.expect.scores], ['reasons', testCase.expect.reasons]] as const) {
        for (const code of codes.keys()) if (!plan.nodeByCode.has(code)) place([...expectAt, key, code], text(locale, 'testUnknownNode', { code }));
    }
    testCase.expect.problems?.forEach((code, index) => {
        if (!PROBLEM_CODES.has(code)) place([...expectAt, 'problems', index], text(locale, 'testUnknownProblemCode', { code, codes: [...PROBLEM_CODES].join(', ') }));
    });

    let base: Record<string, unknown> = {
        rubric: plan.id,
        year: plan.year,
        unit: { id: 'rubric-test', name: testCase.name, type: plan.unitType },
    };
    if (testCase.assessment !== undefined) {
        try {
            base = { ...(await readAssessmentFile(testCase.assessment, plan.rubric, locale)).assessment };
        } catch (error) {
            if (!(error instanceof AssessmentInputError)) throw error;
            return { ok: false, problems: [...problems, ...error.problems] };
        }
    }

    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(testCase.answers)) {
        const before = merged[key];
        merged[key] = MERGED_BY_KEY.has(key) && isRecord(before) && isRecord(value) ? { ...before, ...value } : value;
    }
    const parsed = parseAssessment(merged);
    if (parsed.ok && problems.length === 0) return { ok: true, assessment: parsed.assessment };
    // the assessment file was valid on its own: what is wrong now is in the case's answers
    if (!parsed.ok) for (const problem of parsed.problems) place([...testCase.path, ...problem.path], problem.message[locale]);
    return { ok: false, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
