import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { services } from '../parse-helper.js';
import { vietnamese } from './lsp-fixtures.js';

const complete = expectCompletion(services.Rubric);
const completeVi = expectCompletion(vietnamese.Rubric);

const declarations = `rubric R {
  total 10
  metric rate percent "Tỷ lệ"
  metric share ratio "Tỷ số"
  metric late count "Số lần trễ"
  metric due date "Ngày ban hành"
  metric done yesno "Đã làm"
  evidence planDoc "Kế hoạch" kind plan
  evidence report "Báo cáo" kind report
`;

function byLabel(list: CompletionList, label: string): CompletionItem | undefined {
    return list.items.find((item) => item.label === label);
}

function insertText(item: CompletionItem | undefined): string | undefined {
    return item?.textEdit?.newText ?? item?.insertText;
}

describe('completion', () => {
    test('inside a leaf: a snippet for every scoring method, its best outcome the leaf’s max', async () => {
        const text = `${declarations}  field 1 "A" max 10 {\n    item 1.1 "B" max 2.5 {\n      <|>\n    }\n  }\n}\n`;
        await complete({
            text,
            index: 0,
            assert: (list) => {
                for (const method of ['choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged', 'survey', 'formula']) {
                    expect(byLabel(list, method)?.insertTextFormat, method).toBe(2);
                }
                expect(insertText(byLabel(list, 'choice'))).toBe('choice {\n\t"${1:Met}": ${2:2.5}\n\t"${3:Not met}": ${4:0}\n}');
                expect(insertText(byLabel(list, 'bands'))).toBe('bands ${1|rate,share,late|} {\n\t>= ${2:90%}: ${3:2.5}\n\telse: ${4:0}\n}');
                expect(insertText(byLabel(list, 'deduct'))).toBe('deduct ${1:0.25} per ${2|late|}');
                expect(insertText(byLabel(list, 'proportional'))).toBe('proportional ${1|rate,share|}');
                expect(insertText(byLabel(list, 'deadline'))).toMatch(/^deadline \$\{1\|due\|\} due /);
                expect(insertText(byLabel(list, 'requires'))).toBe('requires ${1|planDoc,report|}');
                expect(byLabel(list, 'choice')?.detail).toBe('One of several named outcomes with points');
            },
            disposeAfterCheck: true,
        });
    });

    test('the next node gets the next code: after 1.1.2 comes 1.1.3, and the kind that fits ranks first', async () => {
        const text = `${declarations}  field 1 "A" max 10 {\n    criterion 1.1 "B" max 10 {\n      item 1.1.1 "C" max 5 { judged }\n      item 1.1.2 "D" max 5 { judged }\n      <|>\n    }\n  }\n}\n`;
        await complete({
            text,
            index: 0,
            assert: (list) => {
                const item = byLabel(list, 'item');
                expect(insertText(item)).toBe('item ${1:1.1.3} "${2:Title}" max ${3:1} {\n\t$0\n}');
                expect(item?.detail).toBe('Sub-criterion 1.1.3');
                expect(item?.preselect).toBe(true);
                expect(byLabel(list, 'criterion')?.preselect).toBe(false);
            },
            disposeAfterCheck: true,
        });
    });

    test('in the rubric: the next field, declarations and header properties (vi)', async () => {
        const text = `${declarations}  field 1 "A" max 10 { item 1.1 "B" max 10 { judged } }\n  <|>\n}\n`;
        await completeVi({
            text,
            index: 0,
            assert: (list) => {
                expect(insertText(byLabel(list, 'field'))).toBe('field ${1:2} "${2:Tên tiêu chí}" max ${3:1} {\n\t$0\n}');
                expect(byLabel(list, 'field')?.detail).toBe('Lĩnh vực 2');
                expect(insertText(byLabel(list, 'metric'))).toBe('metric ${1:name} ${2|percent,ratio,count,number,date,yesno,oneOf|} "${3:Tên số liệu}"');
                expect(insertText(byLabel(list, 'evidence'))).toBe('evidence ${1:name} "${2:Tên tài liệu}" kind ${3:report}');
                expect(insertText(byLabel(list, 'unitType'))).toBe('unitType ${1|province,department,district,commune|}');
                expect(insertText(byLabel(list, 'survey'))).toBe('survey ${1:32}');
                expect(insertText(byLabel(list, 'missingEvidence'))).toBe('missingEvidence ${1|zero,flag,cap 0|}');
            },
            disposeAfterCheck: true,
        });
    });

    test('metric names where a metric goes: only the types that fit', async () => {
        const body = (method: string) => `${declarations}  field 1 "A" max 10 {\n    item 1.1 "B" max 10 { ${method} }\n  }\n}\n`;
        const names = (list: CompletionList) => list.items.map((i) => i.label).filter((l) => ['rate', 'share', 'late', 'due', 'done'].includes(l)).sort();
        await complete({ text: body('bands <|>'), index: 0, assert: (list) => expect(names(list)).toEqual(['late', 'rate', 'share']), disposeAfterCheck: true });
        await complete({ text: body('proportional <|>'), index: 0, assert: (list) => expect(names(list)).toEqual(['rate', 'share']), disposeAfterCheck: true });
        await complete({ text: body('deduct 1 per <|>'), index: 0, assert: (list) => expect(names(list)).toEqual(['late']), disposeAfterCheck: true });
        await complete({ text: body('deadline <|>'), index: 0, assert: (list) => expect(names(list)).toEqual(['due']), disposeAfterCheck: true });
        await complete({ text: body('formula <|>'), index: 0, assert: (list) => expect(names(list)).toEqual(['done', 'due', 'late', 'rate', 'share']), disposeAfterCheck: true });
    });

    test('evidence names after requires', async () => {
        const text = `${declarations}  field 1 "A" max 10 {\n    item 1.1 "B" max 10 {\n      judged\n      requires <|>\n    }\n  }\n}\n`;
        await complete({ text, index: 0, expectedItems: ['planDoc', 'report'], disposeAfterCheck: true });
    });

    test('only the node kinds that may stand there: fields at the top, criteria and items below', async () => {
        const top = `${declarations}  <|>\n}\n`;
        await complete({
            text: top,
            index: 0,
            assert: (list) => expect(list.items.map((i) => i.label).filter((l) => ['field', 'criterion', 'item'].includes(l))).toEqual(['field']),
            disposeAfterCheck: true,
        });
        const inside = `${declarations}  field 1 "A" max 10 {\n    <|>\n  }\n}\n`;
        await complete({
            text: inside,
            index: 0,
            assert: (list) => {
                expect(list.items.map((i) => i.label).filter((l) => ['field', 'criterion', 'item'].includes(l))).toEqual(['criterion', 'item']);
                expect(insertText(byLabel(list, 'criterion'))).toMatch(/^criterion \$\{1:1\.1\}/);
            },
            disposeAfterCheck: true,
        });
    });
});
