import { describe, expect, test } from 'vitest';
import { canonicalJson, contentHash } from '../../src/compiler/canonical-json.js';
import { CompiledRubricSchema, compiledRubricJsonSchema, type CompiledNode } from '../../src/compiler/compiled-schema.js';
import { compileText, SAMPLE } from './fixtures.js';

function find(nodes: CompiledNode[], code: string): CompiledNode {
    for (const node of nodes) {
        if (node.code === code) return node;
        if (node.children && code.startsWith(node.code + '.')) return find(node.children, code);
    }
    throw new Error(`no node ${code}`);
}

describe('compileRubric', () => {
    test('header, counts and the tree come out as the rubric says', async () => {
        const compiled = await compileText(SAMPLE);
        expect(compiled).toMatchObject({
            id: 'T',
            title: 'Thử nghiệm',
            unitType: 'district',
            year: 2022,
            basis: 'Quyết định số 123/QĐ-UBND',
            total: 20,
            step: 0.01,
            ties: 'shared',
            surveyShare: 3,
            missingEvidence: { kind: 'zero' },
            counts: { fields: 3, criteria: 5, items: 6, leaves: 9 },
        });
        expect(compiled.nodes.map((n) => [n.code, n.max])).toEqual([['1', 8], ['2', 9], ['3', 3]]);
        expect(find(compiled.nodes, '1').lead).toBe('Sở Nội vụ');
        expect(find(compiled.nodes, '2').optional).toEqual({ reason: 'Đơn vị không có TTHC' });
        expect(find(compiled.nodes, '1.1').optional).toBeUndefined();
        expect(compiled.sources).toEqual([]);
        expect(compiled.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    });

    test('every scoring method compiles to its data form, with exact numbers and thresholds in the metric unit', async () => {
        const compiled = await compileText(SAMPLE);
        expect(find(compiled.nodes, '1.1.1').scoring).toEqual({
            method: 'choice',
            outcomes: [
                { label: 'Kịp thời', points: 1 },
                { label: 'Không kịp thời', points: 0.5 },
                { label: 'Không ban hành', points: 0 },
            ],
        });
        expect(find(compiled.nodes, '1.1.1').evidence).toEqual([
            { evidence: 'planDoc', title: 'Kế hoạch CCHC năm', explanationAllowed: false, effect: { kind: 'zero' } },
        ]);
        expect(find(compiled.nodes, '1.1.2').scoring).toEqual({
            method: 'bands',
            metric: 'planDone',
            bands: [
                { operator: '>', threshold: 90, points: 2 },
                { operator: '>=', threshold: 70, points: 1 },
                { else: true, points: 0 },
            ],
        });
        expect(find(compiled.nodes, '1.1.3').scoring).toEqual({
            method: 'yesno',
            condition: {
                type: 'call',
                function: 'all',
                args: [
                    { type: 'metric', name: 'tasks' },
                    { type: 'metric', name: 'funded' },
                ],
            },
            outcomes: { yes: { points: 1 }, no: { points: 0 } },
        });
        expect(find(compiled.nodes, '1.2.1').scoring).toEqual({
            method: 'deadline',
            metric: 'issued',
            due: '2022-01-31',
            graceDays: 5,
            onTime: 1,
            late: 0.5,
            missing: 0,
        });
        expect(find(compiled.nodes, '1.2.2').scoring).toEqual({ method: 'proportional', metric: 'share' });
        expect(find(compiled.nodes, '1.2.3').scoring).toEqual({ method: 'deduct', amount: 0.25, metric: 'lateDocs' });
        expect(find(compiled.nodes, '2.1').scoring).toEqual({ method: 'judged', step: 0.5 });
        expect(find(compiled.nodes, '2.2').scoring).toEqual({
            method: 'formula',
            expression: {
                type: 'call',
                function: 'min',
                args: [
                    { type: 'number', value: 5 },
                    { type: 'binary', operator: '/', left: { type: 'metric', name: 'planDone' }, right: { type: 'number', value: 20 } },
                ],
            },
        });
        expect(find(compiled.nodes, '3.1').scoring).toEqual({ method: 'survey' });
        expect(compiled.adjustments).toEqual({
            bonuses: [{ key: 'Sáng kiến', title: 'Sáng kiến', max: 2 }],
            penalties: [{ key: 'discipline', title: 'Kỷ luật', max: 5 }],
        });
        expect(compiled.grades).toEqual([
            { name: 'Tốt', min: 80, inclusive: true },
            { name: 'Khá', min: 70, inclusive: true },
            { name: 'Trung bình', min: 50, inclusive: true },
            { name: 'Yếu', min: 0, inclusive: true },
        ]);
    });

    test('a percentage threshold over a ratio metric is stored as the ratio', async () => {
        const compiled = await compileText(`
rubric R "R" {
  unitType commune
  year 2023
  total 2
  metric share ratio "Tỷ lệ"
  field 1 "A" max 2 {
    criterion 1.1 "B" max 2 { bands share { >= 95%: 2  > 33.5%: 1  else: 0 } }
  }
  grades { "Đạt" >= 50%  "Không đạt" otherwise }
}`);
        const scoring = find(compiled.nodes, '1.1').scoring;
        expect(scoring).toMatchObject({ bands: [{ threshold: 0.95 }, { threshold: 0.335 }, { else: true }] });
    });

    test('decimal maxima are exact JSON numbers, and the fields add up to the declared total', async () => {
        const maxima = ['18.5', '6', '22', '7', '14', '9.5', '16', '7'];
        const fields = maxima
            .map((max, i) => `  field ${i + 1} "L${i + 1}" max ${max} { criterion ${i + 1}.1 "T" max ${max} { judged } }`)
            .join('\n');
        const compiled = await compileText(`
rubric H "Huyện" {
  unitType district
  year 2022
  total 100
${fields}
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}`);
        const json = JSON.stringify(compiled);
        expect(json).toContain('"max":18.5');
        expect(json).toContain('"max":9.5');
        expect(compiled.nodes.map((n) => n.max)).toEqual([18.5, 6, 22, 7, 14, 9.5, 16, 7]);
        expect(compiled.total).toBe(100);
    });

    test('the same rubric compiles to byte-identical JSON; a changed title changes the hash', async () => {
        const first = JSON.stringify(await compileText(SAMPLE), null, 2);
        const second = JSON.stringify(await compileText(SAMPLE), null, 2);
        expect(second).toBe(first);
        const renamed = await compileText(SAMPLE.replace('"Thực hiện"', '"Mức độ thực hiện"'));
        expect(renamed.hash).not.toBe(JSON.parse(first).hash);
        const repointed = await compileText(SAMPLE.replace('> 90%: 2', '>= 90%: 2'));
        expect(repointed.hash).not.toBe(JSON.parse(first).hash);
    });

    test('the hash is sha256 over the canonical JSON without the hash, whatever the key order', async () => {
        const compiled = await compileText(SAMPLE);
        expect(contentHash(compiled)).toBe(compiled.hash);
        const { hash: _hash, ...rest } = compiled;
        const reordered = Object.fromEntries(Object.entries(rest).reverse());
        expect(contentHash(reordered)).toBe(compiled.hash);
        expect(canonicalJson({ b: 1, a: [2, { d: null, c: 'x' }] })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
    });

    test('metrics and evidence declared in an imported file are included, and the import is listed relatively', async () => {
        const common = `
metric onTimeRate percent "Tỷ lệ hồ sơ đúng hạn"
evidence yearReport "Báo cáo CCHC năm" kind report min 2 issuedBy 2022-12-15
`;
        const compiled = await compileText(
            `
import "shared/common.rubric"
rubric R "R" {
  unitType district
  year 2022
  total 2
  field 1 "A" max 2 {
    criterion 1.1 "B" max 2 {
      bands onTimeRate { >= 95%: 2  >= 90%: 1  else: 0 }
      requires yearReport or explanation missing cap 1
    }
  }
  grades { "Đạt" >= 50%  "Không đạt" otherwise }
}`,
            { 'shared/common.rubric': common },
        );
        expect(compiled.sources).toEqual(['shared/common.rubric']);
        expect(compiled.metrics).toEqual([{ name: 'onTimeRate', type: 'percent', title: 'Tỷ lệ hồ sơ đúng hạn' }]);
        expect(compiled.evidence).toEqual([
            { name: 'yearReport', title: 'Báo cáo CCHC năm', kind: 'report', minCount: 2, issuedBy: '2022-12-15' },
        ]);
        expect(find(compiled.nodes, '1.1').evidence).toEqual([
            { evidence: 'yearReport', title: 'Báo cáo CCHC năm', explanationAllowed: true, effect: { kind: 'cap', cap: 1 } },
        ]);
    });

    test('the compiled document passes its own zod schema and JSON Schema, and survives a JSON round trip', async () => {
        const compiled = await compileText(SAMPLE);
        const reread = CompiledRubricSchema.parse(JSON.parse(JSON.stringify(compiled)));
        expect(reread).toEqual(compiled);
        const { Ajv2020 } = await import('ajv/dist/2020.js');
        const ajv = new Ajv2020({ allErrors: true, strict: false });
        const validate = ajv.compile(compiledRubricJsonSchema());
        expect(validate(JSON.parse(JSON.stringify(compiled)))).toBe(true);
        expect(validate({ ...compiled, extra: 1 })).toBe(false);
        expect(CompiledRubricSchema.safeParse({ ...compiled, ties: 'random' }).success).toBe(false);
    });
});

describe('published outcome texts', () => {
    test('labelled bands and deadline outcomes keep their texts beside the exact bounds', async () => {
        const compiled = await compileText(`
rubric L "Nhãn" {
  unitType district
  year 2022
  total 3
  metric planDone percent "Mức độ thực hiện kế hoạch CCHC"
  metric issued date "Ngày ban hành kế hoạch"
  field 1 "Chỉ đạo, điều hành" max 3 {
    item 1.1 "Ban hành kế hoạch" max 1 {
      deadline issued due 2022-01-31 { onTime "Ban hành kịp thời": 1  late: 0.5  missing "Không ban hành": 0 }
    }
    item 1.2 "Mức độ thực hiện kế hoạch" max 2 {
      bands planDone { > 90% "Thực hiện trên 90% kế hoạch": 2  >= 70%: 1  else "Dưới 70% kế hoạch": 0 }
    }
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}`);
        expect(find(compiled.nodes, '1.1').scoring).toEqual({
            method: 'deadline',
            metric: 'issued',
            due: '2022-01-31',
            graceDays: 0,
            onTime: 1,
            late: 0.5,
            missing: 0,
            labels: { onTime: 'Ban hành kịp thời', missing: 'Không ban hành' },
        });
        expect(find(compiled.nodes, '1.2').scoring).toEqual({
            method: 'bands',
            metric: 'planDone',
            bands: [
                { operator: '>', threshold: 90, label: 'Thực hiện trên 90% kế hoạch', points: 2 },
                { operator: '>=', threshold: 70, points: 1 },
                { else: true, label: 'Dưới 70% kế hoạch', points: 0 },
            ],
        });
    });
});
