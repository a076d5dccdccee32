import { URI } from 'langium';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeAnchor, KEYWORD_SECTIONS, referenceUrl } from '../../src/reference/reference-links.js';
import { IssueCodes } from '../../src/validation/issue-codes.js';
import { services } from '../parse-helper.js';
import { explains, grammarKeywords as keywords, readReference, type Example } from './reference-document.js';

const references = (['vi', 'en'] as const).map(readReference);
const codes = Object.values(IssueCodes);

// every example stands in its own folder under /reference, which stands for the workspace
services.Rubric.imports.roots = [path.resolve('/reference')];
let folders = 0;

async function diagnose(example: Example): Promise<{ severity: string; code: string; message: string }[]> {
    const { shared } = services;
    const folder = `/reference/example-${++folders}`;
    const documents = example.files.map((file) => shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(`${folder}/${file.name}`)));
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return documents.flatMap((document) =>
            (document.diagnostics ?? []).map((d) => ({ severity: d.severity === 1 ? 'error' : 'warning', code: String(d.code), message: String(d.message) })),
        );
    } finally {
        for (const document of documents) shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}

describe.each(references.map((reference) => [reference.locale, reference] as const))('docs/reference.%s.md', (_, reference) => {
    const label = (example: Example) => `line ${example.line}: ${example.kind}${example.code ? ` ${example.code}` : ''}`;

    test.each(reference.examples.filter((e) => e.kind === 'right').map((e) => [label(e), e] as const))('%s checks clean', async (_, example) => {
        expect(await diagnose(example)).toEqual([]);
    });

    test.each(reference.examples.filter((e) => e.kind === 'wrong').map((e) => [label(e), e] as const))('%s raises its code and nothing else', async (_, example) => {
        const found = await diagnose(example);
        expect(found.length).toBeGreaterThan(0);
        expect(found.filter((d) => d.code !== example.code)).toEqual([]);
    });

    test('every issue code has its section, with a wrong and a right example', () => {
        const incomplete = codes.filter((code) => {
            const section = reference.section(codeAnchor(code));
            return !section.includes(`\`\`\`rubric wrong="${code}"`) || !section.includes('```rubric right');
        });
        expect(incomplete).toEqual([]);
    });

    test('no wrong example claims a code the language does not have', () => {
        const unknown = reference.examples.filter((e) => e.kind === 'wrong' && !(codes as string[]).includes(e.code!)).map((e) => e.code);
        expect(unknown).toEqual([]);
    });

    test("every keyword of the grammar is explained in its section", () => {
        const unexplained = keywords.filter((keyword) => {
            const anchor = KEYWORD_SECTIONS[keyword];
            return anchor === undefined || !explains(reference.section(anchor), keyword);
        });
        expect(unexplained).toEqual([]);
    });

    test('every link inside the document points to an anchor it has', () => {
        const links = [...reference.text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
        expect(links.filter((anchor) => !reference.anchors.includes(anchor))).toEqual([]);
    });

    test('no anchor is written twice', () => {
        expect(reference.anchors.filter((anchor, i) => reference.anchors.indexOf(anchor) !== i)).toEqual([]);
    });
});

test('both languages have the same sections', () => {
    const [first, ...others] = references;
    for (const other of others) expect(other.anchors).toEqual(first.anchors);
});

test('the keyword table names no word the grammar lacks', () => {
    expect(Object.keys(KEYWORD_SECTIONS).filter((keyword) => !keywords.includes(keyword))).toEqual([]);
});

describe('a section link from the project address', () => {
    test.each([
        ['https://github.com/par/rubric', 'https://github.com/par/rubric/blob/HEAD/docs/reference.vi.md#bands-no-else'],
        ['git+https://github.com/par/rubric.git', 'https://github.com/par/rubric/blob/HEAD/docs/reference.vi.md#bands-no-else'],
        ['https://github.com/par/rubric#readme', 'https://github.com/par/rubric/blob/HEAD/docs/reference.vi.md#bands-no-else'],
        ['https://cchc.example.vn/rubric/', 'https://cchc.example.vn/rubric/docs/reference.vi.md#bands-no-else'],
    ])('%s', (home, url) => {
        expect(referenceUrl(home, 'vi', codeAnchor('bands/no-else'))).toBe(url);
    });
});
