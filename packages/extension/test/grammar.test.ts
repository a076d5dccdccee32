import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const textMate = JSON.parse(fs.readFileSync(path.join(extension, 'syntaxes/rubric.tmLanguage.json'), 'utf8'));
const langium = fs.readFileSync(path.join(extension, '../language/src/grammar/rubric.langium'), 'utf8');

/** Every `match` regex of the TextMate grammar, as JavaScript regexes (they use the same syntax here). */
function matchers(): RegExp[] {
    const found: RegExp[] = [];
    const visit = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
            for (const [key, inner] of Object.entries(value)) {
                if (key === 'match' && typeof inner === 'string') found.push(new RegExp(inner));
                else visit(inner);
            }
        }
    };
    visit(textMate);
    return found;
}

test('the hand-written TextMate grammar colours every keyword of the language', () => {
    // word keywords of the Langium grammar, e.g. 'rubric', 'bands', 'missingEvidence'
    const keywords = [...new Set([...langium.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]))];
    expect(keywords).toContain('bands');
    const patterns = matchers();
    // function names (min, round, …) only ever stand before their parenthesis
    const coloured = (keyword: string) =>
        [` ${keyword} `, ` ${keyword}(`].some((probe) => patterns.some((pattern) => pattern.exec(probe)?.[0].trim() === keyword));
    const uncoloured = keywords.filter((keyword) => !coloured(keyword));
    expect(uncoloured).toEqual([]);
});
