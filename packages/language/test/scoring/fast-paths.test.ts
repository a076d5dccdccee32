import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { readAnswer, emptyAnswerView } from '../../src/scoring/answer-view.js';
import { flatText } from '../../src/scoring/flat-text.js';
import { KeyOrder } from '../../src/scoring/key-order.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { ItemAnswer } from '../../src/assessment/assessment-schema.js';
import { SAMPLE } from '../compiler/fixtures.js';
import { assessment, planOf } from './helpers.js';

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
            explanation: answer.explanation,
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
