import { describe, expect, test } from 'vitest';
import { toNumber } from '../../src/decimal/fixed.js';
import { explainLeaf } from '../../src/scoring/reasons.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { ItemAnswer } from '../../src/assessment/assessment-schema.js';
import { assessment, leafOf, planOf, problemCodes, rubricText, scoreOf } from './helpers.js';

const RUBRIC = rubricText(`
  field 1 "Chỉ đạo" max 100 {
    criterion 1.1 "Kế hoạch" max 1.5 {
      choice { "Ban hành kịp thời": 1.5  "Ban hành không kịp thời": 1  "Không ban hành": 0 }
    }
    criterion 1.2 "Đánh giá" max 98.5 { judged step 0.25 }
  }`);

describe("the council's appraisal", async () => {
    const plan = await planOf(RUBRIC);
    const scored = (items: Record<string, ItemAnswer>) =>
        scoreAssessment(plan, assessment(plan, { items: { '1.1': { choice: 1 }, '1.2': { self: 50 }, ...items } }));

    test('a choice item is appraised by choosing an outcome: its points count and the reason names it', () => {
        const result = scored({ '1.1': { choice: 1, self: 1.5, appraisal1Choice: 'Ban hành không kịp thời' } });
        expect(result.problems).toEqual([]);
        expect(scoreOf(result, '1.1')).toBe(1);
        expect(explainLeaf(plan, leafOf(result, '1.1'), 'en')).toMatch(/^Appraisal round 1, the council chose "Ban hành không kịp thời": 1 point/);
    });

    test('round 2 replaces round 1, by outcome number too', () => {
        const result = scored({ '1.1': { choice: 3, appraisal1Choice: 3, appraisal2Choice: 1 } });
        expect(scoreOf(result, '1.1')).toBe(1.5);
        expect(leafOf(result, '1.1').source).toBe('appraisal2');
    });

    test('a score between the outcomes is refused: the council chooses one of them', () => {
        const result = scored({ '1.1': { choice: 1, appraisal1: 0.75 } });
        expect(problemCodes(result)).toEqual(['assessment/appraisal-outcome items/1.1/appraisal1']);
        expect(result.problems[0].message.en).toContain('1.5 / 1 / 0');
        // the refused appraisal does not count: the computed score stands
        expect(scoreOf(result, '1.1')).toBe(1.5);
    });

    test("a score equal to an outcome's points is accepted", () => {
        expect(scoreOf(scored({ '1.1': { choice: 1, appraisal1: 1 } }), '1.1')).toBe(1);
    });

    test('a chosen outcome and a score that disagree, or an unknown outcome, are refused', () => {
        expect(problemCodes(scored({ '1.1': { choice: 1, appraisal1: 0, appraisal1Choice: 1 } }))).toEqual(['assessment/appraisal-outcome items/1.1/appraisal1']);
        expect(problemCodes(scored({ '1.1': { choice: 1, appraisal1Choice: 'Kịp thời' } }))).toEqual(['assessment/unknown-outcome items/1.1/appraisal1Choice']);
        expect(problemCodes(scored({ '1.1': { choice: 1, appraisal2Choice: 4 } }))).toEqual(['assessment/unknown-outcome items/1.1/appraisal2Choice']);
    });

    test('a judged item takes a number on its step, not an outcome', () => {
        expect(scoreOf(scored({ '1.2': { self: 50, appraisal1: 47.25 } }), '1.2')).toBe(47.25);
        expect(problemCodes(scored({ '1.2': { self: 50, appraisal1: 47.1 } }))).toEqual(['assessment/score-range items/1.2/appraisal1']);
        expect(problemCodes(scored({ '1.2': { self: 50, appraisal1Choice: 1 } }))).toEqual(['assessment/answer-not-expected items/1.2/appraisal1Choice']);
        expect(toNumber(scored({ '1.1': { choice: 1 } }).total)).toBe(51.5);
    });
});
