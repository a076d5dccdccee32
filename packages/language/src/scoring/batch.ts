import { divide, fromInteger, subtract, sum, type Fixed } from '../decimal/fixed.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import type { ScoringPlan } from './plan.js';
import type { PreviousResults } from './previous-results.js';
import type { UnitScore } from './results.js';
import { scoreAssessment } from './score-assessment.js';
import { compareText, rankAmong } from './rank-among.js';
import { countGrades, rankWithinGroups, type GroupRank, type GroupSummary } from './group-ranks.js';

export type Change = {
    /** total − last year's total. */
    readonly points: Fixed;
    /** Places gained: last year's rank − this year's (rank 6 → 3 is +3); undefined when either is unranked. */
    readonly rank: number | undefined;
};

/**
 * What ranking and the batch summary read of a unit's score. A batch too big to hold every unit's detail
 * ranks these light figures and scores each unit again when its detail is written.
 */
export type UnitFigures = Pick<UnitScore, 'unit' | 'total' | 'max' | 'index' | 'grade' | 'selfTotal' | 'gap' | 'pendingPoints'>;

export type RankedUnit<S extends UnitFigures = UnitScore> = {
    readonly score: S;
    /** Rank within the unit type; undefined when nothing applies to the unit (no index). */
    readonly rank: number | undefined;
    /** How many units of this type were ranked ("xếp thứ 3/9": of = 9). */
    readonly of: number;
    /** Undefined without a previous entry for the unit. */
    readonly change: Change | undefined;
    /** Asked for by ranking within groups: the unit's rank in its group; null when the unit names no group. */
    readonly group?: GroupRank | null;
};

export type BatchSummary = {
    readonly count: number;
    /** Units whose result is provisional (survey or council's scores still to come): the ranks are provisional too. */
    readonly provisional: number;
    /** Units per grade, in the rubric's grade order (zero counts included). */
    readonly grades: readonly { readonly name: string; readonly count: number }[];
    /** Units per unit type, sorted by type. */
    readonly unitTypes: readonly { readonly type: string; readonly count: number }[];
    /** Mean of (self-assessed − final) over the units that self-assessed, to 6 decimals. */
    readonly averageGap: Fixed | undefined;
    readonly averageSelf: Fixed | undefined;
    readonly averageTotal: Fixed | undefined;
    /** Asked for by ranking within groups: each group's count per grade. */
    readonly groups?: readonly GroupSummary[];
};

export type BatchResult<S extends UnitFigures = UnitScore> = {
    readonly plan: ScoringPlan;
    /** By unit type, then rank (unranked last), then unit id. */
    readonly results: readonly RankedUnit<S>[];
    readonly summary: BatchSummary;
};

/**
 * Scores many assessments and ranks them within their unit type by index (total over applicable maximum,
 * compared exactly; for units with the same maximum that is the order of totals). Ties share a rank:
 * "shared" gives 1, 2, 2, 4 and "dense" 1, 2, 2, 3, as the rubric says.
 */
export function scoreBatch(plan: ScoringPlan, assessments: readonly Assessment[], previous?: PreviousResults): BatchResult {
    const scores = assessments.map((assessment) => scoreAssessment(plan, assessment));
    return rankScores(plan, scores, previous);
}

/** How a batch is ranked besides overall within each unit type. */
export type RankOptions = {
    /** Also rank (and count grades) within each group the units name, e.g. "phường" and "xã" among the communes. */
    readonly withinGroups?: boolean;
};

/** Ranking and summary over scores already computed (e.g. streamed one by one), or over their figures only. */
export function rankScores<S extends UnitFigures>(plan: ScoringPlan, scores: readonly S[], previous?: PreviousResults, options: RankOptions = {}): BatchResult<S> {
    const byType = new Map<string, S[]>();
    for (const score of scores) {
        const list = byType.get(score.unit.type);
        if (list) list.push(score);
        else byType.set(score.unit.type, [score]);
    }
    const within = options.withinGroups ? rankWithinGroups(scores, plan.ties, plan.grades.map((g) => g.name)) : undefined;
    const results: RankedUnit<S>[] = [];
    for (const type of [...byType.keys()].sort(compareText)) {
        for (const { score, rank, of } of rankAmong(byType.get(type)!, plan.ties)) {
            const ranked: RankedUnit<S> = { score, rank, of, change: changeOf(score, rank, previous) };
            results.push(within ? { ...ranked, group: within.ranks.get(score) ?? null } : ranked);
        }
    }
    const summary = summarize(plan, scores, byType);
    return { plan, results, summary: within ? { ...summary, groups: within.groups } : summary };
}

function changeOf(unit: UnitFigures, rank: number | undefined, previous: PreviousResults | undefined): Change | undefined {
    const before = previous?.get(unit.unit.id);
    if (!before) return undefined;
    return {
        points: subtract(unit.total, before.total),
        rank: rank !== undefined && before.rank !== undefined ? before.rank - rank : undefined,
    };
}

function mean(values: readonly Fixed[]): Fixed | undefined {
    if (values.length === 0) return undefined;
    return divide(sum(values), fromInteger(values.length));
}

function summarize(plan: ScoringPlan, scores: readonly UnitFigures[], byType: Map<string, readonly UnitFigures[]>): BatchSummary {
    const selfAssessed = scores.filter((s) => s.gap !== undefined);
    return {
        count: scores.length,
        // a pending item always has points to come (every node's max is above 0)
        provisional: scores.filter((s) => s.pendingPoints > 0).length,
        grades: countGrades(scores, plan.grades.map((g) => g.name)),
        unitTypes: [...byType.keys()].sort(compareText).map((type) => ({ type, count: byType.get(type)!.length })),
        averageGap: mean(selfAssessed.map((s) => s.gap!)),
        averageSelf: mean(selfAssessed.map((s) => s.selfTotal!)),
        averageTotal: mean(scores.map((s) => s.total)),
    };
}
