import type { Fixed } from '../decimal/fixed.js';
import { compareText, rankAmong } from './rank-among.js';

type Grouped = {
    readonly unit: { readonly id: string; readonly type: string; readonly group?: string };
    readonly total: Fixed;
    readonly max: Fixed;
    readonly index: Fixed | undefined;
    readonly grade: string | undefined;
    readonly pendingPoints: Fixed;
};

/** A unit's rank among the units of its type in the same group ("2/5 trong nhóm phường"). */
export type GroupRank = { readonly group: string; readonly rank: number | undefined; readonly of: number };

/** One group of one unit type: how many units, how many still provisional, and how many per grade (the rubric's order). */
export type GroupSummary = {
    readonly type: string;
    readonly group: string;
    readonly count: number;
    readonly provisional: number;
    readonly grades: readonly { readonly name: string; readonly count: number }[];
};

/**
 * Ranks each group of units (a type's units that name the same group, as "phường" and "xã" among the
 * communes) on its own, and counts its grades; units without a group are ranked overall only. Groups come
 * sorted by type, then name.
 */
export function rankWithinGroups<S extends Grouped>(scores: readonly S[], ties: 'shared' | 'dense', gradeNames: readonly string[]): { ranks: Map<S, GroupRank>; groups: GroupSummary[] } {
    const byGroup = new Map<string, { type: string; group: string; units: S[] }>();
    for (const score of scores) {
        const group = score.unit.group;
        if (group === undefined) continue;
        // a NUL cannot be in a type or a group name, so the key is unambiguous
        const key = `${score.unit.type}\u0000${group}`;
        const entry = byGroup.get(key);
        if (entry) entry.units.push(score);
        else byGroup.set(key, { type: score.unit.type, group, units: [score] });
    }
    const ranks = new Map<S, GroupRank>();
    const groups: GroupSummary[] = [];
    const entries = [...byGroup.values()].sort((a, b) => compareText(a.type, b.type) || compareText(a.group, b.group));
    for (const { type, group, units } of entries) {
        for (const placed of rankAmong(units, ties)) ranks.set(placed.score, { group, rank: placed.rank, of: placed.of });
        groups.push({ type, group, count: units.length, provisional: units.filter((u) => u.pendingPoints > 0).length, grades: countGrades(units, gradeNames) });
    }
    return { ranks, groups };
}

/** Units per grade in the rubric's order, zero counts included (a grade outside the list is counted after). */
export function countGrades(scores: readonly { readonly grade: string | undefined }[], gradeNames: readonly string[]): { name: string; count: number }[] {
    const counts = new Map<string, number>(gradeNames.map((name) => [name, 0]));
    for (const score of scores) {
        if (score.grade !== undefined) counts.set(score.grade, (counts.get(score.grade) ?? 0) + 1);
    }
    return [...counts].map(([name, count]) => ({ name, count }));
}
