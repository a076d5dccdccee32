import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { createRubricServices } from '../../src/rubric-module.js';

// The workspace's start-up parses and links every rubric from disk; opening one in the editor then only
// validates it (a 10,000-line rubric would otherwise be linked twice before its first diagnostics),
// unless the editor holds another text than the disk.

const onDisk = `rubric R "R" {
  unitType district
  year 2022
  total 3
  metric rate percent "Tỷ lệ"
  field 1 "Một" max 2 {
    item 1.1 "A" max 1 { proportional rate }
    item 1.2 "B" max 1 { proportional rate }
  }
}
`;

async function startUp() {
    const services = createRubricServices(EmptyFileSystem);
    services.Rubric.i18n.locale = 'en';
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const uri = URI.file('/workspace/r.rubric');
    const document = LangiumDocumentFactory.fromString(onDisk, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], {});
    const link = vi.spyOn(services.Rubric.references.Linker, 'link');
    const open = async (text: string) => {
        services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'rubric', 1, text));
        await DocumentBuilder.update([uri], []);
    };
    return { services, document, link, open };
}

async function freshDiagnostics(text: string) {
    const services = createRubricServices(EmptyFileSystem);
    services.Rubric.i18n.locale = 'en';
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/fresh/r.rubric'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document.diagnostics!.map(({ message, range, severity, code }) => ({ message, range, severity, code }));
}

const summary = (diagnostics: { message: unknown; range: unknown; severity?: number; code?: unknown }[] | undefined) =>
    diagnostics!.map(({ message, range, severity, code }) => ({ message, range, severity, code }));

describe('opening a rubric the workspace has already built', () => {
    it('validates it without parsing or linking it again, with the diagnostics of a fresh build', async () => {
        const { document, link, open } = await startUp();
        const tree = document.parseResult.value;
        expect(document.diagnostics).toBeUndefined();
        await open(onDisk);
        expect(document.parseResult.value).toBe(tree);
        expect(link).not.toHaveBeenCalled();
        const expected = await freshDiagnostics(onDisk);
        expect(expected.map((d) => d.message).join('\n')).toMatch(/total/);
        expect(summary(document.diagnostics)).toEqual(expected);
    });

    it('builds the editor text in full when it differs from the disk', async () => {
        const { document, link, open } = await startUp();
        const edited = onDisk.replace('total 3', 'total 2');
        await open(edited);
        expect(link).toHaveBeenCalled();
        expect(summary(document.diagnostics)).toEqual(await freshDiagnostics(edited));
        expect(summary(document.diagnostics).map((d) => d.message).join('\n')).not.toMatch(/total/);
    });
});
