import type { Locale } from '../../i18n/locale.js';
import { parsePreviousResults, type PreviousResults } from '../../scoring/previous-results.js';
import { AssessmentInputError } from './assessment-input-error.js';
import { locateProblems } from './check-assessment.js';
import { readJsonDocument } from './read-json.js';
import { readerText } from './reader-text.js';
import type { SourceProblem } from './source-location.js';

export type PreviousResultsCheck = { ok: true; previous: PreviousResults } | { ok: false; problems: SourceProblem[] };

/**
 * Last year's results (the output of `rubric score --format json`), as `rubric score --previous` and the
 * editor read them: every problem at its place, each saying that the file is not valid results.
 */
export function checkPreviousResults(source: string, file: string, locale: Locale): PreviousResultsCheck {
    const fail = (problems: readonly SourceProblem[]): PreviousResultsCheck => ({
        ok: false,
        problems: problems.map((p) => ({ ...p, message: readerText(locale, 'previousInvalid', { reason: p.message }) })),
    });
    if (source.trim() === '') return fail([{ file, message: readerText(locale, 'emptyFile') }]);
    let document;
    try {
        document = readJsonDocument(source, file, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) return fail(error.problems);
        throw error;
    }
    const parsed = parsePreviousResults(document.value);
    return parsed.ok ? parsed : fail(locateProblems(file, document.locations, parsed.problems, locale));
}
