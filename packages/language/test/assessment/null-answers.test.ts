import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { assessmentJsonSchema, parseAssessment } from '../../src/assessment/assessment-schema.js';

/** What `rubric template --format json` gives a unit: every answer present, as null, until filled in. */
const halfFilled = {
    rubric: 'PAR_HUYEN_2022',
    year: 2022,
    unit: { id: 'PY-SONGCAU', name: 'UBND thị xã Sông Cầu', type: 'district' },
    metrics: { planDone: 93.2, onTimeRate: null },
    items: {
        '1.1.1': { choice: 'Ban hành kịp thời', self: 1, appraisal1: null, evidence: null, explanation: null },
        '1.1.2': { choice: null, self: null },
    },
    survey: { '8.1': null },
    bonuses: null,
};

describe('null answers in assessments', () => {
    test('a null means "not given yet": the half-filled file parses as if the nulls were absent', () => {
        const parsed = parseAssessment(halfFilled);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.assessment.metrics).toEqual({ planDone: 93.2 });
        expect(parsed.assessment.items?.['1.1.1']).toEqual({ choice: 'Ban hành kịp thời', self: 1 });
        expect(parsed.assessment.items?.['1.1.2']).toEqual({});
        expect(parsed.assessment.bonuses).toBeUndefined();
    });

    test('the JSON Schema the editor binds accepts the same nulls, and still refuses a wrong type', () => {
        const validate = new Ajv2020({ strict: false }).compile(assessmentJsonSchema());
        expect(validate(halfFilled), JSON.stringify(validate.errors)).toBe(true);
        expect(validate({ ...halfFilled, metrics: { planDone: [93.2] } })).toBe(false);
        expect(validate({ ...halfFilled, unit: null })).toBe(false);
    });

    test('a required field given as null is still missing', () => {
        const parsed = parseAssessment({ ...halfFilled, rubric: null });
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.problems).toContainEqual(expect.objectContaining({ path: ['rubric'], message: expect.objectContaining({ en: 'Required field is missing' }) }));
    });
});
