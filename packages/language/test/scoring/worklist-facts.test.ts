import { beforeAll, describe, expect, test } from 'vitest';
import { toNumber } from '../../src/decimal/fixed.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { evidenceOutcome, markedNotApplicable } from '../../src/scoring/worklist-facts.js';
import { SAMPLE } from '../compiler/fixtures.js';
import { assessment, leafOf, planOf, rubricText } from './helpers.js';

/** Items that differ only in their evidence rule: the default (0), a cap, a flag, a count with a deadline. */
const EVIDENCE = rubricText(
    `
  evidence planDoc "Kế hoạch CCHC năm" kind plan issuedBy 2022-01-31
  evidence reports "Báo cáo quý" kind report min 4 issuedBy 2022-12-15
  field 1 "A" max 4 {
    criterion 1.1 "Mặc định" max 1 { choice { "Có": 1  "Không": 0 }  requires planDoc }
    criterion 1.2 "Trần" max 1 { choice { "Có": 1  "Không": 0 }  requires reports missing cap 0.25 }
    criterion 1.3 "Đánh dấu" max 1 { choice { "Có": 1  "Không": 0 }  requires reports missing flag }
    criterion 1.4 "Giải trình" max 1 { choice { "Có": 1  "Không": 0 }  requires "Báo cáo năm" or explanation }
  }`,
    '',
    '4',
);

describe('what the worklist reads from a score: how evidence fell short, and what that cost', () => {
    let plan: ScoringPlan;
    beforeAll(async () => {
        plan = await planOf(EVIDENCE);
    });
    const scored = (items: Record<string, object>) =>
        scoreAssessment(plan, assessment(plan, { items: Object.fromEntries(['1.1', '1.2', '1.3', '1.4'].map((code) => [code, { choice: 'Có', self: 1, ...(items[code] ?? {}) }])) }));
    const report = (ref: string, date?: string) => ({ title: 'Báo cáo quý', ref, ...(date ? { date } : {}) });

    test('a document dated after the issue-by date is late, not absent; one undated or for another rule is neither', () => {
        const result = scored({ '1.1': { evidence: [{ title: 'KH 12/KH-UBND', ref: 'planDoc', date: '2022-02-14' }] } });
        expect(leafOf(result, '1.1').evidenceGaps.map((g) => [g.rule.name, g.supplied, g.late])).toEqual([['planDoc', 0, ['2022-02-14']]]);
        const undated = scored({ '1.1': { evidence: [{ title: 'KH 12/KH-UBND', ref: 'planDoc' }] } });
        expect(leafOf(undated, '1.1').evidenceGaps.map((g) => [g.supplied, g.late])).toEqual([[0, []]]);
        const otherRule = scored({ '1.2': { evidence: [{ title: 'KH', ref: 'planDoc', date: '2023-01-01' }] } });
        expect(leafOf(otherRule, '1.2').evidenceGaps.map((g) => [g.supplied, g.late])).toEqual([[0, []]]);
    });

    test('documents short of the minimum are counted; those on time and those late apart', () => {
        const result = scored({ '1.2': { evidence: [report('reports', '2022-03-31'), report('reports', '2022-06-30'), report('reports', '2022-12-20')] } });
        expect(leafOf(result, '1.2').evidenceGaps.map((g) => [g.rule.minCount, g.supplied, g.late])).toEqual([[4, 2, ['2022-12-20']]]);
        // enough documents in time: nothing is missing, nothing is listed
        const enough = scored({ '1.2': { evidence: ['03-31', '06-30', '09-30', '12-15'].map((day) => report('reports', `2022-${day}`)) } });
        expect(leafOf(enough, '1.2').evidenceGaps).toEqual([]);
        expect(evidenceOutcome(leafOf(enough, '1.2'))).toBeUndefined();
    });

    test('the outcome and its exact cost: 0 takes the whole score, a cap what lies above it, a flag nothing', () => {
        const result = scored({});
        const facts = (code: string) => [evidenceOutcome(leafOf(result, code)), toNumber(leafOf(result, code).evidenceCost), toNumber(leafOf(result, code).score)];
        expect(facts('1.1')).toEqual(['zero', 1, 0]);
        expect(facts('1.2')).toEqual(['cap', 0.75, 0.25]);
        expect(facts('1.3')).toEqual(['flag', 0, 1]);
        expect(facts('1.4')).toEqual(['zero', 1, 0]);
    });

    test('an accepted explanation stands in, and an appraisal decides, both at no cost', () => {
        const result = scored({ '1.4': { explanation: { text: 'Đang trình', accepted: true } }, '1.1': { appraisal1: 1 } });
        expect([evidenceOutcome(leafOf(result, '1.4')), toNumber(leafOf(result, '1.4').evidenceCost)]).toEqual(['explained', 0]);
        expect([evidenceOutcome(leafOf(result, '1.1')), toNumber(leafOf(result, '1.1').evidenceCost)]).toEqual(['appraised', 0]);
    });
});

describe('what the worklist reads from a score: parts not applicable and the grounds of adjustments', () => {
    let plan: ScoringPlan;
    beforeAll(async () => {
        plan = await planOf(SAMPLE);
    });

    test('only the highest node marked not applicable is listed, with its declared max', () => {
        const result = scoreAssessment(plan, assessment(plan, { notApplicable: ['2'] }));
        expect(markedNotApplicable(plan, result).map((node) => [node.code, toNumber(node.max)])).toEqual([['2', 9]]);
        expect(markedNotApplicable(plan, scoreAssessment(plan, assessment(plan)))).toEqual([]);
    });

    test("each adjustment keeps its claims' grounds, in the order given, blank ones left out", () => {
        const result = scoreAssessment(
            plan,
            assessment(plan, {
                bonuses: [
                    { key: 'Sáng kiến', points: 1, reason: 'QĐ 1422/QĐ-UBND' },
                    { key: 'sáng kiến', points: 0.5, reason: ' ' },
                    { key: 'Sáng kiến', points: 0.5, reason: 'QĐ 1500/QĐ-UBND' },
                ],
                penalties: [{ key: 'discipline', points: 1 }],
            }),
        );
        expect(result.adjustments.map((a) => [a.kind, toNumber(a.claimed), toNumber(a.points), a.reasons])).toEqual([
            ['bonus', 2, 2, ['QĐ 1422/QĐ-UBND', 'QĐ 1500/QĐ-UBND']],
            ['penalty', 1, 1, []],
        ]);
    });
});
