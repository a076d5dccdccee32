import { beforeAll, describe, expect, test } from 'vitest';
import type { CompiledRubric } from '../../src/compiler/compiled-schema.js';
import { diffRubrics } from '../../src/diff/diff-rubrics.js';
import { summaryText } from '../../src/diff/diff-text.js';
import { compileText, SAMPLE } from '../compiler/fixtures.js';

/** SAMPLE with each [before, after] replaced once; a replacement that finds nothing fails the test. */
function variant(...edits: [string, string][]): string {
    let text = SAMPLE;
    for (const [from, to] of edits) {
        if (!text.includes(from)) throw new Error(`not in SAMPLE: ${from}`);
        text = text.replace(from, to);
    }
    return text;
}

let base: CompiledRubric;
beforeAll(async () => {
    base = await compileText(SAMPLE);
});

async function diffWith(...edits: [string, string][]) {
    return diffRubrics(base, await compileText(variant(...edits)));
}

describe('diffRubrics', () => {
    test('a rubric compared with itself has no change at all', () => {
        const diff = diffRubrics(base, base);
        expect(diff.summary).toEqual({ added: 0, removed: 0, reweighted: 0, moved: 0, rescored: 0 });
        expect([diff.header, diff.added, diff.removed, diff.moved, diff.reweighted, diff.nodes, diff.documents, diff.grades, diff.adjustments].flat()).toEqual([]);
    });

    test('a criterion removed and the next renumbered into its place: one removal and one move, its items following silently', async () => {
        const diff = await diffWith(
            ['    criterion 1.2 "Thời hạn" max 4 {', '    criterion 1.1 "Thời hạn" max 8 {'],
            ['item 1.2.1 "Ban hành đúng hạn" max 1', 'item 1.1.1 "Ban hành đúng hạn" max 3'],
            ['item 1.2.2 "Tỷ lệ" max 1', 'item 1.1.2 "Tỷ lệ" max 3'],
            ['item 1.2.3 "Trễ hạn" max 2', 'item 1.1.3 "Trễ hạn" max 2'],
            [
                `    criterion 1.1 "Kế hoạch" max 4 {
      item 1.1.1 "Ban hành" max 1 {
        choice { "Kịp thời": 1  "Không kịp thời": 0.5  "Không ban hành": 0 }
        requires planDoc
      }
      item 1.1.2 "Thực hiện" max 2 { bands planDone { > 90%: 2  >= 70%: 1  else: 0 } }
      item 1.1.3 "Nhiệm vụ và kinh phí" max 1 { yesno all(tasks, funded) { yes: 1  no: 0 } }
    }
`,
                '',
            ],
            ['{ onTime: 1  late: 0.5  missing: 0 }', '{ onTime: 3  late: 0.5  missing: 0 }'],
        );
        expect(diff.removed).toEqual([{ code: '1.1', kind: 'criterion', title: 'Kế hoạch', max: 4, descendants: 3 }]);
        expect(diff.added).toEqual([]);
        expect(diff.moved).toEqual([{ before: '1.2', after: '1.1', kind: 'criterion', title: 'Thời hạn' }]);
        expect(diff.reweighted.map((r) => [r.before, r.after, r.maxBefore, r.maxAfter])).toEqual([
            ['1.2', '1.1', 4, 8],
            ['1.2.1', '1.1.1', 1, 3],
            ['1.2.2', '1.1.2', 1, 3],
        ]);
    });

    test('a new node under a code last year used for something else is an addition and a removal, not a retitling', async () => {
        const diff = await diffWith(['criterion 2.1 "Đánh giá" max 4 { judged step 0.5 }', 'criterion 2.1 "Ứng dụng phần mềm" max 4 { judged step 0.5 }']);
        expect(diff.added.map((n) => [n.code, n.title])).toEqual([['2.1', 'Ứng dụng phần mềm']]);
        expect(diff.removed.map((n) => [n.code, n.title])).toEqual([['2.1', 'Đánh giá']]);
        expect(diff.summary).toMatchObject({ added: 1, removed: 1, moved: 0 });
    });

    test('a field renamed beyond recognition is replaced, but its criteria, unchanged, are still matched and not counted with it', async () => {
        const diff = await diffWith(['field 3 "Tác động" max 3', 'field 3 "Sự hài lòng của người dân" max 3']);
        expect(diff.added).toEqual([{ code: '3', kind: 'field', title: 'Sự hài lòng của người dân', max: 3, descendants: 0 }]);
        expect(diff.removed).toEqual([{ code: '3', kind: 'field', title: 'Tác động', max: 3, descendants: 0 }]);
        expect(diff.nodes).toEqual([]);
    });

    test('a title reworded under the same code is the same node with a new title', async () => {
        const diff = await diffWith(['item 1.1.1 "Ban hành" max 1', 'item 1.1.1 "Ban hành kế hoạch" max 1']);
        expect(diff.nodes).toEqual([
            { before: '1.1.1', after: '1.1.1', kind: 'item', title: 'Ban hành kế hoạch', other: [{ kind: 'title', before: 'Ban hành', after: 'Ban hành kế hoạch' }], scoring: [], evidence: [] },
        ]);
        expect(diff.added).toEqual([]);
    });

    test('re-weighted fields carry their share of the total before and after, exactly', async () => {
        const diff = await diffWith(
            ['field 1 "Chỉ đạo" max 8', 'field 1 "Chỉ đạo" max 7.5'],
            ['item 1.2.3 "Trễ hạn" max 2', 'item 1.2.3 "Trễ hạn" max 1.5'],
            ['criterion 1.2 "Thời hạn" max 4', 'criterion 1.2 "Thời hạn" max 3.5'],
            ['field 2 "Thể chế" max 9', 'field 2 "Thể chế" max 9.5'],
            ['criterion 2.1 "Đánh giá" max 4', 'criterion 2.1 "Đánh giá" max 4.5'],
        );
        const field1 = diff.reweighted.find((r) => r.after === '1')!;
        // 8 of 20 is 40 %, 7.5 of 20 is 37.5 %
        expect(field1).toMatchObject({ maxBefore: 8, maxAfter: 7.5, shareBefore: 40, shareAfter: 37.5 });
        expect(diff.reweighted.find((r) => r.after === '2')).toMatchObject({ shareBefore: 45, shareAfter: 47.5 });
        expect(diff.summary.reweighted).toBe(5);
    });

    test('scoring changes of every method are named one fact at a time', async () => {
        const diff = await diffWith(
            ['"Không kịp thời": 0.5', '"Không kịp thời": 0.25'],
            ['> 90%: 2  >= 70%: 1', '> 90%: 2  >= 75%: 1'],
            ['yesno all(tasks, funded)', 'yesno funded'],
            ['due 2022-01-31 grace 5 days { onTime: 1  late: 0.5', 'due 2022-02-15 grace 10 days { onTime: 1  late: 0.25'],
            ['deduct 0.25 per lateDocs', 'deduct 0.5 per lateDocs'],
            ['judged step 0.5', 'judged step 0.25'],
            ['formula min(5, planDone / 20)', 'formula min(5, planDone / 10)'],
            ['{ proportional share }', '{ judged step 0.5 }'],
        );
        const scoring = Object.fromEntries(diff.nodes.map((n) => [n.after, n.scoring]));
        expect(scoring['1.1.1']).toEqual([{ kind: 'outcomePoints', label: 'Không kịp thời', before: 0.5, after: 0.25 }]);
        expect(scoring['1.1.2']).toEqual([
            {
                kind: 'bandThreshold',
                before: { operator: '>=', threshold: 70, percent: true, label: null, points: 1 },
                after: { operator: '>=', threshold: 75, percent: true, label: null, points: 1 },
            },
        ]);
        expect(scoring['1.1.3']).toEqual([{ kind: 'condition', before: 'all(tasks, funded)', after: 'funded' }]);
        expect(scoring['1.2.1']).toEqual([
            { kind: 'due', before: '2022-01-31', after: '2022-02-15' },
            { kind: 'graceDays', before: 5, after: 10 },
            { kind: 'deadlinePoints', outcome: 'late', before: 0.5, after: 0.25 },
        ]);
        expect(scoring['1.2.2']).toEqual([{ kind: 'method', before: 'proportional', after: 'judged' }]);
        expect(scoring['1.2.3']).toEqual([{ kind: 'deductAmount', before: 0.25, after: 0.5 }]);
        expect(scoring['2.1']).toEqual([{ kind: 'judgedStep', before: 0.5, after: 0.25 }]);
        expect(scoring['2.2']).toEqual([{ kind: 'formula', before: 'min(5, planDone / 20)', after: 'min(5, planDone / 10)' }]);
        expect(diff.summary.rescored).toBe(8);
    });

    test('evidence rules, declared documents, grades, adjustments and header settings changed', async () => {
        const diff = await diffWith(
            ['        requires planDoc\n', '        requires planDoc or explanation missing cap 0.5\n'],
            ['{ bands planDone { > 90%: 2  >= 70%: 1  else: 0 } }', '{ bands planDone { > 90%: 2  >= 70%: 1  else: 0 }\n        requires "Báo cáo kết quả" }'],
            ['evidence planDoc "Kế hoạch CCHC năm" kind decision', 'evidence planDoc "Kế hoạch CCHC năm" kind decision min 2'],
            ['"Khá" >= 70%', '"Khá" >= 65%'],
            ['penalty discipline "Kỷ luật" max 5', 'penalty discipline "Kỷ luật" max 4'],
            ['step 0.01', 'step 0.25'],
        );
        const evidence = Object.fromEntries(diff.nodes.map((n) => [n.after, n.evidence]));
        expect(evidence['1.1.1']).toEqual([
            { kind: 'ruleEffect', title: 'Kế hoạch CCHC năm', before: { kind: 'zero' }, after: { kind: 'cap', cap: 0.5 } },
            { kind: 'ruleExplanation', title: 'Kế hoạch CCHC năm', allowed: true },
        ]);
        expect(evidence['1.1.2']).toEqual([{ kind: 'ruleAdded', title: 'Báo cáo kết quả' }]);
        expect(diff.documents).toEqual([{ kind: 'documentMinCount', name: 'planDoc', title: 'Kế hoạch CCHC năm', before: 1, after: 2 }]);
        expect(diff.grades).toEqual([{ kind: 'gradeThreshold', name: 'Khá', before: { min: 70, inclusive: true }, after: { min: 65, inclusive: true } }]);
        expect(diff.adjustments).toEqual([{ kind: 'adjustmentMax', side: 'penalty', key: 'discipline', title: 'Kỷ luật', before: 5, after: 4 }]);
        expect(diff.header).toEqual([{ property: 'step', before: 0.01, after: 0.25 }]);
        expect(diff.summary.rescored).toBe(0);
    });

    test('the summary line in Vietnamese and English', async () => {
        const diff = await diffWith(['criterion 2.1 "Đánh giá" max 4 { judged step 0.5 }', 'criterion 2.1 "Ứng dụng phần mềm" max 4 { judged step 0.5 }']);
        expect(summaryText(diff.summary, 'vi')).toBe('1 tiêu chí thêm mới, 1 bỏ, 0 thay đổi điểm, 0 đánh số lại, 0 thay đổi cách chấm');
        expect(summaryText(diff.summary, 'en')).toBe('1 criterion added, 1 removed, 0 re-weighted, 0 renumbered, 0 scored differently');
    });
});
