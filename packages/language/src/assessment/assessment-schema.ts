import { z } from 'zod';
import type { AssessmentProblem } from './assessment-problem.js';
import type { Bilingual } from '../i18n/catalogue.js';
import { assessmentText } from './assessment-text.js';

/**
 * One unit's answers for one rubric and year, as read from JSON, YAML or a spreadsheet.
 * The shape is checked here; whether the answers fit the rubric (codes, outcomes, ranges, metric types)
 * is the scoring engine's job, which reports each misfit as a problem with its JSON path.
 * Every object is strict: an unknown key is an error at its path, never silently ignored.
 */

/** Keys that would reach Object.prototype if copied naively: refused anywhere in an assessment. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MetricName = z.string().regex(/^[_a-zA-Z]\w*$/, 'expected a metric name');
const NodeCode = z.string().regex(/^\d+(\.\d+)*$/, 'expected a dotted code like 1.2.3');
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const Points = z.number().min(0);

/** A metric's value: a number (percent 0–100, ratio 0–1, count, number), a date text, yes/no, or an option. */
export const MetricValueSchema = z.union([z.number(), z.string(), z.boolean()]);
export type MetricValue = z.infer<typeof MetricValueSchema>;

/** An evidence document the unit supplied; `ref` names the rubric's evidence it stands for. */
export const SuppliedEvidenceSchema = z.strictObject({
    title: z.string().min(1),
    number: z.string().optional(),
    date: DateText.optional(),
    link: z.string().optional(),
    section: z.string().optional(),
    ref: z.string().optional(),
});
export type SuppliedEvidence = z.infer<typeof SuppliedEvidenceSchema>;

/** Where a value was read from when it was folded in from a sheet: the workbook and the cell. */
export const SheetSourceSchema = z.strictObject({
    sheet: z.string().min(1),
    cell: z.string().min(1),
});

/**
 * A written explanation (giải trình) for points lost in appraisal round 1, with the evidence added to it;
 * the council marks it accepted or not.
 */
export const ExplanationSchema = z.strictObject({
    text: z.string(),
    accepted: z.boolean().optional(),
    evidence: z.array(SuppliedEvidenceSchema).optional(),
    from: SheetSourceSchema.optional(),
});

/** The outcome of a choice item: its label, or its 1-based position in the rubric's list. */
const OutcomeChoice = z.union([z.string(), z.number().int().min(1)]);

/** Who appraised an item in a round and where: the lead agency's sheet and cell, and its comment. */
export const AppraisalSourceSchema = z.strictObject({
    agency: z.string().optional(),
    sheet: z.string().min(1),
    cell: z.string().min(1),
    comment: z.string().optional(),
});
export type AppraisalSource = z.infer<typeof AppraisalSourceSchema>;

export const NotApplicableSchema = z.union([z.literal(true), z.strictObject({ reason: z.string() })]);

export const ItemAnswerSchema = z.strictObject({
    /** The chosen outcome: its label, or its 1-based position in the rubric's list. */
    choice: OutcomeChoice.optional(),
    /** The answer of a yes/no item without a condition. */
    answer: z.union([z.boolean(), z.enum(['yes', 'no'])]).optional(),
    self: Points.optional(),
    appraisal1: Points.optional(),
    appraisal2: Points.optional(),
    /** The outcome the council chose for a choice item in round 1 or 2; its points are the appraised score. */
    appraisal1Choice: OutcomeChoice.optional(),
    appraisal2Choice: OutcomeChoice.optional(),
    appraisal1From: AppraisalSourceSchema.optional(),
    appraisal2From: AppraisalSourceSchema.optional(),
    evidence: z.array(SuppliedEvidenceSchema).optional(),
    explanation: ExplanationSchema.optional(),
    notes: z.string().optional(),
    notApplicable: NotApplicableSchema.optional(),
});
export type ItemAnswer = z.infer<typeof ItemAnswerSchema>;

export const AdjustmentClaimSchema = z.strictObject({
    key: z.string().min(1),
    points: Points,
    reason: z.string().optional(),
});
export type AdjustmentClaim = z.infer<typeof AdjustmentClaimSchema>;

export const AssessmentSchema = z.strictObject({
    $schema: z.string().optional(),
    rubric: z.string().min(1),
    /**
     * The rubric's .rubric file, relative to the assessment (`/` or `\`): the editor checks the file against
     * that rubric instead of searching the workspace for the id, which matters when two folders hold rubrics
     * with the same id (two years' drafts). `rubric score` takes the rubric it is given and ignores it.
     */
    rubricFile: z.string().min(1).optional(),
    hash: z.string().optional(),
    year: z.number().int(),
    unit: z.strictObject({
        id: z.string().min(1),
        name: z.string(),
        type: z.string().min(1),
        /** Where the unit is ranked besides its type, e.g. "phường" and "xã" among communes. */
        group: z.string().min(1).optional(),
    }),
    metrics: z.record(MetricName, MetricValueSchema).optional(),
    items: z.record(NodeCode, ItemAnswerSchema).optional(),
    survey: z.record(NodeCode, Points).optional(),
    bonuses: z.array(AdjustmentClaimSchema).optional(),
    penalties: z.array(AdjustmentClaimSchema).optional(),
    notApplicable: z.array(NodeCode).optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export type AssessmentParse =
    | { ok: true; assessment: Assessment }
    | { ok: false; problems: AssessmentProblem[] };

/**
 * Checks the shape of an assessment already read from JSON/YAML; never throws. A null property means
 * "not given yet" (templates show every answer as null), so a half-filled template is judged on what
 * was filled in.
 */
export function parseAssessment(raw: unknown): AssessmentParse {
    const input = withoutNulls(raw);
    const hostile = hostileKeys(input);
    const result = AssessmentSchema.safeParse(input, { reportInput: true });
    if (result.success && hostile.length === 0) return { ok: true, assessment: result.data };
    // zod also calls a hostile key an unknown one: say it once
    const said = new Set(hostile.map((p) => JSON.stringify(p.path)));
    const shape = result.success ? [] : result.error.issues.flatMap(toProblems).filter((p) => !said.has(JSON.stringify(p.path)));
    return { ok: false, problems: [...hostile, ...shape] };
}

export function withoutNulls(value: unknown, depth = 0): unknown {
    // below the assessment's own depth the schema refuses the value anyway: leave it, and the stack, alone
    if (depth > SCAN_DEPTH || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((entry) => withoutNulls(entry, depth + 1));
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
        const entry = (value as Record<string, unknown>)[key];
        if (entry === null) continue;
        // defined, not assigned: a "__proto__" key stays a key for the schema to refuse (any other key assigns as it is)
        if (key === '__proto__') Object.defineProperty(result, key, { value: withoutNulls(entry, depth + 1), enumerable: true, writable: true, configurable: true });
        else result[key] = withoutNulls(entry, depth + 1);
    }
    return result;
}

/** The assessment's shape is at most this deep; anything deeper is rejected by the schema anyway. */
const SCAN_DEPTH = 6;

/**
 * zod drops an own "__proto__" key silently; a unit's file must not have a key vanish without a word,
 * so hostile keys are reported wherever they occur within the assessment's own depth.
 */
function hostileKeys(input: unknown): AssessmentProblem[] {
    const problems: AssessmentProblem[] = [];
    // each entry points to its parent, so that a path is built only for a key that is reported
    type Visit = { value: unknown; key: string | number | undefined; parent: Visit | undefined; depth: number };
    const pathOf = (visit: Visit, last: string): (string | number)[] => {
        const path: (string | number)[] = [last];
        for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
        return path;
    };
    const stack: Visit[] = [{ value: input, key: undefined, parent: undefined, depth: 0 }];
    while (stack.length > 0) {
        const visit = stack.pop()!;
        const { value, depth } = visit;
        if (typeof value !== 'object' || value === null || depth > SCAN_DEPTH) continue;
        if (Array.isArray(value)) {
            value.forEach((element, index) => stack.push({ value: element, key: index, parent: visit, depth: depth + 1 }));
            continue;
        }
        for (const key of Object.keys(value)) {
            if (HOSTILE_KEYS.has(key)) {
                problems.push({
                    path: pathOf(visit, key),
                    code: 'assessment/schema',
                    message: assessmentText('keyNotAllowed', { key }),
                });
            } else {
                stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit, depth: depth + 1 });
            }
        }
    }
    return problems.reverse();
}

function toProblems(issue: z.core.$ZodIssue): AssessmentProblem[] {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const problem = (message: Bilingual, at = path): AssessmentProblem => ({ path: at, code: 'assessment/schema', message });
    const last = path[path.length - 1];
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => problem(assessmentText('unknownKey', { key }), [...path, key]));
        case 'invalid_type':
            if (issue.input === undefined) return [problem(assessmentText('required'))];
            return [problem(assessmentText('wrongType', { expected: issue.expected }))];
        case 'too_small':
            if (issue.origin === 'number') return [problem(assessmentText('atLeast', { minimum: String(issue.minimum) }))];
            return [problem(assessmentText('notEmpty'))];
        case 'too_big':
            return [problem(assessmentText('atMost', { maximum: String(issue.maximum) }))];
        case 'invalid_format':
            return [problem(assessmentText(String(issue.pattern ?? '').includes('\\d{4}') ? 'expectedDate' : 'expectedCode'))];
        case 'invalid_key': {
            const key = String(issue.input ?? last);
            return [problem(assessmentText(path[0] === 'metrics' ? 'invalidMetricName' : 'invalidItemCode', { key }))];
        }
        case 'invalid_union':
            return [problem(assessmentText(unionExpectation(last)))];
        case 'invalid_value':
            return [problem(assessmentText('expectedOneOf', { values: issue.values.join(', ') }))];
        default:
            return [problem(assessmentText('invalidValue', { detail: issue.message }))];
    }
}

/** What a value that fits none of a union's shapes should have been, by the key it stands under. */
function unionExpectation(key: string | number | undefined): 'expectedOutcome' | 'expectedYesNo' | 'expectedNotApplicable' | 'expectedScalar' {
    switch (key) {
        case 'choice':
        case 'appraisal1Choice':
        case 'appraisal2Choice':
            return 'expectedOutcome';
        case 'answer':
            return 'expectedYesNo';
        case 'notApplicable':
            return 'expectedNotApplicable';
        default:
            return 'expectedScalar';
    }
}

/** The JSON Schema that `rubric schema assessment` prints and the editor binds to *.assessment.json/yaml. */
export function assessmentJsonSchema(): Record<string, unknown> {
    const schema = z.toJSONSchema(AssessmentSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
    return allowNullWhereOptional(schema);
}

type JsonSchema = { [key: string]: unknown };

/** Where a value may be left out, null ("not given yet", as templates write it) is accepted too. */
function allowNullWhereOptional(schema: JsonSchema): JsonSchema {
    const nullable = (inner: unknown): JsonSchema => ({ anyOf: [allowNullWhereOptional(inner as JsonSchema), { type: 'null' }] });
    const result: JsonSchema = { ...schema };
    if (schema.properties && typeof schema.properties === 'object') {
        const required = new Set((schema.required as string[] | undefined) ?? []);
        result.properties = Object.fromEntries(
            Object.entries(schema.properties as Record<string, unknown>).map(([key, inner]) => [
                key,
                required.has(key) ? allowNullWhereOptional(inner as JsonSchema) : nullable(inner),
            ]),
        );
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        result.additionalProperties = nullable(schema.additionalProperties);
    }
    if (schema.items && typeof schema.items === 'object') result.items = allowNullWhereOptional(schema.items as JsonSchema);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
        if (Array.isArray(schema[key])) result[key] = (schema[key] as JsonSchema[]).map(allowNullWhereOptional);
    }
    return result;
}
