import { describe, expect, test } from 'vitest';
import { parseAndValidate } from '../parse-helper.js';

/** Quick fixes, `rubric check` and the editor read a finding's code from `code` or `data.code`: they agree. */
describe('one code per diagnostic', () => {
    test.each([
        ['an unresolved reference', 'rubric R {\n  field 1 "A" max 1 { item 1.1 "B" max 1 { deduct 1 per missing } }\n}\n', 'reference/unresolved'],
        ['a syntax error', 'rubric R {\n  field 1 "A" max { }\n}\n', 'syntax/error'],
        ['a string left open', 'rubric R "Open {\n}\n', 'syntax/unterminated-string'],
        ['a check of our own', 'rubric R {\n  total 2\n  field 1 "A" max 1 { item 1.1 "B" max 1 { judged } }\n}\n', 'sum/total'],
    ])('%s', async (_, text, code) => {
        const diagnostics = (await parseAndValidate(text)).diagnostics ?? [];
        const found = diagnostics.find((d) => d.code === code);
        expect(found, JSON.stringify(diagnostics.map((d) => d.code))).toBeDefined();
        for (const diagnostic of diagnostics) expect((diagnostic.data as { code?: unknown }).code).toBe(diagnostic.code);
    });
});
