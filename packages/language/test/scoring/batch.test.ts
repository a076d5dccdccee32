import { beforeAll, describe, expect, test } from 'vitest';
import { toNumber } from '../../src/decimal/fixed.js';
import { rankScores, scoreBatch } from '../../src/scoring/batch.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { parsePreviousResults } from '../../src/scoring/previous-results.js';
import { toResultsJson, toSummaryJson, toUnitJson } from '../../src/scoring/results-json.js';
import { assessment, planOf, rubricText } from './helpers.js';

/** The district rubric's field maxima (Sông Cầu 2022), each field a single judged criterion. */
const MAXIMA = ['18.5', '6', '22', '7', '14', '9.5', '16', '7'];
const DISTRICT = (ties = '') =>
    rubricText(
        MAXIMA.map((max, i) => `  field ${i + 1} "Lĩnh vực ${i + 1}" max ${max} { criterion ${i + 1}.1 "Tiêu chí" max ${max} { judged } }`).join('\n'),
        ties,
    );

/** An assessment with the given appraised points per field. */
function unit(plan: ScoringPlan, id: string, points: number[], type?: string) {
    const items = Object.fromEntries(points.map((p, i) => [`${i + 1}.1`, { appraisal1: p }]));
    const base = assessment(plan, { items }, id);
    return type ? { ...base, unit: { ...base.unit, type } } : base;
}

/** Points per field that add up to the given total: fields filled in order, counted in hundredths. */
function totalling(total: number): number[] {
    let remaining = Math.round(total * 100);
    return MAXIMA.map((max) => {
        const points = Math.min(remaining, Math.round(Number(max) * 100));
        remaining -= points;
        return points / 100;
    });
}

describe('the Sông Cầu case', () => {
    test('17.64 + 5.9 + 12 + 7 + 11 + 5.5 + 8.42 + 5.88 = 73.34 through the engine, up 8.48 points and 3 places', async () => {
        const plan = await planOf(DISTRICT());
        const songCau = unit(plan, 'song-cau', [17.64, 5.9, 12, 7, 11, 5.5, 8.42, 5.88]);
        const others = [95, 90, 69, 60, 55, 50, 45, 40].map((total, i) => unit(plan, `h${i}`, totalling(total)));
        const previous = parsePreviousResults({ results: [{ unit: { id: 'song-cau' }, total: 64.86, rank: 6 }] });
        expect(previous.ok).toBe(true);
        if (!previous.ok) return;
        const batch = scoreBatch(plan, [songCau, ...others], previous.previous);
        const json = toResultsJson(batch, 'vi');
        const result = json.results.find((r) => r.unit.id === 'song-cau')!;
        expect(result.total).toBe(73.34);
        expect(JSON.stringify(result.total)).toBe('73.34');
        expect(result.index).toBe(73.34);
        expect(result.grade).toBe('Khá');
        expect(result.rank).toBe(3);
        expect(result.of).toBe(9);
        expect(result.change).toEqual({ points: 8.48, rank: 3 });
        expect(result.fields.map((f) => `${f.score}/${f.max}`)).toEqual([
            '17.64/18.5', '5.9/6', '12/22', '7/7', '11/14', '5.5/9.5', '8.42/16', '5.88/7',
        ]);
        expect(0.1 + 0.2).not.toBe(0.3); // the float trap the engine avoids
        expect(json.results.filter((r) => r.unit.id !== 'song-cau').every((r) => r.change === null)).toBe(true);
    });
});

describe('ranking', () => {
    let shared: ScoringPlan;
    let dense: ScoringPlan;
    beforeAll(async () => {
        shared = await planOf(DISTRICT());
        dense = await planOf(DISTRICT('  ties dense'));
    });
    const totals = [90, 80, 80, 70, 60];
    const units = (plan: ScoringPlan) => totals.map((total, i) => unit(plan, `u${i}`, totalling(total)));

    test('shared ties rank 1, 2, 2, 4', () => {
        const batch = scoreBatch(shared, units(shared));
        expect(batch.results.map((r) => [r.score.unit.id, r.rank, r.of])).toEqual([
            ['u0', 1, 5],
            ['u1', 2, 5],
            ['u2', 2, 5],
            ['u3', 4, 5],
            ['u4', 5, 5],
        ]);
    });

    test('dense ties rank 1, 2, 2, 3', () => {
        const batch = scoreBatch(dense, units(dense));
        expect(batch.results.map((r) => r.rank)).toEqual([1, 2, 2, 3, 4]);
    });

    test('units are ranked within their unit type', () => {
        const mixed = [
            unit(shared, 'a', totalling(90)),
            unit(shared, 'b', totalling(95), 'town'),
            unit(shared, 'c', totalling(85)),
            unit(shared, 'd', totalling(80), 'town'),
        ];
        const batch = scoreBatch(shared, mixed);
        expect(batch.results.map((r) => [r.score.unit.type, r.score.unit.id, r.rank, r.of])).toEqual([
            ['district', 'a', 1, 2],
            ['district', 'c', 2, 2],
            ['town', 'b', 1, 2],
            ['town', 'd', 2, 2],
        ]);
    });

    test('grades are counted, and the average gap between claims and final scores is reported', () => {
        const claimed = units(shared).map((a, i) => ({
            ...a,
            items: Object.fromEntries(Object.entries(a.items!).map(([code, answer]) => [code, { ...answer, self: i === 0 && code === '1.1' ? 18.5 : answer.appraisal1 }])),
        }));
        claimed[0].items!['1.1'] = { self: 18.5, appraisal1: 16.5 };
        const batch = scoreBatch(shared, claimed);
        expect(batch.summary.grades).toEqual([
            { name: 'Tốt', count: 3 },
            { name: 'Khá', count: 1 },
            { name: 'Trung bình', count: 1 },
            { name: 'Yếu', count: 0 },
        ]);
        expect(toNumber(batch.summary.averageGap!)).toBe(0.4);
        const json = toResultsJson(batch, 'en');
        expect(json.summary).toEqual({ count: 5, provisional: 0, grades: { Tốt: 3, Khá: 1, 'Trung bình': 1, Yếu: 0 }, averageGap: 0.4, averageSelf: 76, averageTotal: 75.6 });
    });

    test('change against last year: points exact, places gained positive, lost negative', () => {
        const previous = parsePreviousResults({
            results: [
                { unit: { id: 'u0', name: 'x' }, total: 85.25, rank: 1, grade: 'Tốt' },
                { unit: { id: 'u3' }, total: 70.1, rank: 2 },
                { unit: { id: 'u4' }, total: 61, rank: null },
            ],
        });
        if (!previous.ok) throw new Error('previous results rejected');
        const batch = scoreBatch(shared, units(shared), previous.previous);
        const change = Object.fromEntries(batch.results.map((r) => [r.score.unit.id, r.change && { points: toNumber(r.change.points), rank: r.change.rank }]));
        expect(change).toEqual({
            u0: { points: 4.75, rank: 0 },
            u1: undefined,
            u2: undefined,
            u3: { points: -0.1, rank: -2 },
            u4: { points: -1, rank: undefined },
        });
    });

    test('previous results of the wrong shape are refused with their path', () => {
        const bad = parsePreviousResults({ results: [{ unit: { id: 'a' }, total: '73,34' }] });
        expect(bad.ok).toBe(false);
        if (!bad.ok) expect(bad.problems[0].path).toEqual(['results', 0, 'total']);
        expect(parsePreviousResults({ units: [] }).ok).toBe(false);
    });

    test("last year's field scores are read where the file has them, and said to be absent where it has not", () => {
        const read = parsePreviousResults({
            results: [
                { unit: { id: 'a' }, total: 73.34, rank: 1, fields: [{ code: '1', score: 17.64 }, { code: '2', score: null }] },
                { unit: { id: 'b' }, total: 60, rank: 2 },
            ],
        });
        if (!read.ok) throw new Error('previous results rejected');
        expect([...read.previous.get('a')!.fields!].map(([code, score]) => [code, score === null ? null : toNumber(score)])).toEqual([['1', 17.64], ['2', null]]);
        expect(read.previous.get('b')!.fields).toBeUndefined();
        const bad = parsePreviousResults({ results: [{ unit: { id: 'a' }, total: 1, fields: [{ code: '1', score: 0.1234567 }] }] });
        expect(bad.ok).toBe(false);
        if (!bad.ok) expect(bad.problems[0].path).toEqual(['results', 0, 'fields', 0, 'score']);
    });
});

describe('toResultsJson', () => {
    test('has the agreed shape, plain exact numbers, and the same bytes every time', async () => {
        const plan = await planOf(DISTRICT());
        const units = [unit(plan, 'b', totalling(73.34)), unit(plan, 'a', totalling(81.5))];
        const first = JSON.stringify(toResultsJson(scoreBatch(plan, units), 'vi'));
        const second = JSON.stringify(toResultsJson(scoreBatch(plan, [...units].reverse()), 'vi'));
        expect(second).toBe(first);
        const json = JSON.parse(first);
        expect(Object.keys(json)).toEqual(['results', 'summary']);
        const result = json.results[1];
        expect(Object.keys(result)).toEqual(expect.arrayContaining(['unit', 'total', 'max', 'index', 'grade', 'rank', 'of', 'change', 'fields', 'items', 'deviations']));
        expect(result).toMatchObject({ unit: { id: 'b', name: 'Đơn vị b', type: 'district' }, total: 73.34, max: 100, index: 73.34, grade: 'Khá', rank: 2, of: 2, change: null });
        expect(result.fields[0]).toEqual({ code: '1', title: 'Lĩnh vực 1', score: 18.5, max: 18.5, self: null });
        expect(result.items[5]).toMatchObject({ code: '6.1', score: 5.84, max: 9.5, self: null, computed: null, appraised: 5.84, reason: 'Điểm thẩm định vòng 1: 5,84 điểm' });
        expect(first).not.toMatch(/\d\.\d*0000\d/);
    });
});

describe('ranking on the figures alone (a batch too big to keep every detail)', () => {
    test('the same ranks, ties, changes and summary as ranking the full scores', async () => {
        const plan = await planOf(DISTRICT());
        const totals = [73.34, 81.5, 73.34, 60, 95, 81.5, 40];
        const scores = totals.map((total, i) => scoreAssessment(plan, unit(plan, `u${i}`, totalling(total))));
        const previous = parsePreviousResults({ results: [{ unit: { id: 'u0' }, total: 64.86, rank: 6 }] });
        if (!previous.ok) throw new Error('previous results');
        const full = rankScores(plan, scores, previous.previous);
        const light = rankScores(
            plan,
            scores.map(({ unit, total, max, index, grade, selfTotal, gap, pendingPoints }) => ({ unit, total, max, index, grade, selfTotal, gap, pendingPoints })),
            previous.previous,
        );
        expect(light.results.map((r) => [r.score.unit.id, r.rank, r.of, r.change])).toEqual(full.results.map((r) => [r.score.unit.id, r.rank, r.of, r.change]));
        expect(light.results.map((r) => r.rank)).toEqual([1, 2, 2, 4, 4, 6, 7]);
        expect(toSummaryJson(light.summary)).toEqual(toResultsJson(full, 'vi').summary);
        // each unit's entry, scored again later, is what the whole batch prints
        expect(full.results.map((r) => toUnitJson(plan, r, 'vi'))).toEqual(toResultsJson(full, 'vi').results);
    });
});

describe('ranking within groups', () => {
    /** A unit of the given group (none when undefined) and total. */
    const member = (plan: ScoringPlan, id: string, total: number, group?: string, type?: string) => {
        const base = unit(plan, id, totalling(total), type);
        return group === undefined ? base : { ...base, unit: { ...base.unit, group } };
    };

    test('each group of a unit type is ranked on its own, with the rubric\'s ties, and counts its grades', async () => {
        const plan = await planOf(DISTRICT('  ties dense'));
        const scores = [
            member(plan, 'p1', 90, 'phường'),
            member(plan, 'x1', 85, 'xã'),
            member(plan, 'p2', 72, 'phường'),
            member(plan, 'p3', 72, 'phường'),
            member(plan, 'x2', 60, 'xã'),
            member(plan, 'p4', 50, 'phường'),
            member(plan, 'n1', 80),
            // a group of the same name among another type's units is another group
            member(plan, 'd1', 70, 'xã', 'department'),
        ].map((a) => scoreAssessment(plan, a));
        const batch = rankScores(plan, scores, undefined, { withinGroups: true });
        const ranks = Object.fromEntries(batch.results.map((r) => [r.score.unit.id, [r.rank, r.of, r.group && [r.group.group, r.group.rank, r.group.of]]]));
        expect(ranks).toEqual({
            d1: [1, 1, ['xã', 1, 1]],
            p1: [1, 7, ['phường', 1, 4]],
            x1: [2, 7, ['xã', 1, 2]],
            n1: [3, 7, null],
            p2: [4, 7, ['phường', 2, 4]],
            p3: [4, 7, ['phường', 2, 4]],
            x2: [5, 7, ['xã', 2, 2]],
            p4: [6, 7, ['phường', 3, 4]],
        });
        const groups = toSummaryJson(batch.summary).groups!;
        expect(groups.map((g) => [g.type, g.group, g.count])).toEqual([
            ['department', 'xã', 1],
            ['district', 'phường', 4],
            ['district', 'xã', 2],
        ]);
        // each group's grades add up to its count, and all groups' to the overall counts less the unit without one
        for (const g of groups) expect(Object.values(g.grades).reduce((a, b) => a + b, 0)).toBe(g.count);
        const n1 = batch.results.find((r) => r.score.unit.id === 'n1')!.score.grade!;
        const overall = toSummaryJson(batch.summary).grades;
        for (const grade of Object.keys(overall)) expect(groups.reduce((n, g) => n + g.grades[grade], 0) + (grade === n1 ? 1 : 0)).toBe(overall[grade]);
    });

    test('without asking for it, no unit or summary carries a group rank', async () => {
        const plan = await planOf(DISTRICT());
        const batch = rankScores(plan, [scoreAssessment(plan, member(plan, 'p1', 90, 'phường'))]);
        const json = toResultsJson(batch, 'vi');
        expect('group' in json.results[0]).toBe(false);
        expect('groups' in json.summary).toBe(false);
    });
});
