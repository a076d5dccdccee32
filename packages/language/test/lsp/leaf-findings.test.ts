import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createRubricServices } from '../../src/rubric-module.js';

// A keystroke re-checks only the leaf it changed; every other leaf's findings are replayed. They must
// still be what a fresh build of the same files reports, when the edit lands elsewhere in the file, in a
// file it imports, or when the language changes.

const shared = `metric rate percent "Tỷ lệ"
metric late count "Số hồ sơ trễ hạn"
`;

const rubric = (total: string) => `import "shared.rubric"
rubric R "R" {
  unitType district
  year 2022
  total ${total}
  step 0.25
  field 1 "Một" max 2 {
    item 1.1 "A" max 1 { proportional rate }
    item 1.2 "B" max 1 { deduct 0.3 per late }
  }
  grades {
    "Tốt" >= 80%
    "Yếu" otherwise
  }
}
`;

type Files = Record<string, string>;

function editor(files: Files) {
    const services = createRubricServices(EmptyFileSystem);
    services.Rubric.i18n.locale = 'en';
    const { TextDocuments, LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const documents = new Map<string, { text: TextDocument; document: LangiumDocument }>();
    for (const [name, content] of Object.entries(files)) {
        const uri = URI.file(`/w/${name}`);
        const text = TextDocument.create(uri.toString(), 'rubric', 1, content);
        TextDocuments!.set(text);
        const document = LangiumDocumentFactory.fromTextDocument(text, uri);
        LangiumDocuments.addDocument(document);
        documents.set(name, { text, document });
    }
    return {
        services,
        /** As the language server does: the workspace is built from disk, then the files are opened. */
        open: async () => {
            const all = [...documents.values()].map((d) => d.document);
            await DocumentBuilder.build(all, {});
            await DocumentBuilder.update(all.map((d) => d.uri), []);
        },
        /** Replaces the first `from` in file `name` by `to`, as one editor change. */
        edit: async (name: string, from: string, to: string) => {
            const { text } = documents.get(name)!;
            const at = text.getText().indexOf(from);
            expect(at, `${from} in ${name}`).toBeGreaterThanOrEqual(0);
            TextDocument.update(text, [{ range: { start: text.positionAt(at), end: text.positionAt(at + from.length) }, text: to }], text.version + 1);
            await DocumentBuilder.update([documents.get(name)!.document.uri], []);
        },
        text: (name: string) => documents.get(name)!.text.getText(),
        findings: (name: string) => messages(documents.get(name)!.document),
    };
}

const messages = (document: LangiumDocument) => (document.diagnostics ?? []).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);

async function fresh(files: Files, name: string, locale: 'en' | 'vi' = 'en'): Promise<string[]> {
    const built = editor(files);
    built.services.Rubric.i18n.locale = locale;
    await built.open();
    return built.findings(name);
}

describe('findings kept for unchanged leaves', () => {
    it('move with the lines an edit above them adds, and change with the leaf they belong to', async () => {
        const files = { 'shared.rubric': shared, 'r.rubric': rubric('2') };
        const session = editor(files);
        await session.open();
        // 0.3 is off the rubric's 0.25 step: a finding in leaf 1.2
        expect(session.findings('r.rubric').join('\n')).toMatch(/0\.3/);
        await session.edit('r.rubric', '"A" max 1 { proportional rate }', '"A" max 1 {\n      proportional rate\n    }');
        const now = { ...files, 'r.rubric': session.text('r.rubric') };
        expect(session.findings('r.rubric')).toEqual(await fresh(now, 'r.rubric'));
        await session.edit('r.rubric', 'deduct 0.3', 'deduct 0.25');
        expect(session.findings('r.rubric')).toEqual(await fresh({ ...now, 'r.rubric': session.text('r.rubric') }, 'r.rubric'));
        expect(session.findings('r.rubric').join('\n')).not.toMatch(/0\.3/);
    });

    it('are checked again when an imported declaration changes', async () => {
        const files = { 'shared.rubric': shared, 'r.rubric': rubric('2') };
        const session = editor(files);
        await session.open();
        const before = session.findings('r.rubric');
        // `proportional` needs a share: a count is not one, a finding in leaf 1.1 of the other file
        await session.edit('shared.rubric', 'metric rate percent', 'metric rate count');
        const expected = await fresh({ ...files, 'shared.rubric': session.text('shared.rubric') }, 'r.rubric');
        expect(expected).not.toEqual(before);
        expect(session.findings('r.rubric')).toEqual(expected);
    });

    it('are checked again in the other language', async () => {
        const files = { 'shared.rubric': shared, 'r.rubric': rubric('2') };
        const session = editor(files);
        await session.open();
        session.services.Rubric.i18n.locale = 'vi';
        await session.edit('r.rubric', '"A"', '"AB"');
        const expected = await fresh({ ...files, 'r.rubric': session.text('r.rubric') }, 'r.rubric', 'vi');
        expect(expected.join('\n')).not.toEqual((await fresh(files, 'r.rubric')).join('\n'));
        expect(session.findings('r.rubric')).toEqual(expected);
    });
});
