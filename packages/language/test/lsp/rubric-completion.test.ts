import { expectCompletion, parseHelper } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { services } from '../parse-helper.js';
import { vietnamese } from './lsp-fixtures.js';

const complete = expectCompletion(services.Rubric);
const completeVi = expectCompletion(vietnamese.Rubric);
const parseDocument = parseHelper(services.Rubric);

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

describe('completion knows where it is', () => {
    const labels = (list: CompletionList) => list.items.map((i) => i.label);
    const methods = ['choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged', 'survey', 'formula'];
    const inItem = (members: string) => `${declarations}  field 1 "A" max 10 {\n    item 1.1 "B" max 10 {\n${members}      <|>\n    }\n  }\n}\n`;

    test('in an empty leaf: each method once, and nothing of the rubric (rubric, field, grades, header words)', async () => {
        await complete({
            text: inItem(''),
            index: 0,
            assert: (list) => {
                for (const method of methods) expect(labels(list).filter((l) => l === method), method).toHaveLength(1);
                for (const word of ['rubric', 'field', 'grades', 'metric', 'evidence', 'total', 'unitType', 'import']) expect(labels(list)).not.toContain(word);
            },
            disposeAfterCheck: true,
        });
    });

    test('where a method already exists: no second method and no child, but requires', async () => {
        await complete({
            text: inItem('      choice { "Có": 10  "Không": 0 }\n'),
            index: 0,
            assert: (list) => {
                expect(labels(list).filter((l) => methods.includes(l) || l === 'criterion' || l === 'item')).toEqual([]);
                expect(labels(list)).toContain('requires');
            },
            disposeAfterCheck: true,
        });
    });

    test('in a parent: children, no method', async () => {
        await complete({
            text: `${declarations}  field 1 "A" max 10 {\n    item 1.1 "B" max 10 { judged }\n    <|>\n  }\n}\n`,
            index: 0,
            assert: (list) => {
                expect(labels(list)).toContain('item');
                expect(labels(list).filter((l) => methods.includes(l))).toEqual([]);
            },
            disposeAfterCheck: true,
        });
    });

    test("on a node's header line: its properties, not the rubric's", async () => {
        await complete({ text: `${declarations}  field 1 "A" max 10 <|> {\n  }\n}\n`, index: 0, assert: (list) => expect(labels(list).sort()).toEqual(['lead', 'max', 'optional']), disposeAfterCheck: true });
    });

    test('in an empty file: a whole rubric that parses as inserted, imports and shared declarations', async () => {
        await complete({
            text: '<|>',
            index: 0,
            assert: (list) => {
                expect(labels(list).sort()).toEqual(['evidence', 'import', 'metric', 'rubric']);
                const rubric = insertText(byLabel(list, 'rubric'))!;
                expect(rubric).toMatch(/^rubric \$\{1:PAR_\d{4}\} /);
            },
            disposeAfterCheck: true,
        });
    });
});

describe('every snippet inserts text the language accepts', () => {
    /** What the user gets after accepting every default: ${1:x} → x, ${1|a,b|} → a, $0 → nothing. */
    function expand(body: string): string {
        let text = body;
        for (let previous = ''; previous !== text; ) {
            previous = text;
            text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
        }
        return text.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\d+/g, '');
    }
    const places: [string, (snippet: string) => string][] = [
        ['the file', (s) => s],
        ['a rubric', (s) => `${declarations}${s}\n}\n`],
        ['a field', (s) => `${declarations}field 1 "F" max 1 {\n${s}\n}\n}\n`],
        ['an item', (s) => `${declarations}field 1 "F" max 1 {\nitem 1.1 "I" max 1 {\n${s}\n}\n}\n}\n`],
    ];
    test.each(places)('in %s', async (_, wrap) => {
        let snippets: CompletionItem[] = [];
        await complete({ text: wrap('<|>'), index: 0, assert: (list) => (snippets = list.items.filter((i) => i.kind === 15)), disposeAfterCheck: true });
        expect(snippets.length).toBeGreaterThan(0);
        for (const snippet of snippets) {
            const document = await parseDocument(wrap(expand(insertText(snippet)!)));
            const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map((e) => e.message);
            expect(errors, String(snippet.label)).toEqual([]);
        }
    });
});
