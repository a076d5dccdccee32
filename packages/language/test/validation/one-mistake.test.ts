import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAndValidate } from '../parse-helper.js';

const sketch = fs.readFileSync(path.join(import.meta.dirname, 'sketch.rubric'), 'utf8');

/** One edit each, as an author makes them; each must cost exactly one diagnostic of the expected kind. */
const mistakes: [name: string, from: string, to: string, code: string][] = [
    ['a closing brace dropped', 'requires planDoc\n      }', 'requires planDoc\n', 'syntax/error'],
    ['a number left out', 'max 3 {', 'max {', 'syntax/error'],
    ['a node keyword misspelt', 'item 1.1.2', 'itme 1.1.2', 'syntax/unknown-word'],
    ['a method keyword misspelt', 'choice {', 'choise {', 'syntax/unknown-word'],
    ['a property keyword misspelt', 'max 18.5 lead', 'mx 18.5 lead', 'syntax/unknown-word'],
    ['a header keyword misspelt', 'year 2022', 'yaer 2022', 'syntax/unknown-word'],
    ['a closing quote missing at the end of a line', '"Kế hoạch CCHC năm" max 3', '"Kế hoạch CCHC năm max 3', 'syntax/unterminated-string'],
    ['a closing quote missing mid-line', '"Ban hành kịp thời": 1', '"Ban hành kịp thời: 1', 'syntax/unterminated-string'],
    ['a decimal comma', '0.5  "Không', '0,5  "Không', 'syntax/error'],
    ['a colon missing', '"Không ban hành": 0', '"Không ban hành" 0', 'syntax/error'],
    ['a malformed code', 'item 1.1.2', 'item 1..1.2', 'code/malformed'],
    ['a title missing', 'criterion 3.4 "Kết quả giải quyết TTHC"', 'criterion 3.4', 'syntax/error'],
    ['an extra closing brace', 'requires yearReport', 'requires yearReport }', 'syntax/error'],
    ['a misspelt metric reference', 'bands planDone', 'bands planDon', 'reference/unresolved'],
    ['a misspelt evidence reference', 'requires planDoc', 'requires planDco', 'reference/unresolved'],
    ['a percent sign forgotten', '>= 95%', '>= 95', 'percent/expected'],
    ['a negative total', 'total 47.5', 'total -47.5', 'syntax/error'],
    ['otherwise misspelt', '"Yếu" otherwise', '"Yếu" otherwse', 'syntax/error'],
    ['an opening brace dropped', 'max 2 {\n        deduct', 'max 2 \n        deduct', 'syntax/error'],
    ['a max keyword dropped', 'max 7 { survey }', '7 { survey }', 'syntax/error'],
];

describe('one mistake, one diagnostic', () => {
    test('the sketch itself is clean', async () => {
        const document = await parseAndValidate(sketch);
        expect(document.diagnostics).toEqual([]);
    });

    test.each(mistakes)('%s', async (_, from, to, code) => {
        expect(sketch).toContain(from);
        const document = await parseAndValidate(sketch.replace(from, to));
        expect(document.diagnostics?.map((d) => d.code)).toEqual([code]);
    });

    test("a field's max changed: the total and that field's children, nothing else", async () => {
        const document = await parseAndValidate(sketch.replace('max 18.5 lead', 'max 18.25 lead'));
        expect(document.diagnostics?.map((d) => [d.code, d.message])).toEqual([
            ['sum/total', 'The fields add up to 47.25 points, not the declared total of 47.5'],
            ['sum/children', 'The children of field 1 add up to 18.5 points, not its max of 18.25'],
        ]);
    });
});
