import { describe, expect, test } from 'vitest';
import { fromNumber, toNumber } from '../../src/decimal/fixed.js';
import { surveyFigurePoints, type SurveyMethod } from '../../src/scoring/methods/survey.js';
import { planOf, rubricText } from './helpers.js';

describe('survey figures as points, by the rule the rubric states', async () => {
    const plan = await planOf(
        rubricText(
            `  field 1 "A" max 100 {
    criterion 1.1 "B" max 94 { judged }
    criterion 1.2 "Hài lòng" max 3 { survey "SIPAS" from percent }
    criterion 1.3 "Phục vụ" max 3 { survey "Khác" from ratio round down }
  }`,
            '  survey 6',
        ),
    );
    const leaf = (code: string) => plan.leaves.find((l) => l.code === code)!;
    const points = (code: string, figure: number) => {
        const l = leaf(code);
        const result = surveyFigurePoints(l.method as SurveyMethod, fromNumber(figure)!, l.max, plan.step);
        return result === undefined ? undefined : toNumber(result);
    };

    test('a percentage of satisfied respondents × max, rounded to the nearest step (halves up)', () => {
        expect(points('1.2', 82.5)).toBe(2.48); // 2.475
        expect(points('1.2', 100)).toBe(3);
        expect(points('1.2', 0)).toBe(0);
    });

    test('a ratio rounded down, and figures outside their range refused', () => {
        expect(points('1.3', 0.8275)).toBe(2.48); // 2.4825
        expect(points('1.3', 1.2)).toBeUndefined();
        expect(points('1.2', 100.5)).toBeUndefined();
    });
});
