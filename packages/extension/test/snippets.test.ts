import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createRubricServices } from '../../language/src/rubric-module.js';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const snippets: Record<string, { prefix: string; body: string[] }> = JSON.parse(
    fs.readFileSync(path.join(extension, 'snippets/rubric.code-snippets.json'), 'utf8'),
);
const parse = parseHelper(createRubricServices(EmptyFileSystem).Rubric);

/** What the user gets after accepting every default: ${1:x} → x, ${1|a,b|} → a, $0 → nothing. */
function expand(body: string[]): string {
    let text = body.join('\n');
    for (let previous = ''; previous !== text; ) {
        previous = text;
        text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
    }
    return text.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\d+/g, '');
}

/** Where each snippet is typed: in a rubric, in a field, in an item, or as the whole file. */
function inContext(prefix: string, text: string): string {
    const rubric = (body: string) => `rubric R "R" {\n${body}\n}`;
    const field = (body: string) => rubric(`field 1 "F" max 1 {\n${body}\n}`);
    const item = (body: string) => field(`item 1.1 "I" max 1 {\n${body}\n}`);
    if (prefix === 'rubric') return text;
    if (['field', 'metric', 'evidence', 'adjustments', 'grades'].includes(prefix)) return rubric(text);
    if (['criterion', 'item'].includes(prefix)) return field(text);
    return item(text);
}

describe('every snippet inserts text the language accepts', () => {
    const methods = ['choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged', 'survey', 'formula'];

    test('there is a snippet for each scoring method', () => {
        const prefixes = Object.values(snippets).map((s) => s.prefix);
        for (const method of methods) expect(prefixes).toContain(method);
    });

    for (const [name, snippet] of Object.entries(snippets)) {
        test(`${name} (${snippet.prefix})`, async () => {
            const document = await parse(inContext(snippet.prefix, expand(snippet.body)));
            const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map((e) => e.message);
            expect(errors).toEqual([]);
        });
    }
});
