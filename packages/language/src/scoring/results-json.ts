import { decimalStep, roundToStep, toNumber, type Fixed } from '../decimal/fixed.js';
import type { Locale } from '../i18n/locale.js';
import { formatPath } from '../assessment/assessment-problem.js';
import type { BatchResult, BatchSummary, RankedUnit } from './batch.js';
import type { ScoringPlan } from './plan.js';
import { explainDeviation, explainLeaf } from './reasons.js';
import { MethodKind } from './plan-types.js';
import { evidenceOutcome, markedNotApplicable } from './worklist-facts.js';

/** Indices and averages are shown to 2 decimals (half up); points are exact. */
const HUNDREDTH = decimalStep(2);

const exact = (value: Fixed | undefined): number | null => (value === undefined ? null : toNumber(value));
const shown = (value: Fixed | undefined): number | null => (value === undefined ? null : toNumber(roundToStep(value, HUNDREDTH)));

export type ResultsJson = {
    results: UnitJson[];
    summary: SummaryJson;
};

export type SummaryJson = {
    count: number;
    /** Units still waiting for survey or council scores; when above 0, grades and ranks are provisional. */
    provisional: number;
    grades: Record<string, number>;
    averageGap: number | null;
    averageSelf: number | null;
    averageTotal: number | null;
    /** With ranking within groups only: each group of a unit type, its count and its units per grade. */
    groups?: { type: string; group: string; count: number; provisional: number; grades: Record<string, number> }[];
};

export type UnitJson = ReturnType<typeof toUnitJson>;

/**
 * The object `rubric score --format json` prints: plain JSON numbers holding exact decimals (73.34),
 * reasons in the chosen language, keys in a fixed order, so the same batch always prints the same bytes.
 * Its `results[].unit.id`, `total` and `rank` are what `--previous` reads back next year.
 */
export function toResultsJson(batch: BatchResult, locale: Locale): ResultsJson {
    return {
        results: batch.results.map((unit) => toUnitJson(batch.plan, unit, locale)),
        summary: toSummaryJson(batch.summary),
    };
}

/** The `summary` of the results: the same from a batch of full scores or of their figures only. */
export function toSummaryJson(summary: BatchSummary): SummaryJson {
    return {
        count: summary.count,
        provisional: summary.provisional,
        grades: gradeRecord(summary.grades),
        averageGap: shown(summary.averageGap),
        averageSelf: shown(summary.averageSelf),
        averageTotal: shown(summary.averageTotal),
        ...(summary.groups ? { groups: summary.groups.map((g) => ({ type: g.type, group: g.group, count: g.count, provisional: g.provisional, grades: gradeRecord(g.grades) })) } : {}),
    };
}

function gradeRecord(grades: BatchSummary['grades']): Record<string, number> {
    // fromEntries defines own properties, so even a grade named "__proto__" stays a plain key
    return Object.fromEntries(grades.map(({ name, count }) => [name, count]));
}

/** One entry of `results`: what a writer that streams unit by unit prints for each. */
export function toUnitJson(plan: ScoringPlan, ranked: RankedUnit, locale: Locale) {
    const score = ranked.score;
    return {
        unit: { id: score.unit.id, name: score.unit.name, type: score.unit.type },
        total: toNumber(score.total),
        max: toNumber(score.max),
        index: shown(score.index),
        grade: score.grade ?? null,
        /** The total lacks points still to come (listed in pending): grade and rank may change. */
        provisional: score.pending.length > 0,
        pending:
            score.pending.length === 0
                ? null
                : {
                      points: toNumber(score.pendingPoints),
                      reachable: toNumber(score.reachable),
                      items: score.pending.map((leaf) => ({
                          code: leaf.leaf.code,
                          title: plan.nodes[leaf.leaf.node].title,
                          max: toNumber(leaf.leaf.max),
                          awaiting: leaf.leaf.kind === MethodKind.survey ? ('survey' as const) : ('council' as const),
                      })),
                  },
        rank: ranked.rank ?? null,
        of: ranked.of,
        /** Only when ranked within groups: the rank among the units of the same group; null for a unit naming none. */
        ...(ranked.group === undefined ? {} : { group: ranked.group === null ? null : { name: ranked.group.group, rank: ranked.group.rank ?? null, of: ranked.group.of } }),
        change: ranked.change ? { points: toNumber(ranked.change.points), rank: ranked.change.rank ?? null } : null,
        base: toNumber(score.base),
        bonus: toNumber(score.bonus),
        penalty: toNumber(score.penalty),
        selfTotal: exact(score.selfTotal),
        gap: exact(score.gap),
        fields: plan.fields.map((index) => {
            const node = plan.nodes[index];
            return score.applicable[index]
                ? { code: node.code, title: node.title, score: toNumber(score.nodeScores[index]), max: toNumber(score.nodeMax[index]), self: score.selfTotal === undefined ? null : toNumber(score.nodeSelf[index]) }
                : { code: node.code, title: node.title, score: null, max: toNumber(node.max), notApplicable: true };
        }),
        /** Every field's and criterion's self-assessed subtotal, by code; null when the unit claimed nothing. */
        selfSubtotals:
            score.selfTotal === undefined
                ? null
                : Object.fromEntries(plan.nodes.flatMap((node, index) => (node.leaf < 0 ? [[node.code, toNumber(score.nodeSelf[index])]] : []))),
        items: score.leaves.map((leaf) => ({
            code: leaf.leaf.code,
            title: plan.nodes[leaf.leaf.node].title,
            score: leaf.source === 'notApplicable' ? null : toNumber(leaf.score),
            max: toNumber(leaf.leaf.max),
            self: exact(leaf.self),
            computed: exact(leaf.computed),
            appraised: exact(leaf.appraised),
            source: leaf.source,
            flagged: leaf.flagged,
            /** The unit's explanation (giải trình) and the council's decision on it: accepted, notAccepted or pending. */
            explanation: leaf.explanation ?? null,
            /** Each required document not (fully, or not in time) supplied, and what that did to the score. */
            missingEvidence:
                leaf.evidenceGaps.length === 0
                    ? null
                    : {
                          documents: leaf.evidenceGaps.map((gap) => ({
                              title: gap.rule.title,
                              required: gap.rule.minCount,
                              supplied: gap.supplied,
                              late: gap.late,
                              issuedBy: gap.rule.issuedBy ?? null,
                          })),
                          outcome: evidenceOutcome(leaf)!,
                          cap: leaf.effect?.kind === 'cap' ? toNumber(leaf.effect.cap) : null,
                          lost: toNumber(leaf.evidenceCost),
                      },
            reason: explainLeaf(plan, leaf, locale),
        })),
        /** The highest parts the unit marked not applicable, each with the maximum it took off the unit's. */
        notApplicable: markedNotApplicable(plan, score).map((node) => ({ code: node.code, title: node.title, max: toNumber(node.max) })),
        adjustments: score.adjustments.map((a) => ({
            kind: a.kind,
            key: a.key,
            title: a.title,
            reasons: a.reasons,
            claimed: toNumber(a.claimed),
            points: toNumber(a.points),
            max: toNumber(a.max),
        })),
        deviations: score.deviations.map((d) => ({
            code: d.leaf.leaf.code,
            title: plan.nodes[d.leaf.leaf.node].title,
            self: toNumber(d.self),
            score: toNumber(d.score),
            difference: toNumber(d.difference),
            cause: d.cause,
            reason: explainDeviation(plan, d, locale),
        })),
        problems: score.problems.map((p) => ({ path: p.path, where: formatPath(p.path), code: p.code, message: p.message[locale] })),
        warnings: score.warnings.map((p) => ({ path: p.path, where: formatPath(p.path), code: p.code, message: p.message[locale] })),
    };
}
