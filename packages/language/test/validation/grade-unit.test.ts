import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { RubricFile } from '../../src/generated/ast.js';
import { createRubricServices } from '../../src/rubric-module.js';
import { parseAndValidate } from '../parse-helper.js';

const vietnamese = createRubricServices(EmptyFileSystem);
vietnamese.Rubric.i18n.locale = 'vi';
const parseVi = parseHelper<RubricFile>(vietnamese.Rubric);

const rubric = (grades: string) => `rubric R "R" {
  unitType district
  year 2022
  total 60
  field 1 "A" max 60 { item 1.1 "B" max 60 { judged } }
  grades { ${grades} }
}
`;

/** A grade threshold without % is no longer read silently as a percentage. */
describe('grade thresholds say their unit', () => {
    test('"Tốt" >= 48 in a 60-point rubric: 80% (the points reading) or 48%, offered as fixes', async () => {
        const [finding, ...rest] = (await parseAndValidate(rubric('"Tốt" >= 48  "Khá" >= 50%  "Yếu" otherwise'))).diagnostics ?? [];
        expect(rest).toEqual([]);
        expect(finding.code).toBe('grades/unit');
        expect(finding.message).toBe('The grade threshold "48" needs its unit: write 80% if it means 48 of the 60 points, or 48%');
        expect(finding.data).toEqual({ code: 'grades/unit', replacements: ['80%', '48%'] });
    });

    test('in Vietnamese', async () => {
        const [finding] = (await parseVi(rubric('"Tốt" >= 49.5  "Yếu" otherwise'), { validation: true })).diagnostics ?? [];
        expect(finding.message).toBe('Ngưỡng xếp loại "49.5" cần ghi đơn vị: viết 82,5% nếu là 49.5 trên 60 điểm, hoặc 49.5%');
    });

    test('a points reading that no percentage holds exactly is not offered', async () => {
        const [finding] = (await parseAndValidate(rubric('"Tốt" >= 50  "Yếu" otherwise'))).diagnostics ?? [];
        expect(finding.message).toBe('The grade threshold "50" must be a percentage: write 50%');
        expect(finding.data).toEqual({ code: 'grades/unit', replacements: ['50%'] });
    });

    test('with %, nothing to say', async () => {
        expect((await parseAndValidate(rubric('"Tốt" >= 80%  "Yếu" otherwise'))).diagnostics).toEqual([]);
    });
});
