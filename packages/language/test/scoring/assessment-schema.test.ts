import { describe, expect, test } from 'vitest';
import { formatPath } from '../../src/assessment/assessment-problem.js';
import { AssessmentSchema, assessmentJsonSchema, parseAssessment } from '../../src/assessment/assessment-schema.js';

const full = {
    $schema: './rubric.assessment.schema.json',
    rubric: 'PAR_HUYEN_2022',
    rubricFile: '..\\rubrics/huyen-2022.rubric',
    hash: 'sha256:' + '0'.repeat(64),
    year: 2022,
    unit: { id: 'song-cau', name: 'UBND thị xã Sông Cầu', type: 'district' },
    metrics: { onTimeRate: 93.2, share: 0.5, lateDocs: 3, issued: '2022-01-20', funded: true, level: 'Khá' },
    items: {
        '1.1.1': {
            choice: 'Ban hành kịp thời',
            self: 1,
            appraisal1: 1,
            appraisal2: 0.5,
            evidence: [{ title: 'Kế hoạch 12/KH-UBND', number: '12/KH-UBND', date: '2022-01-15', link: 'https://x', section: 'Mục II', ref: 'planDoc' }],
            explanation: { text: 'Đã gửi bổ sung', accepted: true },
            notes: 'ghi chú',
        },
        '1.1.2': { choice: 2, answer: 'yes' },
        '1.1.3': { answer: false },
        '3': { notApplicable: { reason: 'Không có TTHC' } },
        '3.1': { notApplicable: true },
    },
    survey: { '8.1': 5.88 },
    bonuses: [{ key: 'innovation', points: 1, reason: 'Mô hình mới' }],
    penalties: [{ key: 'discipline', points: 0.5 }],
    notApplicable: ['3'],
};

describe('AssessmentSchema', () => {
    test('an assessment using every field parses unchanged and survives a JSON round trip', () => {
        const result = parseAssessment(JSON.parse(JSON.stringify(full)));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.assessment).toEqual(full);
    });

    test('unknown keys are rejected at their JSON path, in both languages', () => {
        const result = parseAssessment({ ...full, items: { '1.1.1': { slef: 1 } }, extra: true });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const paths = result.problems.map((p) => formatPath(p.path));
        expect(paths).toContain('items["1.1.1"].slef');
        expect(paths).toContain('extra');
        const slef = result.problems.find((p) => p.path.at(-1) === 'slef')!;
        expect(slef.message.en).toBe('Unknown key "slef"');
        expect(slef.message.vi).toBe('Khóa không được phép: "slef"');
    });

    test('wrong types, missing fields, bad codes, dates and choices are each reported where they are', () => {
        const result = parseAssessment({
            rubric: 'R',
            unit: { id: 'u', name: 'n', type: 'district' },
            metrics: { rate: [1] },
            items: { 'x.1': {}, '1.2': { choice: 0, self: -1, evidence: [{ title: 'a', date: '15/01/2022' }], notApplicable: false } },
            survey: { '8.1': 'năm' },
        });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const byPath = new Map(result.problems.map((p) => [formatPath(p.path), p.message.en]));
        expect(byPath.get('year')).toBe('Required field is missing');
        expect(byPath.get('metrics.rate')).toBe('Expected a number, a text or true/false');
        expect(byPath.get('items["x.1"]')).toBe('"x.1" is not a valid item code');
        expect(byPath.get('items["1.2"].choice')).toBe('Must be at least 1');
        expect(byPath.get('items["1.2"].self')).toBe('Must be at least 0');
        expect(byPath.get('items["1.2"].evidence[0].date')).toBe('Expected a date YYYY-MM-DD');
        expect(byPath.get('items["1.2"].notApplicable')).toBe('Expected true or { reason: "…" }');
        expect(byPath.get('survey["8.1"]')).toBe('Wrong type: expected number');
    });

    test('hostile keys are refused and pollute nothing', () => {
        const text = '{"rubric":"R","year":2022,"unit":{"id":"u","name":"n","type":"d"},'
            + '"metrics":{"__proto__":{"polluted":true},"constructor":1},'
            + '"items":{"1.1":{"__proto__":{"self":5}}}}';
        const result = parseAssessment(JSON.parse(text));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problems.map((p) => formatPath(p.path)).sort()).toEqual(
            ['items["1.1"].__proto__', 'metrics.__proto__', 'metrics.constructor'].sort(),
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
    });

    test('a deeply nested or huge value does not hang or crash the check', () => {
        let deep: unknown = 1;
        for (let i = 0; i < 10_000; i++) deep = { a: deep };
        const result = parseAssessment({ ...full, items: { '1.1': { notes: deep } } });
        expect(result.ok).toBe(false);
        const many = parseAssessment({ ...full, bonuses: Array.from({ length: 50_000 }, () => ({ key: 'k', points: 1 })) });
        expect(many.ok).toBe(true);
    });

    test('the JSON Schema accepts what zod accepts and rejects unknown keys', async () => {
        const { Ajv2020 } = await import('ajv/dist/2020.js');
        const ajv = new Ajv2020({ allErrors: true, strict: false });
        const validate = ajv.compile(assessmentJsonSchema());
        expect(validate(full)).toBe(true);
        expect(validate({ ...full, unit: { ...full.unit, region: 'x' } })).toBe(false);
        expect(validate({ ...full, items: { 'a.b': {} } })).toBe(false);
        expect(AssessmentSchema.safeParse({ ...full, unit: { ...full.unit, region: 'x' } }).success).toBe(false);
    });
});
