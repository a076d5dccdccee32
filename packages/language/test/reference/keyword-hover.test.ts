import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, URI, type CstNode, type LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locale.js';
import { referenceFile } from '../../src/reference/reference-links.js';
import { vietnamese } from '../lsp/lsp-fixtures.js';
import { services } from '../parse-helper.js';
import { explains, grammarKeywords, readReference } from './reference-document.js';

// The host here links a section to the reference's file in its language, as a reader of the repository would open it.
const linkedServices = { vi: vietnamese, en: services };
for (const locale of ['vi', 'en'] as const) linkedServices[locale].Rubric.reference.sectionLink = (l, anchor) => `${referenceFile(l)}#${anchor}`;
afterAll(() => {
    for (const s of Object.values(linkedServices)) s.Rubric.reference.sectionLink = undefined;
});

/** A word written as a keyword, not as a name (the grammar lets `late` name a metric). */
function isKeywordHere(leaf: CstNode): boolean {
    const keyword = leaf.grammarSource;
    return GrammarAST.isKeyword(keyword) && /^\w+$/.test(keyword.value) && AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name !== 'Name';
}

// the words the reference's examples happen not to write
const restOfTheWords = `rubric R "Thử" {
  unitType province  year 2022  total 3  ties shared  missingEvidence zero
  metric a number "A"
  metric b yesno "B"
  field 1 "A" max 1 { formula if(not b and a > 1, 1, 0) }
  field 2 "B" max 1 { survey "S" from percent round nearest }
  field 3 "C" max 1 { survey "S" from percent round up }
}`;

type KeywordHover = { keyword: string; line: number; hover: string };
let documents = 0;

/** Every keyword written in the reference's own examples, with what hovering it shows. */
async function hoverEveryKeyword(locale: Locale): Promise<KeywordHover[]> {
    const { shared, Rubric } = linkedServices[locale];
    const found: KeywordHover[] = [];
    const examples = [...readReference(locale).examples, { line: 0, files: [{ name: 'rest.rubric', text: restOfTheWords }] }];
    for (const example of examples) {
        for (const file of example.files) {
            const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(`/keyword-hover/${++documents}/${file.name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document]);
            for (const leaf of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
                if (!isLeafCstNode(leaf) || leaf.hidden || !isKeywordHere(leaf)) continue;
                const hover = await Rubric.lsp.HoverProvider!.getHoverContent(document, {
                    textDocument: { uri: document.uri.toString() },
                    position: leaf.range.start,
                });
                const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
                found.push({ keyword: leaf.text, line: example.line, hover: value });
            }
            shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        }
    }
    return found;
}

describe.each(['vi', 'en'] as const)('keyword hovers (%s)', (locale) => {
    const reference = readReference(locale);
    let hovers: KeywordHover[] = [];
    beforeAll(async () => {
        hovers = await hoverEveryKeyword(locale);
    });
    const linkOf = (hover: string) => new RegExp(`\\]\\(${referenceFile(locale).replace(/\./g, '\\.')}#([\\w-]+)\\)`).exec(hover)?.[1];

    test('the examples write every keyword of the grammar', () => {
        const written = new Set(hovers.map((h) => h.keyword));
        expect(grammarKeywords.filter((keyword) => !written.has(keyword))).toEqual([]);
    });

    test('every keyword links to a section of the reference in the same language, and that section explains it', () => {
        const wrong = hovers.filter(({ keyword, hover }) => {
            const anchor = linkOf(hover);
            return anchor === undefined || !reference.anchors.includes(anchor) || !explains(reference.section(anchor), keyword);
        });
        expect(wrong.map(({ keyword, line, hover }) => `line ${line}: ${keyword} → ${hover}`)).toEqual([]);
    });

    test('a word with two meanings links to the section of the one it has where it stands', () => {
        const sections = (keyword: string) => new Set(hovers.filter((h) => h.keyword === keyword).map((h) => linkOf(h.hover)));
        expect(sections('max')).toEqual(new Set(['tree', 'formula', 'adjustments']));
        expect(sections('step')).toEqual(new Set(['step', 'judged']));
        expect(sections('missing')).toEqual(new Set(['requires', 'deadline']));
    });
});

test('without a host that says how to open the reference, a keyword is explained without a link', async () => {
    const { shared, Rubric } = services;
    const link = Rubric.reference.sectionLink;
    Rubric.reference.sectionLink = undefined;
    try {
        const document = shared.workspace.LangiumDocumentFactory.fromString('rubric R "T" { ties dense }', URI.file('/keyword-hover/no-link.rubric'));
        const hover = await Rubric.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: { line: 0, character: 16 } });
        expect(hover?.contents).toEqual({
            kind: 'markdown',
            value: "**`ties`** · keyword\n\nHow units with the same index share a rank: `shared` (the default) gives 1, 2, 2, 4; `dense` gives 1, 2, 2, 3.",
        });
    } finally {
        Rubric.reference.sectionLink = link;
    }
});
