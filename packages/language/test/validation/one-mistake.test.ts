import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAndValidate } from '../parse-helper.js';
import { vietnamese } from '../lsp/lsp-fixtures.js';
import { parseHelper } from 'langium/test';

const sketch = fs.readFileSync(path.join(import.meta.dirname, 'sketch.rubric'), 'utf8');

/** One edit each, as an author makes them; each must cost exactly one diagnostic of the expected kind. */
const mistakes: [name: string, from: string, to: string, code: string][] = [
    ['a closing brace dropped', 'requires planDoc\n      }', 'requires planDoc\n', 'syntax/unclosed-brace'],
    ['a number left out', 'max 3 {', 'max {', 'syntax/error'],
    ['a node keyword misspelt', 'item 1.1.2', 'itme 1.1.2', 'syntax/unknown-word'],
    ['a method keyword misspelt', 'choice {', 'choise {', 'syntax/unknown-word'],
    ['a property keyword misspelt', 'max 18.5 lead', 'mx 18.5 lead', 'syntax/unknown-word'],
    ['a header keyword misspelt', 'year 2022', 'yaer 2022', 'syntax/unknown-word'],
    ['a closing quote missing at the end of a line', '"Kế hoạch CCHC năm" max 3', '"Kế hoạch CCHC năm max 3', 'syntax/unterminated-string'],
    ['a closing quote missing mid-line', '"Ban hành kịp thời": 1', '"Ban hành kịp thời: 1', 'syntax/unterminated-string'],
    ['a decimal comma', '0.5  "Không', '0,5  "Không', 'syntax/decimal-comma'],
    ['a decimal comma in a max', 'max 18.5 lead', 'max 18,5 lead', 'syntax/decimal-comma'],
    ["a criterion's closing brace dropped", 'deduct 0.25 per lateDocs\n      }\n    }', 'deduct 0.25 per lateDocs\n      }\n', 'syntax/unclosed-brace'],
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

describe('errors at their cause', () => {
    const parseVi = parseHelper(vietnamese.Rubric);

    test("a dropped `}` is reported at the brace never closed, the parser's place as related information", async () => {
        const broken = sketch.replace('requires planDoc\n      }', 'requires planDoc\n');
        const document = await parseAndValidate(broken);
        const [only] = document.diagnostics!;
        expect(document.diagnostics).toHaveLength(1);
        const lines = broken.split('\n');
        expect(lines[only.range.start.line]).toMatch(/item 1\.1\.1 .* \{$/);
        expect(only.range.start.character).toBe(lines[only.range.start.line].length - 1);
        expect(only.message).toBe('This { is never closed: add its } at the end of its block');
        const related = only.relatedInformation!;
        expect(related.map((r) => r.message)).toEqual(['The parser gave up here']);
        expect(related[0].location.range.start.line).toBeGreaterThan(only.range.start.line + 20);
    });

    test.each(mistakes.filter(([, , , code]) => code.startsWith('syntax/')))("Chevrotain's own wording never shows, in either language: %s", async (_, from, to) => {
        for (const document of [await parseAndValidate(sketch.replace(from, to)), await parseVi(sketch.replace(from, to), { validation: true })]) {
            for (const diagnostic of document.diagnostics!) {
                expect(diagnostic.message).not.toMatch(/Expecting|token of type|but found|Token sequences|EOF|->|offset/);
            }
        }
    });
});
