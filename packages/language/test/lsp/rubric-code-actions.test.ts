import { TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper, testCodeAction } from 'langium/test';
import type { CodeAction } from 'vscode-languageserver-types';
import { afterEach, describe, expect, test } from 'vitest';
import type { RubricFile } from '../../src/generated/ast.js';
import { IssueCodes } from '../../src/validation/issue-codes.js';
import { services } from '../parse-helper.js';
import { vietnamese } from './lsp-fixtures.js';

const fix = testCodeAction(services.Rubric);
const fixVi = testCodeAction(vietnamese.Rubric);

describe('quick fixes', () => {
    test('sum/children: the parent max becomes the children’s exact sum', async () => {
        const before = 'rubric R {\n  total 3\n  field 1 "A" max 3 {\n    item 1.1 "B" max 1 { judged }\n    item 1.2 "C" max 1.75 { judged }\n  }\n}\n';
        const result = await fix(before, IssueCodes.ChildrenMismatch, before.replace('max 3 {', 'max 2.75 {'));
        expect(result.action?.title).toBe('Set the max of 1 to 2.75');
        const vi = await fixVi(before, IssueCodes.ChildrenMismatch, before.replace('max 3 {', 'max 2.75 {'));
        expect(vi.action?.title).toBe('Đặt điểm tối đa của 1 thành 2,75');
    });

    test('sum/total: the total becomes the fields’ sum', async () => {
        const before = 'rubric R {\n  total 100\n  field 1 "A" max 17.64 { item 1.1 "B" max 17.64 { judged } }\n  field 2 "C" max 5.9 { item 2.1 "D" max 5.9 { judged } }\n}\n';
        const result = await fix(before, IssueCodes.TotalMismatch, before.replace('total 100', 'total 23.54'));
        expect(result.action?.title).toBe('Set the total to 23.54');
        expect((await fixVi(before, IssueCodes.TotalMismatch, before.replace('total 100', 'total 23.54'))).action?.title).toBe('Đặt tổng điểm thành 23,54');
    });

    test('bands/no-else: `else: 0` closes a one-line block and a multi-line one', async () => {
        const oneLine = 'rubric R {\n  metric m percent\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { bands m { >= 90%: 1 } }\n  }\n}\n';
        const result = await fix(oneLine, IssueCodes.BandsNoElse, oneLine.replace('>= 90%: 1 }', '>= 90%: 1  else: 0 }'));
        expect(result.action?.title).toBe('Add the band "else: 0"');
        const multiLine = 'rubric R {\n  metric m percent\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 {\n      bands m {\n        >= 90%: 1\n      }\n    }\n  }\n}\n';
        await fix(multiLine, IssueCodes.BandsNoElse, multiLine.replace('>= 90%: 1\n', '>= 90%: 1\n        else: 0\n'));
    });

    test('an unknown metric is declared after the last metric, typed from its use', async () => {
        const before = 'rubric R {\n  metric m percent "M"\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { deduct 0.25 per lateDocs }\n  }\n}\n';
        const after = before.replace('metric m percent "M"', 'metric m percent "M"\n  metric lateDocs count "lateDocs"');
        const result = await fix(before, IssueCodes.UnresolvedReference, after);
        expect(result.action?.title).toBe('Declare the metric "lateDocs"');
        expect(result.diagnosticRelevant.code).toBe(IssueCodes.UnresolvedReference);
    });

    test('with no metric yet, the declaration goes before the first field; percent bands give a percent metric', async () => {
        const before = 'rubric R {\n  total 1\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { bands rate { >= 90%: 1  else: 0 } }\n  }\n}\n';
        const after = before.replace('  field 1', '  metric rate percent "rate"\n\n  field 1');
        await fix(before, IssueCodes.UnresolvedReference, after);
    });

    test('unknown evidence is declared too (vi title)', async () => {
        const before = 'rubric R {\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 {\n      judged\n      requires planDoc\n    }\n  }\n}\n';
        const after = before.replace('  field 1', '  evidence planDoc "planDoc"\n\n  field 1');
        const result = await fixVi(before, IssueCodes.UnresolvedReference, after);
        expect(result.action?.title).toBe('Khai báo tài liệu kiểm chứng "planDoc"');
    });

    test('metric/unused: the declaration line goes, with its trailing comment', async () => {
        const before = 'rubric R {\n  metric used count "U"\n  metric spare percent "S" // không dùng\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { deduct 1 per used }\n  }\n}\n';
        const result = await fix(before, IssueCodes.MetricUnused, before.replace('  metric spare percent "S" // không dùng\n', ''));
        expect(result.action?.title).toBe('Remove the unused metric "spare"');
    });

    test('evidence/unused: the declaration goes; when it shares its line, only it goes (vi title)', async () => {
        const before = 'rubric R {\n  evidence spare "S" kind report  metric used count\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { deduct 1 per used }\n  }\n}\n';
        const result = await fixVi(before, IssueCodes.EvidenceUnused, before.replace('evidence spare "S" kind report  ', ''));
        expect(result.action?.title).toBe('Xoá tài liệu kiểm chứng "spare" không dùng');
    });

    test('code/parent: the code takes its parent’s prefix, and its children follow', async () => {
        const before =
            'rubric R {\n  field 1 "A" max 1 {\n    criterion 1.1 "B" max 1 {\n      criterion 1.2.1 "C" max 1 {\n        item 1.2.1.1 "D" max 1 { judged }\n      }\n    }\n  }\n}\n';
        const after = before.replace('criterion 1.2.1 "C"', 'criterion 1.1.1 "C"').replace('item 1.2.1.1', 'item 1.1.1.1');
        const result = await fix(before, IssueCodes.CodeParentMismatch, after);
        expect(result.action?.title).toBe('Change the code 1.2.1 to 1.1.1');
        expect(result.diagnosticRelevant.data).toMatchObject({ expected: '1.1.1' });
    });

    test('points/best-not-max: a leaf’s max becomes its best outcome', async () => {
        const before = 'rubric R {\n  field 1 "A" max 2 {\n    item 1.1 "B" max 2 { choice { "Có": 1.5  "Không": 0 } }\n  }\n}\n';
        const result = await fix(before, IssueCodes.BestNotMax, before.replace('item 1.1 "B" max 2', 'item 1.1 "B" max 1.5'));
        expect(result.action?.title).toBe('Set the max of 1.1 to 1.5');
    });

    test('a finding without an obvious repair offers none', async () => {
        const before = 'rubric R {\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { judged }\n  }\n}\n';
        expect((await fix(before, IssueCodes.GradesMissing, undefined)).action).toBeUndefined();
    });

    test('an unknown word close to a known one is corrected', async () => {
        const before = 'rubric R {\n  field 1 "A" mx 1 {\n    item 1.1 "B" max 1 { judged }\n  }\n}\n';
        const result = await fix(before, IssueCodes.UnknownWord, before.replace(' mx 1', ' max 1'));
        expect(result.action?.title).toBe('Change to "max"');
    });
});

describe('errors at their cause, with their repair', () => {
    const parse = parseHelper<RubricFile>(services.Rubric);
    const opened: LangiumDocument[] = [];
    afterEach(async () => {
        await clearDocuments(services.Rubric, opened.splice(0));
    });

    /** The quick fixes offered for the document's one diagnostic with the code, applied one by one. */
    async function fixesFor(document: LangiumDocument, code: string): Promise<{ title: string; after: string; preferred: boolean }[]> {
        const relevant = (document.diagnostics ?? []).filter((d) => d.code === code);
        expect(relevant).toHaveLength(1);
        const actions = (await services.Rubric.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: relevant[0].range,
            context: { diagnostics: relevant, triggerKind: 1 },
        })) as CodeAction[];
        return actions.map((a) => ({
            title: a.title,
            preferred: a.isPreferred === true,
            after: TextDocument.applyEdits(document.textDocument, a.edit!.changes![document.uri.toString()]),
        }));
    }

    test('a decimal comma: "write 1.5, not 1,5" and the point written for it', async () => {
        const before = 'rubric R {\n  total 1\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 { choice { "Có": 1  "Một phần": 0,5  "Không": 0 } }\n  }\n}\n';
        const result = await fix(before, IssueCodes.DecimalComma, before.replace('0,5', '0.5'));
        expect(result.diagnosticRelevant.message).toBe('Write 0.5, not 0,5: numbers take a decimal point');
        expect(result.action?.title).toBe('Write 0.5');
        const vi = await fixVi(before, IssueCodes.DecimalComma, before.replace('0,5', '0.5'));
        expect(vi.diagnosticRelevant.message).toBe('Viết 0.5, không viết 0,5: số thập phân dùng dấu chấm');
    });

    test('a misspelt imported name: "did you mean planDoc" comes first, declaring planDok second', async () => {
        opened.push(await parse('evidence planDoc "Kế hoạch CCHC năm" kind decision\n', { documentUri: 'file:///dym/common.rubric' }));
        const main = 'import "common.rubric"\nrubric R {\n  total 1\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 {\n      judged\n      requires planDok\n    }\n  }\n}\n';
        const document = await parse(main, { documentUri: 'file:///dym/main.rubric', validation: true });
        opened.push(document);
        const unresolved = document.diagnostics?.filter((d) => d.code === IssueCodes.UnresolvedReference);
        expect(unresolved?.map((d) => d.message)).toEqual(['Unknown evidence "planDok"; did you mean "planDoc"?']);
        const fixes = await fixesFor(document, IssueCodes.UnresolvedReference);
        expect(fixes.map((f) => [f.title, f.preferred])).toEqual([
            ['Change to "planDoc"', true],
            ['Declare the evidence "planDok"', false],
        ]);
        expect(fixes[0].after).toBe(main.replace('planDok', 'planDoc'));
    });

    test('a name far from every name in scope gets no guess', async () => {
        const document = await parse('rubric R {\n  metric planDone percent\n  field 1 "A" max 1 { item 1.1 "B" max 1 { proportional onTimeRate } }\n}\n', { validation: true });
        opened.push(document);
        const fixes = await fixesFor(document, IssueCodes.UnresolvedReference);
        expect(fixes.map((f) => f.title)).toEqual(['Declare the metric "onTimeRate"']);
    });
});
