import { beforeAll, describe, expect, test } from 'vitest';
import { toNumber } from '../../src/decimal/fixed.js';
import { explainLeaf } from '../../src/scoring/reasons.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { SAMPLE } from '../compiler/fixtures.js';
import { assessment, leafOf, planOf, problemCodes, rubricText, scoreOf } from './helpers.js';

/** Four choice items that differ only in their evidence rule. */
const EVIDENCE = rubricText(
    `
  evidence planDoc "Kế hoạch CCHC năm" kind decision
  evidence reports "Báo cáo quý" kind report min 2 issuedBy 2022-12-15
  field 1 "A" max 4 {
    criterion 1.1 "Mặc định" max 1 { choice { "Có": 1  "Không": 0 }  requires planDoc }
    criterion 1.2 "Giải trình" max 1 { choice { "Có": 1  "Không": 0 }  requires "Báo cáo kết quả giải quyết TTHC" or explanation }
    criterion 1.3 "Trần" max 1 { choice { "Có": 1  "Không": 0 }  requires planDoc missing cap 0.5 }
    criterion 1.4 "Đánh dấu" max 1 { choice { "Có": 1  "Không": 0 }  requires reports missing flag }
  }`,
    '',
    '4',
);

describe('evidence rules', () => {
    let plan: ScoringPlan;
    beforeAll(async () => {
        plan = await planOf(EVIDENCE);
    });
    const chosen = (extra: Record<string, object>) =>
        scoreAssessment(
            plan,
            assessment(plan, {
                items: Object.fromEntries(['1.1', '1.2', '1.3', '1.4'].map((code) => [code, { choice: 'Có', self: 1, ...(extra[code] ?? {}) }])),
            }),
        );

    test('missing required evidence scores 0 by default; the reason says which document', () => {
        const result = chosen({});
        expect(scoreOf(result, '1.1')).toBe(0);
        expect(leafOf(result, '1.1').computed).toBe(1_000_000);
        // the document by its title, as the unit knows it, not the rubric's internal name
        expect(explainLeaf(plan, leafOf(result, '1.1'), 'vi')).toBe('Chọn "Có" → 1 điểm; thiếu tài liệu kiểm chứng "Kế hoạch CCHC năm" → 0');
        expect(explainLeaf(plan, leafOf(result, '1.1'), 'en')).toBe('Chose "Có" → 1 point; missing evidence "Kế hoạch CCHC năm" → 0');
    });

    test('evidence counts by its ref, by a matching title, or as the only document an item requires', () => {
        const byRef = chosen({ '1.1': { evidence: [{ title: 'KH số 12/KH-UBND', ref: 'planDoc' }] } });
        const byTitle = chosen({ '1.1': { evidence: [{ title: 'kế hoạch  cchc năm' }] } });
        const only = chosen({ '1.1': { evidence: [{ title: 'KH số 12/KH-UBND' }] } });
        const wrongRef = chosen({ '1.1': { evidence: [{ title: 'KH', ref: 'reports' }] } });
        expect([byRef, byTitle, only, wrongRef].map((r) => scoreOf(r, '1.1'))).toEqual([1, 1, 1, 0]);
    });

    test('an accepted explanation stands in where the rule allows it, and only then', () => {
        expect(scoreOf(chosen({ '1.2': { explanation: { text: 'Không phát sinh hồ sơ', accepted: true } } }), '1.2')).toBe(1);
        expect(scoreOf(chosen({ '1.2': { explanation: { text: 'Không phát sinh hồ sơ' } } }), '1.2')).toBe(0);
        expect(scoreOf(chosen({ '1.2': { explanation: { text: 'x', accepted: false } } }), '1.2')).toBe(0);
        expect(scoreOf(chosen({ '1.1': { explanation: { text: 'x', accepted: true } } }), '1.1')).toBe(0);
        const explained = chosen({ '1.2': { explanation: { text: 'x', accepted: true } } });
        expect(explainLeaf(plan, leafOf(explained, '1.2'), 'en')).toBe(
            'Chose "Có" → 1 point; missing evidence "Báo cáo kết quả giải quyết TTHC", explanation accepted',
        );
    });

    test('a cap holds the score down; a flag leaves it and marks it for the council', () => {
        const result = chosen({});
        expect(scoreOf(result, '1.3')).toBe(0.5);
        expect(scoreOf(result, '1.4')).toBe(1);
        expect(leafOf(result, '1.4').flagged).toBe(true);
        expect(explainLeaf(plan, leafOf(result, '1.4'), 'vi')).toBe('Chọn "Có" → 1 điểm; thiếu tài liệu kiểm chứng "Báo cáo quý" (đánh dấu cho hội đồng)');
    });

    test('a minimum count needs that many documents, dated no later than the issue-by date', () => {
        const quarter = (date: string) => ({ title: 'Báo cáo quý', ref: 'reports', date });
        expect(leafOf(chosen({ '1.4': { evidence: [quarter('2022-03-30')] } }), '1.4').flagged).toBe(true);
        expect(leafOf(chosen({ '1.4': { evidence: [quarter('2022-03-30'), quarter('2022-06-30')] } }), '1.4').flagged).toBe(false);
        expect(leafOf(chosen({ '1.4': { evidence: [quarter('2022-03-30'), quarter('2022-12-20')] } }), '1.4').flagged).toBe(true);
        expect(leafOf(chosen({ '1.4': { evidence: [quarter('2022-03-30'), { title: 'Báo cáo quý', ref: 'reports' }] } }), '1.4').flagged).toBe(true);
    });

    test("the council's appraisal is final even where evidence is missing", () => {
        const result = chosen({ '1.1': { appraisal1: 1 } });
        expect(scoreOf(result, '1.1')).toBe(1);
        expect(explainLeaf(plan, leafOf(result, '1.1'), 'en')).toBe(
            'Appraisal round 1: 1 point (by the rule: Chose "Có" → 1 point; missing evidence "Kế hoạch CCHC năm")',
        );
    });
});

describe('deviations (the council worklist)', () => {
    test('every leaf whose final score differs from the claim, with its cause', async () => {
        const plan = await planOf(SAMPLE);
        const result = scoreAssessment(
            plan,
            assessment(plan, {
                metrics: { planDone: 80, tasks: true, funded: true, issued: '2022-01-01', share: 1, lateDocs: 0 },
                survey: { '3.1': 3 },
                items: {
                    '1.1.1': { choice: 1, self: 1 },
                    '1.1.2': { self: 2 },
                    '1.1.3': { self: 1 },
                    '2.1': { self: 4, appraisal1: 3.5 },
                },
            }),
        );
        expect(result.deviations.map((d) => [d.leaf.leaf.code, d.cause, toNumber(d.self), toNumber(d.score), toNumber(d.difference)])).toEqual([
            ['1.1.1', 'evidence', 1, 0, -1],
            ['1.1.2', 'computed', 2, 1, -1],
            ['2.1', 'appraised', 4, 3.5, -0.5],
        ]);
        expect(toNumber(result.selfTotal!)).toBe(8);
        expect(toNumber(result.gap!)).toBe(2.5);
    });
});

describe('applicability, adjustments, index and grade', () => {
    let plan: ScoringPlan;
    beforeAll(async () => {
        plan = await planOf(SAMPLE);
    });
    const everything = { planDone: 100, tasks: true, funded: true, issued: '2022-01-01', share: 1, lateDocs: 0 };
    const fullMarks = {
        metrics: everything,
        survey: { '3.1': 3 },
        items: { '1.1.1': { choice: 1, evidence: [{ title: 'KH' }] }, '2.1': { appraisal1: 4 } },
    };

    test('full marks give the declared total and index 100', () => {
        const result = scoreAssessment(plan, assessment(plan, fullMarks));
        expect(result.problems).toEqual([]);
        expect(toNumber(result.total)).toBe(20);
        expect(toNumber(result.index!)).toBe(100);
        expect(result.grade).toBe('Tốt');
    });

    test('a not-applicable optional field leaves the maximum, and the index is over what applies', () => {
        const result = scoreAssessment(
            plan,
            assessment(plan, { metrics: { ...everything, planDone: 75 }, survey: { '3.1': 1.5 }, items: { '1.1.1': { choice: 1, evidence: [{ title: 'KH' }] } }, notApplicable: ['2'] }),
        );
        expect(result.problems).toEqual([]);
        expect(toNumber(result.max)).toBe(11);
        expect(toNumber(result.total)).toBe(7 + 1.5);
        expect(toNumber(result.index!)).toBe(77.272727);
        expect(result.grade).toBe('Khá');
        expect(leafOf(result, '2.1').source).toBe('notApplicable');
        expect(result.applicable[plan.nodeByCode.get('2.2')!]).toBe(false);
        const sameByItem = scoreAssessment(plan, assessment(plan, { ...fullMarks, items: { ...fullMarks.items, '2': { notApplicable: { reason: 'Không có TTHC' } } } }));
        expect(toNumber(sameByItem.max)).toBe(11);
    });

    test('a score or an outcome inside a not-applicable node is refused at its place, not dropped', () => {
        const marked = { ...fullMarks, notApplicable: ['2'], items: { ...fullMarks.items, '2.1': { self: 1 }, '2.2': { evidence: [{ title: 'Báo cáo: không phát sinh hồ sơ' }] } } };
        const result = scoreAssessment(plan, assessment(plan, marked));
        expect(problemCodes(result)).toContain('assessment/answer-not-applicable items/2.1/self');
        expect(result.problems.find((p) => p.code === 'assessment/answer-not-applicable')!.message.en).toBe(
            'Item "2.1" has a score or an outcome, but "2" is marked not applicable: remove the answer or the mark',
        );
        // evidence alone may be what shows the node does not apply: no problem for 2.2
        expect(problemCodes(result).filter((code) => code.includes('2.2'))).toEqual([]);
    });

    test('only what the rubric marks optional may be not applicable', () => {
        const result = scoreAssessment(plan, assessment(plan, { ...fullMarks, notApplicable: ['1.1', '9'], items: { ...fullMarks.items, '3.1': { notApplicable: true } } }));
        expect(problemCodes(result)).toEqual(
            expect.arrayContaining([
                'assessment/not-optional notApplicable/0',
                'assessment/unknown-item notApplicable/1',
                'assessment/not-optional items/3.1/notApplicable',
            ]),
        );
        expect(toNumber(result.max)).toBe(20);
    });

    test('bonus and penalty are held to their caps; the index uses the adjusted total, held to [0, 100]', () => {
        const result = scoreAssessment(plan, assessment(plan, { ...fullMarks, bonuses: [{ key: 'Sáng kiến', points: 1.5 }, { key: 'sáng kiến', points: 1 }] }));
        expect(toNumber(result.bonus)).toBe(2);
        expect(toNumber(result.total)).toBe(22);
        expect(toNumber(result.index!)).toBe(100);
        expect(result.adjustments).toMatchObject([{ kind: 'bonus', key: 'Sáng kiến', claimed: 2_500_000, points: 2_000_000 }]);
        const penalised = scoreAssessment(plan, assessment(plan, { ...fullMarks, penalties: [{ key: 'discipline', points: 7 }] }));
        expect(toNumber(penalised.penalty)).toBe(5);
        expect(toNumber(penalised.total)).toBe(15);
        expect(toNumber(penalised.index!)).toBe(75);
        expect(penalised.grade).toBe('Khá');
        const unknown = scoreAssessment(plan, assessment(plan, { ...fullMarks, bonuses: [{ key: 'innovation', points: 1 }] }));
        expect(problemCodes(unknown)).toContain('assessment/unknown-adjustment bonuses/0/key');
        expect(toNumber(unknown.bonus)).toBe(0);
    });

    test('the grade is read from the exact index, not from its rounded display', async () => {
        const fine = await planOf(
            rubricText(`  field 1 "A" max 30 { criterion 1.1 "B" max 30 { judged } }`, '  step 0.001', '30'),
        );
        const at = (points: number) => scoreAssessment(fine, assessment(fine, { items: { '1.1': { appraisal1: points } } }));
        expect(toNumber(at(23.999).index!)).toBe(79.996667);
        expect(at(23.999).grade).toBe('Khá');
        expect(at(24).grade).toBe('Tốt');
    });
});

describe('problems between an assessment and its rubric', () => {
    test('are reported with their paths, never thrown', async () => {
        const plan = await planOf(SAMPLE);
        const result = scoreAssessment(plan, {
            rubric: 'OTHER',
            hash: 'sha256:' + 'f'.repeat(64),
            year: 2021,
            unit: { id: 'x', name: 'X', type: 'commune' },
            metrics: { planDone: 120, share: '0.5', unknownFigure: 1, funded: 'yes' },
            items: { '9.9': { self: 1 }, '1.1': { self: 1 }, '1.2.2': { choice: 'Có' } },
        });
        expect(problemCodes(result)).toEqual(
            expect.arrayContaining([
                'assessment/rubric rubric',
                'assessment/hash hash',
                'assessment/year year',
                'assessment/unit-type unit/type',
                'assessment/metric-range metrics/planDone',
                'assessment/metric-type metrics/share',
                'assessment/unknown-metric metrics/unknownFigure',
                'assessment/metric-type metrics/funded',
                'assessment/unknown-item items/9.9',
                'assessment/not-a-leaf items/1.1/self',
                'assessment/answer-not-expected items/1.2.2/choice',
            ]),
        );
        const rubricProblem = result.problems.find((p) => p.code === 'assessment/rubric')!;
        expect(rubricProblem.message.vi).toBe('Phiếu đánh giá dành cho bộ chỉ số "OTHER", không phải "T"');
        expect(rubricProblem.message.en).toBe('The assessment is for rubric "OTHER", not "T"');
    });
});
