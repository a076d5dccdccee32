import { beforeAll, describe, expect, test } from 'vitest';
import { toNumber } from '../../src/decimal/fixed.js';
import { explainLeaf } from '../../src/scoring/reasons.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { SAMPLE } from '../compiler/fixtures.js';
import { assessment, leafOf, planOf, problemCodes, rubricText, scoreOf } from './helpers.js';

let plan: ScoringPlan;
beforeAll(async () => {
    plan = await planOf(SAMPLE);
});

const score = (overrides: Parameters<typeof assessment>[1]) => scoreAssessment(plan, assessment(plan, overrides));

describe('choice', () => {
    test('by label (case and spacing ignored) or by 1-based position', () => {
        expect(scoreOf(score({ items: { '1.1.1': { choice: 'Không kịp thời', evidence: [{ title: 'KH' }] } } }), '1.1.1')).toBe(0.5);
        expect(scoreOf(score({ items: { '1.1.1': { choice: '  kịp   THỜI ', evidence: [{ title: 'KH' }] } } }), '1.1.1')).toBe(1);
        expect(scoreOf(score({ items: { '1.1.1': { choice: 3, evidence: [{ title: 'KH' }] } } }), '1.1.1')).toBe(0);
    });

    test('an outcome the rubric does not have is a problem at its path, not a score', () => {
        const result = score({ items: { '1.1.1': { choice: 'Ban hành muộn', self: 1 } } });
        expect(problemCodes(result)).toContain('assessment/unknown-outcome items/1.1.1/choice');
        expect(leafOf(result, '1.1.1').computed).toBeUndefined();
        const message = result.problems.find((p) => p.code === 'assessment/unknown-outcome')!.message;
        expect(message.en).toContain('1: "Kịp thời"');
        expect(problemCodes(score({ items: { '1.1.1': { choice: 4 } } }))).toContain('assessment/unknown-outcome items/1.1.1/choice');
    });

    test('a missing choice is a problem; the self-assessed score then stands', () => {
        const result = score({ items: { '1.1.1': { self: 0.5, evidence: [{ title: 'KH' }] } } });
        expect(problemCodes(result)).toContain('assessment/missing-answer items/1.1.1/choice');
        expect(leafOf(result, '1.1.1')).toMatchObject({ source: 'self' });
        expect(scoreOf(result, '1.1.1')).toBe(0.5);
    });
});

describe('bands', () => {
    test('"> 90%" excludes exactly 90, which falls to ">= 70%"', () => {
        const at = (value: number) => scoreOf(score({ metrics: { planDone: value } }), '1.1.2');
        expect(at(90)).toBe(1);
        expect(at(90.01)).toBe(2);
        expect(at(100)).toBe(2);
        expect(at(70)).toBe(1);
        expect(at(69.99)).toBe(0);
        expect(at(0)).toBe(0);
    });

    test('">= 90%" includes exactly 90', async () => {
        const inclusive = await planOf(
            rubricText(`
  metric onTimeRate percent "Tỷ lệ đúng hạn"
  field 1 "A" max 100 { criterion 1.1 "B" max 100 { bands onTimeRate { >= 90%: 100  >= 50%: 50  else: 0 } } }`),
        );
        const at = (value: number) => scoreOf(scoreAssessment(inclusive, assessment(inclusive, { metrics: { onTimeRate: value } })), '1.1');
        expect(at(90)).toBe(100);
        expect(at(89.999)).toBe(50);
    });

    test('the reason names the metric, its value, the band and the points in both languages', () => {
        const result = score({ metrics: { planDone: 93.2 } });
        expect(explainLeaf(plan, leafOf(result, '1.1.2'), 'vi')).toBe('Mức độ thực hiện kế hoạch 93,2% > 90% → 2 điểm');
        expect(explainLeaf(plan, leafOf(result, '1.1.2'), 'en')).toBe('Mức độ thực hiện kế hoạch 93.2% > 90% → 2 points');
        const low = score({ metrics: { planDone: 12.5 } });
        expect(explainLeaf(plan, leafOf(low, '1.1.2'), 'en')).toBe('Mức độ thực hiện kế hoạch 12.5% fits no band → 0 points');
    });

    test('a missing metric is one problem however many items need it', () => {
        const result = score({});
        const planDone = result.problems.filter((p) => p.path.join('/') === 'metrics/planDone');
        expect(planDone).toHaveLength(1);
        expect(planDone[0].code).toBe('assessment/missing-answer');
        expect(leafOf(result, '1.1.2').computed).toBeUndefined();
        expect(leafOf(result, '2.2').computed).toBeUndefined();
    });
});

describe('yes/no', () => {
    test('a condition over metrics: all of them must hold', () => {
        expect(scoreOf(score({ metrics: { tasks: true, funded: true } }), '1.1.3')).toBe(1);
        expect(scoreOf(score({ metrics: { tasks: true, funded: false } }), '1.1.3')).toBe(0);
        const missing = score({ metrics: { tasks: true } });
        expect(problemCodes(missing)).toContain('assessment/missing-answer metrics/funded');
        expect(leafOf(missing, '1.1.3').computed).toBeUndefined();
        expect(explainLeaf(plan, leafOf(score({ metrics: { tasks: true, funded: false } }), '1.1.3'), 'vi')).toBe(
            'Điều kiện không đúng → 0 điểm',
        );
    });

    test('without a condition the unit answers yes or no', async () => {
        const yesNo = await planOf(
            rubricText(`
  field 1 "A" max 100 { criterion 1.1 "B" max 100 { yesno { yes "Đạt yêu cầu": 100  no "Không đạt": 0 } } }`),
        );
        const at = (answer: boolean | 'yes' | 'no') => scoreAssessment(yesNo, assessment(yesNo, { items: { '1.1': { answer } } }));
        expect(scoreOf(at(true), '1.1')).toBe(100);
        expect(scoreOf(at('yes'), '1.1')).toBe(100);
        expect(scoreOf(at(false), '1.1')).toBe(0);
        expect(explainLeaf(yesNo, leafOf(at('no'), '1.1'), 'en')).toBe('No ("Không đạt") → 0 points');
        expect(problemCodes(scoreAssessment(yesNo, assessment(yesNo, { items: { '1.1': {} } })))).toContain(
            'assessment/missing-answer items/1.1/answer',
        );
    });

    test('an answer on an item scored by a condition is refused, not silently ignored', () => {
        const result = score({ metrics: { tasks: true, funded: true }, items: { '1.1.3': { answer: false } } });
        expect(problemCodes(result)).toContain('assessment/answer-not-expected items/1.1.3/answer');
        expect(scoreOf(result, '1.1.3')).toBe(1);
    });
});

describe('deadline', () => {
    test('on or before the due date plus grace days is on time, later is late, no date is missing', () => {
        const at = (issued?: string) => scoreOf(score({ metrics: issued ? { issued } : {} }), '1.2.1');
        expect(at('2022-01-31')).toBe(1);
        expect(at('2022-02-05')).toBe(1);
        expect(at('2022-02-06')).toBe(0.5);
        expect(at()).toBe(0);
        expect(explainLeaf(plan, leafOf(score({ metrics: { issued: '2022-02-06' } }), '1.2.1'), 'vi')).toBe(
            'Ngày ban hành 06/02/2022 > 31/01/2022 + 5 ngày → trễ hạn → 0,5 điểm',
        );
        expect(explainLeaf(plan, leafOf(score({ metrics: { issued: '2022-02-05' } }), '1.2.1'), 'en')).toBe(
            'Ngày ban hành 2022-02-05 ≤ 2022-01-31 + 5 days → on time → 1 point',
        );
    });

    test('a date that is not a calendar date is a problem', () => {
        expect(problemCodes(score({ metrics: { issued: '2022-02-30' } }))).toContain('assessment/metric-type metrics/issued');
    });
});

describe('proportional and deduct', () => {
    test('value × max, clamped, rounded half up to the rubric step', () => {
        const at = (share: number) => scoreOf(score({ metrics: { share } }), '1.2.2');
        expect(at(0.875)).toBe(0.88);
        expect(at(0.874)).toBe(0.87);
        expect(at(0.005)).toBe(0.01);
        expect(at(1)).toBe(1);
        expect(at(0)).toBe(0);
        expect(explainLeaf(plan, leafOf(score({ metrics: { share: 0.875 } }), '1.2.2'), 'en')).toBe(
            'Tỷ lệ 0.875 × 1 = 0.875 → 0.88 points',
        );
    });

    test('max − amount × count, floored at 0', () => {
        const at = (lateDocs: number) => scoreOf(score({ metrics: { lateDocs } }), '1.2.3');
        expect(at(0)).toBe(2);
        expect(at(3)).toBe(1.25);
        expect(at(8)).toBe(0);
        expect(at(1000)).toBe(0);
        expect(problemCodes(score({ metrics: { lateDocs: 2.5 } }))).toContain('assessment/metric-range metrics/lateDocs');
    });
});

describe('judged', () => {
    test('the self-assessed score stands until the council appraises; round 2 beats round 1', () => {
        expect(leafOf(score({ items: { '2.1': { self: 3.5 } } }), '2.1')).toMatchObject({ source: 'self' });
        expect(scoreOf(score({ items: { '2.1': { self: 3.5 } } }), '2.1')).toBe(3.5);
        expect(scoreOf(score({ items: { '2.1': { self: 3.5, appraisal1: 3 } } }), '2.1')).toBe(3);
        expect(scoreOf(score({ items: { '2.1': { self: 3.5, appraisal1: 3, appraisal2: 2.5 } } }), '2.1')).toBe(2.5);
        expect(scoreOf(score({ items: { '2.1': { self: 3.5, appraisal2: 4 } } }), '2.1')).toBe(4);
    });

    test('a score off the judged step or above max is a problem and does not count', () => {
        const result = score({ items: { '2.1': { self: 3.25, appraisal1: 4.5 } } });
        expect(problemCodes(result)).toEqual(
            expect.arrayContaining(['assessment/score-range items/2.1/self', 'assessment/score-range items/2.1/appraisal1']),
        );
        expect(scoreOf(result, '2.1')).toBe(0);
    });

    test('one off-step score gives one message, about the step, not a second one about a missing score', () => {
        const result = score({ items: { '2.1': { self: 3.25 } } });
        expect(result.problems.filter((p) => p.path.includes('2.1'))).toEqual([
            expect.objectContaining({ code: 'assessment/score-range', path: ['items', '2.1', 'self'] }),
        ]);
    });
});

describe('formula and survey', () => {
    test('a formula is evaluated exactly, held to [0, max] and rounded to the step', () => {
        expect(scoreOf(score({ metrics: { planDone: 93.2 } }), '2.2')).toBe(4.66);
        expect(scoreOf(score({ metrics: { planDone: 100 } }), '2.2')).toBe(5);
        expect(scoreOf(score({ metrics: { planDone: 0.1 } }), '2.2')).toBe(0.01);
    });

    test('a division by zero in a formula is a problem, not a crash', async () => {
        const divide = await planOf(
            rubricText(`
  metric done count "Đã làm"
  metric overall count "Tổng số"
  field 1 "A" max 100 { criterion 1.1 "B" max 100 { formula done / overall * 100 } }`),
        );
        const result = scoreAssessment(divide, assessment(divide, { metrics: { done: 3, overall: 0 } }));
        expect(problemCodes(result)).toContain('assessment/formula items/1.1');
        expect(scoreOf(scoreAssessment(divide, assessment(divide, { metrics: { done: 1, overall: 3 } })), '1.1')).toBe(33.33);
    });

    test('a formula result is rounded once, from its exact value, to the step', async () => {
        const rubric = (step: string) =>
            planOf(
                rubricText(
                    `
  metric signedDocs count "Văn bản ký số"
  metric issuedDocs count "Văn bản phát hành"
  field 1 "A" max 5 { criterion 1.1 "B" max 5 { formula min(5, 2 * signedDocs / issuedDocs) } }`,
                    `  step ${step}`,
                    '5',
                ),
            );
        const hundredths = await rubric('0.01');
        // 2 × 10079 ÷ 10311 = 1.954999515…: to a millionth it would be 1.955000, which rounds up to 1.96
        const signed = scoreAssessment(hundredths, assessment(hundredths, { metrics: { signedDocs: 10079, issuedDocs: 10311 } }));
        expect(scoreOf(signed, '1.1')).toBe(1.95);
        expect(explainLeaf(hundredths, leafOf(signed, '1.1'), 'en')).toContain('→ 1.95 points');
        const twentieths = await rubric('0.05');
        // 2 × 98749982 ÷ 10⁸ = 1.97499964 lies below the midpoint 1.975 of 1.95 and 2
        const below = scoreAssessment(twentieths, assessment(twentieths, { metrics: { signedDocs: 98749982, issuedDocs: 100000000 } }));
        expect(scoreOf(below, '1.1')).toBe(1.95);
        const midpoint = scoreAssessment(twentieths, assessment(twentieths, { metrics: { signedDocs: 79, issuedDocs: 80 } }));
        expect(scoreOf(midpoint, '1.1')).toBe(2);
    });

    test('survey items take the survey result and are never self-assessed', () => {
        expect(scoreOf(score({ survey: { '3.1': 2.25 } }), '3.1')).toBe(2.25);
        const claimed = score({ survey: { '3.1': 2.25 }, items: { '3.1': { self: 3 } } });
        expect(problemCodes(claimed)).toContain('assessment/survey-self items/3.1/self');
        expect(scoreOf(claimed, '3.1')).toBe(2.25);
        const missing = score({});
        // a survey result not yet known is pending, not a mistake in the unit's file
        expect(problemCodes(missing)).not.toContain('assessment/missing-answer survey/3.1');
        expect(scoreOf(missing, '3.1')).toBe(0);
        expect(missing.pending.map((leaf) => leaf.leaf.code)).toContain('3.1');
        expect(problemCodes(score({ survey: { '3.1': 3.5 } }))).toContain('assessment/score-range survey/3.1');
    });
});

describe('subtotals', () => {
    test('a node is the sum of its children, exactly', () => {
        const result = score({
            metrics: { planDone: 93.2, tasks: true, funded: true, issued: '2022-01-20', share: 0.875, lateDocs: 3 },
            items: { '1.1.1': { choice: 1, evidence: [{ title: 'Kế hoạch', ref: 'planDoc' }] } },
        });
        const field = plan.nodeByCode.get('1')!;
        expect(toNumber(result.nodeScores[field])).toBe(1 + 2 + 1 + 1 + 0.88 + 1.25);
        expect(toNumber(result.nodeMax[field])).toBe(8);
    });
});
