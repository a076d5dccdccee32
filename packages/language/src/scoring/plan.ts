import type { Fixed } from '../decimal/fixed.js';
import { exactNumber } from './exact-number.js';
import type {
    CompiledNode,
    CompiledRubric,
    Grade,
    MetricType,
    MissingEffect,
    Scoring,
} from '../compiler/compiled-schema.js';
import { emptyAnswerView, type AnswerView } from './answer-view.js';
import { compileEvaluator, type Evaluator } from './expression.js';
import { flatText } from './flat-text.js';
import { KeyOrder } from './key-order.js';
import type { RuleOutcome } from './results.js';

/**
 * A compiled rubric prepared for scoring: every figure turned into Fixed once, the tree flattened into
 * arrays, names and codes indexed, formulas turned into closures. Scoring an assessment then only reads
 * these arrays and does integer arithmetic.
 */
export type ScoringPlan = {
    readonly rubric: CompiledRubric;
    readonly id: string;
    readonly hash: string;
    readonly year: number;
    readonly unitType: string;
    readonly step: Fixed;
    readonly total: Fixed;
    readonly ties: 'shared' | 'dense';
    /** Pre-order: a parent comes before its children, so a reverse walk sums bottom-up. */
    readonly nodes: readonly PlanNode[];
    readonly leaves: readonly PlanLeaf[];
    readonly fields: readonly number[];
    readonly nodeByCode: ReadonlyMap<string, number>;
    readonly metrics: readonly PlanMetric[];
    readonly metricByName: ReadonlyMap<string, number>;
    readonly grades: readonly PlanGrade[];
    readonly bonuses: ReadonlyMap<string, PlanAdjustment>;
    readonly penalties: ReadonlyMap<string, PlanAdjustment>;
    /** Working buffers, one per node, reused by every scoring call (scoring is synchronous, never re-entered). */
    readonly scratch: ScoringScratch;
};

type ScoringScratch = {
    readonly sums: Float64Array;
    readonly maxima: Float64Array;
    readonly marked: Uint8Array;
    /** Each node's answer in the assessment being scored (see AnswerView.stamp). */
    readonly answers: readonly AnswerView[];
    /** Counts scoring calls: the stamp of the current one. */
    calls: number;
    /** Metric and item indices by key, betting on the previous assessment's key order. */
    readonly metricOrder: KeyOrder;
    readonly itemOrder: KeyOrder;
};

export type PlanNode = {
    readonly index: number;
    readonly code: string;
    readonly title: string;
    readonly kind: CompiledNode['kind'];
    readonly depth: number;
    readonly max: Fixed;
    readonly optional: boolean;
    readonly parent: number;
    readonly children: readonly number[];
    /** The leaf's position in plan.leaves, or -1 for a parent. */
    readonly leaf: number;
};

export type PlanMetric = {
    readonly index: number;
    readonly name: string;
    readonly type: MetricType;
    /** The type as a small number (MetricKind), for the engine to switch on. */
    readonly kind: (typeof MetricKind)[MetricType];
    readonly options: readonly string[];
};

export const MetricKind = { percent: 0, ratio: 1, count: 2, number: 3, date: 4, yesno: 5, oneOf: 6 } as const;

export type PlanGrade = { readonly name: string; readonly min: Fixed; readonly inclusive: boolean };

export type PlanAdjustment = { readonly key: string; readonly title: string; readonly max: Fixed };

export type PlanEvidenceRule = {
    readonly name: string | undefined;
    readonly title: string;
    /** Titles compare case- and space-insensitively. */
    readonly titleKey: string;
    readonly minCount: number;
    readonly issuedBy: string | undefined;
    readonly explanationAllowed: boolean;
    readonly effect: PlanEffect;
};

export type PlanEffect = { readonly kind: 'zero' } | { readonly kind: 'flag' } | { readonly kind: 'cap'; readonly cap: Fixed };

/** The scoring method as a small number: the engine switches on it without touching the method object. */
export const MethodKind = {
    choice: 0,
    yesno: 1,
    deadline: 2,
    bands: 3,
    proportional: 4,
    deduct: 5,
    judged: 6,
    survey: 7,
    formula: 8,
} as const;

export type PlanLeaf = {
    readonly index: number;
    readonly node: number;
    readonly code: string;
    readonly max: Fixed;
    readonly kind: (typeof MethodKind)[keyof typeof MethodKind];
    /** The step self and appraised scores must lie on: the judged step, else the rubric's. */
    readonly scoreStep: Fixed;
    /** Whether the unit answers yes/no itself (a yes/no item without a condition). */
    readonly takesAnswer: boolean;
    readonly method: PlanMethod;
    readonly evidence: readonly PlanEvidenceRule[];
    /** Whether scoring checks the evidence: the leaf requires some, and it is not scored by the survey. */
    readonly checksEvidence: boolean;
};

type PlanBand = {
    /** 0 '>=', 1 '>', 2 '=', 3 '<=', 4 '<', 5 else. */
    readonly operator: number;
    readonly symbol: '>=' | '>' | '=' | '<=' | '<' | 'else';
    readonly threshold: Fixed;
    readonly points: Fixed;
};

export type PlanMethod =
    | {
          readonly method: 'choice';
          readonly labels: readonly string[];
          /** Labels as written, then as compared (case and spacing ignored), to their position. */
          readonly exact: ReadonlyMap<string, number>;
          readonly keys: ReadonlyMap<string, number>;
          readonly points: readonly Fixed[];
          /** One shared outcome per label: choosing allocates nothing. */
          readonly outcomes: readonly RuleOutcome[];
      }
    | {
          readonly method: 'yesno';
          readonly condition: Evaluator | undefined;
          readonly yes: Fixed;
          readonly no: Fixed;
          readonly yesLabel: string | undefined;
          readonly noLabel: string | undefined;
          readonly onYes: RuleOutcome;
          readonly onNo: RuleOutcome;
      }
    | {
          readonly method: 'deadline';
          readonly metric: number;
          readonly due: string;
          /** The last day still on time: due + grace days, as days since 1970-01-01. */
          readonly lastDay: number;
          readonly graceDays: number;
          readonly onTime: Fixed;
          readonly late: Fixed;
          readonly missing: Fixed;
      }
    | { readonly method: 'bands'; readonly metric: number; readonly bands: readonly PlanBand[] }
    | { readonly method: 'proportional'; readonly metric: number; readonly percent: boolean }
    | { readonly method: 'deduct'; readonly metric: number; readonly amount: Fixed }
    | { readonly method: 'judged'; readonly step: Fixed }
    | { readonly method: 'survey'; readonly source: string | undefined }
    | { readonly method: 'formula'; readonly evaluate: Evaluator };

/** Raised when the compiled rubric itself is inconsistent (hand-edited JSON): a rubric error, not an assessment's. */
export class PlanError extends Error {}

function exact(value: number, what: string): Fixed {
    const fixed = exactNumber(value);
    if (fixed === undefined) throw new PlanError(`${what}: ${value} is not an exact decimal`);
    return fixed;
}

const BAND_OPERATORS = { '>=': 0, '>': 1, '=': 2, '<=': 3, '<': 4 } as const;

/** Days since 1970-01-01 for a YYYY-MM-DD text, or undefined when it is no calendar date. */
export function dayNumber(text: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return time / 86_400_000;
}

export function titleKey(title: string): string {
    return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Units repeat the same titles and labels across a batch: their keys are remembered (a bounded set). */
const titleKeys = new Map<string, string>();
const TITLE_CACHE_LIMIT = 8192;

export function cachedTitleKey(title: string): string {
    let key = titleKeys.get(title);
    if (key === undefined) {
        key = titleKey(title);
        if (titleKeys.size >= TITLE_CACHE_LIMIT) titleKeys.clear();
        titleKeys.set(title, key);
    }
    return key;
}

export function prepareRubric(rubric: CompiledRubric): ScoringPlan {
    const metrics: PlanMetric[] = rubric.metrics.map((m, index) => ({
        index,
        name: flatText(m.name),
        type: m.type,
        kind: MetricKind[m.type],
        options: (m.options ?? []).map(flatText),
    }));
    const metricByName = new Map(metrics.map((m) => [m.name, m.index] as const));
    const evidenceByName = new Map(rubric.evidence.map((e) => [e.name, e] as const));
    const step = exact(rubric.step, 'step');
    const nodes: PlanNode[] = [];
    const leaves: PlanLeaf[] = [];
    const nodeByCode = new Map<string, number>();
    const metricIndex = (name: string): number => {
        const index = metricByName.get(name);
        if (index === undefined) throw new PlanError(`unknown metric "${name}"`);
        return index;
    };

    const visit = (node: CompiledNode, parent: number, depth: number): number => {
        const index = nodes.length;
        const children: number[] = [];
        const max = exact(node.max, `max of ${node.code}`);
        const entry = {
            index,
            code: flatText(node.code),
            title: node.title,
            kind: node.kind,
            depth,
            max,
            optional: node.optional !== undefined,
            parent,
            children,
            leaf: -1,
        };
        nodes.push(entry);
        if (nodeByCode.has(node.code)) throw new PlanError(`duplicate code ${node.code}`);
        nodeByCode.set(entry.code, index);
        if (node.children && node.children.length > 0) {
            for (const child of node.children) children.push(visit(child, index, depth + 1));
        } else {
            if (!node.scoring) throw new PlanError(`leaf ${node.code} has no scoring rule`);
            entry.leaf = leaves.length;
            const method = prepareMethod(node.scoring, node.code, step, metricIndex, metrics);
            const evidence = (node.evidence ?? []).map((rule) => {
                const declared = rule.evidence !== undefined ? evidenceByName.get(rule.evidence) : undefined;
                return {
                    name: flatText(rule.evidence),
                    title: flatText(rule.title),
                    titleKey: flatText(titleKey(rule.title)),
                    minCount: declared?.minCount ?? 1,
                    issuedBy: flatText(declared?.issuedBy),
                    explanationAllowed: rule.explanationAllowed,
                    effect: prepareEffect(rule.effect),
                };
            });
            leaves.push({
                index: leaves.length,
                node: index,
                code: entry.code,
                max,
                kind: MethodKind[method.method],
                scoreStep: method.method === 'judged' ? method.step : step,
                takesAnswer: method.method === 'yesno' && method.condition === undefined,
                method,
                evidence,
                checksEvidence: evidence.length > 0 && method.method !== 'survey',
            });
        }
        return index;
    };
    const fields = rubric.nodes.map((node) => visit(node, -1, 1));

    const adjustments = (list: CompiledRubric['adjustments']['bonuses']) =>
        new Map(list.map((a) => [flatText(a.key), { key: a.key, title: a.title, max: exact(a.max, `max of ${a.key}`) }] as const));

    return {
        rubric,
        id: flatText(rubric.id),
        hash: flatText(rubric.hash),
        year: rubric.year,
        unitType: flatText(rubric.unitType),
        step,
        total: exact(rubric.total, 'total'),
        ties: rubric.ties,
        nodes,
        leaves,
        fields,
        nodeByCode,
        metrics,
        metricByName,
        grades: rubric.grades.map((g: Grade) => ({ name: g.name, min: exact(g.min, `grade ${g.name}`), inclusive: g.inclusive })),
        bonuses: adjustments(rubric.adjustments.bonuses),
        penalties: adjustments(rubric.adjustments.penalties),
        scratch: {
            sums: new Float64Array(nodes.length),
            maxima: new Float64Array(nodes.length),
            marked: new Uint8Array(nodes.length),
            answers: nodes.map(() => emptyAnswerView()),
            calls: 0,
            metricOrder: new KeyOrder(metricByName, 4 * metrics.length + 16),
            itemOrder: new KeyOrder(nodeByCode, 4 * nodes.length + 16),
        },
    };
}

function prepareEffect(effect: MissingEffect): PlanEffect {
    return effect.kind === 'cap' ? { kind: 'cap', cap: exact(effect.cap, 'evidence cap') } : effect;
}

function prepareMethod(
    scoring: Scoring,
    code: string,
    step: Fixed,
    metricIndex: (name: string) => number,
    metrics: readonly PlanMetric[],
): PlanMethod {
    switch (scoring.method) {
        case 'choice': {
            const keys = new Map<string, number>();
            scoring.outcomes.forEach((o, i) => keys.set(flatText(titleKey(o.label)), i));
            const points = scoring.outcomes.map((o) => exact(o.points, `outcome of ${code}`));
            return {
                method: 'choice',
                labels: scoring.outcomes.map((o) => flatText(o.label)),
                exact: new Map(scoring.outcomes.map((o, i) => [flatText(o.label), i] as const)),
                keys,
                points,
                outcomes: points.map((computed, outcome) => ({ computed, detail: { kind: 'choice', outcome } })),
            };
        }
        case 'yesno': {
            const yes = exact(scoring.outcomes.yes.points, `yes of ${code}`);
            const no = exact(scoring.outcomes.no.points, `no of ${code}`);
            const byCondition = scoring.condition !== undefined;
            return {
                method: 'yesno',
                condition: scoring.condition ? compileEvaluator(scoring.condition, metricIndex) : undefined,
                yes,
                no,
                yesLabel: scoring.outcomes.yes.label,
                noLabel: scoring.outcomes.no.label,
                onYes: { computed: yes, detail: { kind: 'yesno', answer: true, byCondition } },
                onNo: { computed: no, detail: { kind: 'yesno', answer: false, byCondition } },
            };
        }
        case 'deadline': {
            const due = dayNumber(scoring.due);
            if (due === undefined) throw new PlanError(`due date of ${code}`);
            return {
                method: 'deadline',
                metric: metricIndex(scoring.metric),
                due: scoring.due,
                lastDay: due + scoring.graceDays,
                graceDays: scoring.graceDays,
                onTime: exact(scoring.onTime, `onTime of ${code}`),
                late: exact(scoring.late, `late of ${code}`),
                missing: exact(scoring.missing, `missing of ${code}`),
            };
        }
        case 'bands':
            return {
                method: 'bands',
                metric: metricIndex(scoring.metric),
                bands: scoring.bands.map((band) =>
                    'else' in band
                        ? { operator: 5, symbol: 'else' as const, threshold: 0 as Fixed, points: exact(band.points, `band of ${code}`) }
                        : {
                              operator: BAND_OPERATORS[band.operator],
                              symbol: band.operator,
                              threshold: exact(band.threshold, `threshold of ${code}`),
                              points: exact(band.points, `band of ${code}`),
                          },
                ),
            };
        case 'proportional': {
            const metric = metricIndex(scoring.metric);
            return { method: 'proportional', metric, percent: metrics[metric].type === 'percent' };
        }
        case 'deduct':
            return { method: 'deduct', metric: metricIndex(scoring.metric), amount: exact(scoring.amount, `deduction of ${code}`) };
        case 'judged':
            return { method: 'judged', step: scoring.step > 0 ? exact(scoring.step, `step of ${code}`) : step };
        case 'survey':
            return { method: 'survey', source: scoring.source };
        case 'formula':
            return { method: 'formula', evaluate: compileEvaluator(scoring.expression, metricIndex) };
    }
}
