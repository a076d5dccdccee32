import { describe, expect, test } from 'vitest';
import { parseAndValidate } from '../parse-helper.js';

const messages = async (text: string) => ((await parseAndValidate(text)).diagnostics ?? []).map((d) => d.message);

/** English agrees with the figure: 1 point, 1.5 points, 0 points. */
describe('English plurals in diagnostics', () => {
    test('one point exceeds, not "1 points exceed"', async () => {
        const text = 'rubric R "R" {\n  unitType district\n  year 2022\n  total 0.5\n  field 1 "A" max 0.5 { item 1.1 "B" max 0.5 { choice { "a": 1  "b": 0 } } }\n  grades { "A" otherwise }\n}\n';
        expect(await messages(text)).toEqual(['1 point exceeds the max of 0.5 for 1.1']);
    });

    test('the fields add up to 1 point; 1 survey point is declared with "survey 1"', async () => {
        const text = 'rubric R "R" {\n  unitType district\n  year 2022\n  total 2\n  field 1 "A" max 1 { item 1.1 "B" max 1 { survey } }\n  grades { "A" otherwise }\n}\n';
        expect((await messages(text)).sort()).toEqual([
            'The fields add up to 1 point, not the declared total of 2',
            'The rubric has 1 survey point; declare it with "survey 1"',
        ]);
    });

    test('a formula function that takes one argument says so', async () => {
        const text = 'rubric R "R" {\n  unitType district\n  year 2022\n  total 1\n  field 1 "A" max 1 { item 1.1 "B" max 1 { formula min() } }\n  grades { "A" otherwise }\n}\n';
        expect(await messages(text)).toEqual(['Invalid formula: min takes at least 1 argument']);
    });
});
