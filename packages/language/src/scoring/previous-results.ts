import { fromNumber } from '../decimal/fixed.js';
import { z } from 'zod';
import type { Fixed } from '../decimal/fixed.js';
import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import { assessmentText } from '../assessment/assessment-text.js';

/**
 * Last year's results, as `rubric score --format json` printed them: each unit's id, total and rank, and
 * its field scores where the file has them; everything else in the file is ignored, so older or richer
 * result files still serve.
 */
export const PreviousResultsSchema = z.looseObject({
    results: z.array(
        z.looseObject({
            unit: z.looseObject({ id: z.string().min(1) }),
            total: z.number(),
            rank: z.number().int().min(1).nullable().optional(),
            fields: z.array(z.looseObject({ code: z.string().min(1), score: z.number().nullable() })).optional(),
        }),
    ),
});

export type PreviousEntry = {
    readonly total: Fixed;
    readonly rank: number | undefined;
    /** Field score by code (null where the field did not apply); undefined when the file has no field breakdown. */
    readonly fields: ReadonlyMap<string, Fixed | null> | undefined;
};

/** Previous results by unit id. */
export type PreviousResults = ReadonlyMap<string, PreviousEntry>;

export type PreviousParse = { ok: true; previous: PreviousResults } | { ok: false; problems: AssessmentProblem[] };

export function parsePreviousResults(input: unknown): PreviousParse {
    const parsed = PreviousResultsSchema.safeParse(input);
    if (!parsed.success) {
        return {
            ok: false,
            problems: parsed.error.issues.map((issue) => ({
                path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
                code: 'previous/schema',
                message: assessmentText('previousShape', { detail: issue.message }),
            })),
        };
    }
    const previous = new Map<string, PreviousEntry>();
    const problems: AssessmentProblem[] = [];
    parsed.data.results.forEach((entry, i) => {
        const total = fromNumber(entry.total);
        if (total === undefined) {
            problems.push({
                path: ['results', i, 'total'],
                code: 'previous/schema',
                message: assessmentText('previousTotal'),
            });
            return;
        }
        if (previous.has(entry.unit.id)) {
            problems.push({
                path: ['results', i, 'unit', 'id'],
                code: 'previous/duplicate',
                message: assessmentText('previousDuplicate', { unit: entry.unit.id }),
            });
            return;
        }
        let fields: Map<string, Fixed | null> | undefined;
        if (entry.fields) {
            fields = new Map();
            for (const [f, field] of entry.fields.entries()) {
                const score = field.score === null ? null : fromNumber(field.score);
                if (score === undefined) {
                    problems.push({ path: ['results', i, 'fields', f, 'score'], code: 'previous/schema', message: assessmentText('previousFieldScore') });
                    return;
                }
                fields.set(field.code, score);
            }
        }
        previous.set(entry.unit.id, { total, rank: entry.rank ?? undefined, fields });
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, previous };
}
