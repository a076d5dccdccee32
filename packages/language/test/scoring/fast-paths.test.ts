import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { divide, multiply, type Fixed } from '../../src/decimal/fixed.js';
import { readAnswer, emptyAnswerView } from '../../src/scoring/answer-view.js';
import { dayNumber, readDay } from '../../src/scoring/day-text.js';
import { compareProducts, divideExact, multiplyExact, percentOfExact } from '../../src/scoring/exact-products.js';
import { flatText } from '../../src/scoring/flat-text.js';
import { KeyOrder } from '../../src/scoring/key-order.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { ItemAnswer } from '../../src/assessment/assessment-schema.js';
import { SAMPLE } from '../compiler/fixtures.js';
import { assessment, planOf } from './helpers.js';

// The engine's shortcuts must give exactly what the plain routes give: each is checked against the
// reference it replaces, on random figures that cross the line where the shortcut hands over.

/** Integers in millionths: mostly ordinary point figures, some near and beyond the double-exact range. */
const fixed = fc.oneof(
    fc.integer({ min: -200_000_000, max: 200_000_000 }),
    fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(0, 1, -1, 500_000, -500_000, 2 ** 26, 2 ** 27 + 1, 2 ** 52, -(2 ** 52), Number.MAX_SAFE_INTEGER),
) as fc.Arbitrary<Fixed>;

/** The BigInt formula of value% of max that the engine used before its shortcut. */
function percentReference(value: Fixed, max: Fixed): Fixed {
    const denominator = 100_000_000n;
    return Number((2n * BigInt(value) * BigInt(max) + denominator) / (2n * denominator)) as Fixed;
}

describe('exact products and quotients without BigInt', () => {
    test('multiplyExact and divideExact equal decimal/fixed.ts, including halves and overflow', () => {
        fc.assert(
            fc.property(fixed, fixed, (a, b) => {
                expect(multiplyExact(a, b)).toBe(multiply(a, b));
                expect(divideExact(a, b)).toBe(divide(a, b));
            }),
            { numRuns: 20_000, seed: 2022 },
        );
        // exact halves round away from zero on both routes
        expect(multiplyExact(1_500_000 as Fixed, 1 as Fixed)).toBe(2);
        expect(multiplyExact(-1_500_000 as Fixed, 1 as Fixed)).toBe(-2);
        expect(divideExact(1 as Fixed, 2_000_000 as Fixed)).toBe(1);
        expect(divideExact(-1 as Fixed, 2_000_000 as Fixed)).toBe(-1);
        expect(divideExact(7 as Fixed, 0 as Fixed)).toBeUndefined();
    });

    test('percentOfExact equals the BigInt formula for every percentage of every maximum', () => {
        const percent = fc.integer({ min: 0, max: 100_000_000 }) as fc.Arbitrary<Fixed>;
        const max = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })) as fc.Arbitrary<Fixed>;
        fc.assert(
            fc.property(percent, max, (value, top) => {
                expect(percentOfExact(value, top)).toBe(percentReference(value, top));
            }),
            { numRuns: 20_000, seed: 93 },
        );
        // 0.5% of 1 millionth is half a millionth of a point: rounds up, as the BigInt formula does
        expect(percentOfExact(50_000_000 as Fixed, 1 as Fixed)).toBe(percentReference(50_000_000 as Fixed, 1 as Fixed));
    });

    test('compareProducts gives the sign of a·b − c·d, also where the products pass 2^53', () => {
        fc.assert(
            fc.property(fixed, fixed, fixed, fixed, (a, b, c, d) => {
                const left = BigInt(a) * BigInt(b);
                const right = BigInt(c) * BigInt(d);
                expect(compareProducts(a, b, c, d)).toBe(left === right ? 0 : left > right ? 1 : -1);
            }),
            { numRuns: 20_000, seed: 5 },
        );
        // 90.000001 points × 10⁸ against 90.000001% × 100 points: equal only exactly
        expect(compareProducts(90_000_001, 100_000_000, 90_000_001, 100_000_000)).toBe(0);
        expect(compareProducts(90_000_001, 100_000_000, 90_000_000, 100_000_001)).toBe(1);
    });
});

describe('dates read from their digits', () => {
    test('readDay agrees with dayNumber on every day of many years and on malformed texts', () => {
        const pad = (value: number, width: number) => String(value).padStart(width, '0');
        for (const year of [0, 1, 99, 100, 1582, 1899, 1900, 1970, 2000, 2020, 2022, 2024, 2100, 2400, 9999]) {
            for (let month = 0; month <= 13; month++) {
                for (let day = 0; day <= 32; day++) {
                    const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
                    expect(readDay(text), text).toBe(dayNumber(text));
                }
            }
        }
        fc.assert(
            fc.property(fc.string({ maxLength: 12 }), (text) => {
                expect(readDay(text)).toBe(dayNumber(text));
            }),
            { numRuns: 5_000, seed: 11 },
        );
        for (const text of ['2022-1-01', ' 2022-01-01', '2022-01-01 ', '2022/01/01', '2022-0a-01', '+022-01-01', '2022-01-01\n', '２０２２-01-01']) {
            expect(readDay(text), JSON.stringify(text)).toBe(dayNumber(text));
        }
        expect(readDay('2022-02-29')).toBeUndefined();
        expect(readDay('2024-02-29')).toBe(dayNumber('2024-02-29'));
    });
});

describe('key order bets', () => {
    const map = new Map([
        ['a', 0],
        ['b', 1],
        ['c', 2],
    ]);

    test('every key gets the map’s index whatever order the objects list their keys in', () => {
        const order = new KeyOrder(map, 16);
        fc.assert(
            fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'y'), { maxLength: 8 }), (keys) => {
                keys.forEach((key, position) => expect(order.indexOf(key, position)).toBe(map.get(key) ?? -1));
            }),
            { numRuns: 2_000, seed: 3 },
        );
    });

    test('remembers no more positions than its limit', () => {
        const order = new KeyOrder(map, 2);
        for (let position = 0; position < 1_000; position++) expect(order.indexOf('z' + position, position)).toBe(-1);
        expect((order as unknown as { keys: string[] }).keys).toHaveLength(2);
    });
});

describe('answers read in one pass', () => {
    test('the view holds what reading each key by name gives; a key holding undefined is absent', () => {
        const view = emptyAnswerView();
        const answer = { notes: 'x', self: 1.5, evidence: [{ title: 'T' }], explanation: { text: 'e', accepted: true }, appraisal2: undefined } as ItemAnswer;
        readAnswer(answer, view, 7);
        expect(view).toEqual({
            stamp: 7,
            choice: undefined,
            answer: undefined,
            self: 1.5,
            appraisal1: undefined,
            appraisal2: undefined,
            evidence: answer.evidence,
            accepted: true,
            notApplicable: false,
        });
        // the next answer leaves nothing of the previous one behind
        readAnswer({ choice: 2, notApplicable: true }, view, 8);
        expect(view).toMatchObject({ stamp: 8, choice: 2, self: undefined, evidence: undefined, accepted: false, notApplicable: true });
    });

    test('flatText keeps the characters', () => {
        const long = 'Kế hoạch cải cách hành chính năm 2022 của UBND thị xã Sông Cầu'.slice(3, 40);
        expect(flatText(long)).toBe(long);
        expect(flatText(undefined)).toBeUndefined();
    });
});

describe('results do not depend on what was scored before', () => {
    let plan: ScoringPlan;
    beforeAll(async () => {
        plan = await planOf(SAMPLE);
    });

    test('the same unit scores the same after units with other keys, other orders and unknown items', () => {
        const unit = assessment(plan, {
            metrics: { planDone: 93.2, share: 0.5, lateDocs: 2, issued: '2022-02-03', funded: true, tasks: true },
            items: {
                '2.1': { self: 3, appraisal1: 2.5 },
                '1.1.1': { choice: 'Không kịp thời', self: 1, evidence: [{ title: 'KH', ref: 'planDoc' }] },
                '1.2.3': { self: 2 },
            },
            survey: { '3.1': 2.5 },
        });
        const expected = JSON.stringify(scoreAssessment(plan, unit));
        const others = [
            assessment(plan, {
                metrics: { tasks: false, planDone: 40, funded: false },
                items: { '1.1.1': { choice: 1, self: 0.5 }, '2': { notApplicable: true }, '1.2.3': { self: 1 } },
            }),
            assessment(plan, { metrics: { extra: 1, planDone: 100 }, items: { '9.9': { self: 1 }, '1.1.1': { choice: 'không ban hành' }, '2.1': { self: 4 } } }),
            assessment(plan, {}),
        ];
        for (const other of others) {
            scoreAssessment(plan, other);
            expect(JSON.stringify(scoreAssessment(plan, unit))).toBe(expected);
        }
        // an item the previous unit answered and this one does not stays unanswered
        const silent = scoreAssessment(plan, assessment(plan, { metrics: { planDone: 93.2 } }));
        expect(silent.leaves.every((leaf) => leaf.self === undefined && leaf.appraised === undefined)).toBe(true);
    });
});
