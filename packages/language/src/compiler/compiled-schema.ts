import { z } from 'zod';

/**
 * The compiled rubric: one JSON document that the scoring engine, the CLI's reports and the editor read
 * without the language front end. Every figure is a JSON number holding the exact decimal (18.5, 0.25);
 * thresholds are in their metric's own unit (percent metrics in 0–100, ratios in 0–1).
 */

export const COMPILED_FORMAT = 'par-rubric/compiled@1';

/** A point figure or metric threshold (zod numbers are finite). */
const Figure = z.number();
const Points = z.number().min(0);
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const MetricTypeSchema = z.enum(['percent', 'ratio', 'count', 'number', 'date', 'yesno', 'oneOf']);
export type MetricType = z.infer<typeof MetricTypeSchema>;

export const CompiledMetricSchema = z.strictObject({
    name: z.string(),
    type: MetricTypeSchema,
    title: z.string().optional(),
    options: z.array(z.string()).optional(),
});
export type CompiledMetric = z.infer<typeof CompiledMetricSchema>;

export const CompiledEvidenceSchema = z.strictObject({
    name: z.string(),
    title: z.string(),
    kind: z.string().optional(),
    issuer: z.string().optional(),
    minCount: z.number().int().min(1),
    issuedBy: DateText.optional(),
});
export type CompiledEvidence = z.infer<typeof CompiledEvidenceSchema>;

/** What missing evidence does: score 0 (the national default), cap the score, or only flag it. */
export const MissingEffectSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('zero') }),
    z.strictObject({ kind: z.literal('flag') }),
    z.strictObject({ kind: z.literal('cap'), cap: Points }),
]);
export type MissingEffect = z.infer<typeof MissingEffectSchema>;

/** A formula or condition as data: evaluated by the engine, never turned back into code. */
export type CompiledExpression =
    | { type: 'number'; value: number }
    | { type: 'string'; value: string }
    | { type: 'boolean'; value: boolean }
    | { type: 'metric'; name: string }
    | { type: 'unary'; operator: '-' | 'not'; operand: CompiledExpression }
    | {
          type: 'binary';
          operator: 'or' | 'and' | '<=' | '<' | '>=' | '>' | '=' | '!=' | '+' | '-' | '*' | '/';
          left: CompiledExpression;
          right: CompiledExpression;
      }
    | { type: 'call'; function: 'min' | 'max' | 'if' | 'all' | 'any' | 'round'; args: CompiledExpression[] };

export const CompiledExpressionSchema: z.ZodType<CompiledExpression> = z.lazy(() =>
    z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('number'), value: Figure }),
        z.strictObject({ type: z.literal('string'), value: z.string() }),
        z.strictObject({ type: z.literal('boolean'), value: z.boolean() }),
        z.strictObject({ type: z.literal('metric'), name: z.string() }),
        z.strictObject({ type: z.literal('unary'), operator: z.enum(['-', 'not']), operand: CompiledExpressionSchema }),
        z.strictObject({
            type: z.literal('binary'),
            operator: z.enum(['or', 'and', '<=', '<', '>=', '>', '=', '!=', '+', '-', '*', '/']),
            left: CompiledExpressionSchema,
            right: CompiledExpressionSchema,
        }),
        z.strictObject({
            type: z.literal('call'),
            function: z.enum(['min', 'max', 'if', 'all', 'any', 'round']),
            args: z.array(CompiledExpressionSchema),
        }),
    ]),
);

const Outcome = z.strictObject({ label: z.string(), points: Points });
const YesNoOutcome = z.strictObject({ label: z.string().optional(), points: Points });
const ThresholdBand = z.strictObject({
    operator: z.enum(['>=', '>', '=', '<=', '<']),
    threshold: Figure,
    label: z.string().optional(),
    points: Points,
});
const ElseBand = z.strictObject({ else: z.literal(true), label: z.string().optional(), points: Points });
/** The published wording of each deadline outcome, where the rubric gives it. */
const DeadlineLabels = z.strictObject({
    onTime: z.string().optional(),
    late: z.string().optional(),
    missing: z.string().optional(),
});

export const ScoringSchema = z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('choice'), outcomes: z.array(Outcome).min(1) }),
    z.strictObject({
        method: z.literal('yesno'),
        condition: CompiledExpressionSchema.optional(),
        outcomes: z.strictObject({ yes: YesNoOutcome, no: YesNoOutcome }),
    }),
    z.strictObject({
        method: z.literal('deadline'),
        metric: z.string(),
        due: DateText,
        graceDays: z.number().int().min(0),
        onTime: Points,
        late: Points,
        missing: Points,
        labels: DeadlineLabels.optional(),
    }),
    z.strictObject({ method: z.literal('bands'), metric: z.string(), bands: z.array(z.union([ThresholdBand, ElseBand])).min(1) }),
    z.strictObject({ method: z.literal('proportional'), metric: z.string() }),
    z.strictObject({ method: z.literal('deduct'), amount: Points, metric: z.string() }),
    z.strictObject({ method: z.literal('judged'), step: Points }),
    z.strictObject({
        method: z.literal('survey'),
        source: z.string().optional(),
        /** What the survey table gives when not points: a percentage or a ratio of satisfied respondents. */
        scale: z.enum(['percent', 'ratio']).optional(),
        rounding: z.enum(['half-up', 'down', 'up']).optional(),
    }),
    z.strictObject({ method: z.literal('formula'), expression: CompiledExpressionSchema }),
]);
export type Scoring = z.infer<typeof ScoringSchema>;
export type ScoringMethodName = Scoring['method'];
export type Band = z.infer<typeof ThresholdBand> | z.infer<typeof ElseBand>;

/** One document a leaf requires: a declared evidence (by name) or an inline title. */
export const EvidenceRuleSchema = z.strictObject({
    evidence: z.string().optional(),
    title: z.string(),
    explanationAllowed: z.boolean(),
    effect: MissingEffectSchema,
});
export type EvidenceRule = z.infer<typeof EvidenceRuleSchema>;

export type CompiledNode = {
    code: string;
    kind: 'field' | 'criterion' | 'item';
    title: string;
    max: number;
    lead?: string;
    optional?: { reason?: string };
    children?: CompiledNode[];
    scoring?: Scoring;
    evidence?: EvidenceRule[];
};

/** A parent has children; a leaf has its scoring rule and evidence rules. */
export const CompiledNodeSchema: z.ZodType<CompiledNode> = z.lazy(() =>
    z.strictObject({
        code: z.string().regex(/^\d+(\.\d+)*$/, 'expected a dotted code like 1.2.3'),
        kind: z.enum(['field', 'criterion', 'item']),
        title: z.string(),
        max: Points,
        lead: z.string().optional(),
        optional: z.strictObject({ reason: z.string().optional() }).optional(),
        children: z.array(CompiledNodeSchema).optional(),
        scoring: ScoringSchema.optional(),
        evidence: z.array(EvidenceRuleSchema).optional(),
    }),
);

export const AdjustmentSchema = z.strictObject({ key: z.string(), title: z.string(), max: Points });
export type Adjustment = z.infer<typeof AdjustmentSchema>;

/** Grades from the best down; `min` is an index in 0–100, the last grade has min 0 (otherwise). */
export const GradeSchema = z.strictObject({ name: z.string(), min: Points, inclusive: z.boolean() });
export type Grade = z.infer<typeof GradeSchema>;

export const CompiledRubricSchema = z.strictObject({
    format: z.literal(COMPILED_FORMAT),
    id: z.string(),
    title: z.string(),
    unitType: z.string(),
    year: z.number().int(),
    basis: z.string().optional(),
    /** The decision that issues the rubric as its annex (number like "1234/QĐ-UBND", date YYYY-MM-DD, issuer). */
    decision: z
        .strictObject({ number: z.string(), date: z.string().optional(), issuer: z.string().optional() })
        .optional(),
    total: Points,
    step: Points,
    ties: z.enum(['shared', 'dense']),
    surveyShare: Points.optional(),
    missingEvidence: MissingEffectSchema,
    counts: z.strictObject({
        fields: z.number().int().min(0),
        criteria: z.number().int().min(0),
        items: z.number().int().min(0),
        leaves: z.number().int().min(0),
    }),
    metrics: z.array(CompiledMetricSchema),
    evidence: z.array(CompiledEvidenceSchema),
    nodes: z.array(CompiledNodeSchema),
    adjustments: z.strictObject({ bonuses: z.array(AdjustmentSchema), penalties: z.array(AdjustmentSchema) }),
    grades: z.array(GradeSchema),
    sources: z.array(z.string()),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type CompiledRubric = z.infer<typeof CompiledRubricSchema>;

/** The JSON Schema that `rubric schema compiled` prints. */
export function compiledRubricJsonSchema(): Record<string, unknown> {
    return z.toJSONSchema(CompiledRubricSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
