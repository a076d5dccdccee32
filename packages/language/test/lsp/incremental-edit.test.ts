import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, CstUtils, EmptyFileSystem, TextDocument, URI, type AstNode, type LangiumDocument, type RootCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { isNode, type RubricFile } from '../../src/generated/ast.js';
import { createRubricServices } from '../../src/rubric-module.js';

// An edit inside one node of an open document re-parses that node only. Whatever the edit, the document
// must end up exactly as a fresh parse of the same text leaves it: same diagnostics, same tree, same positions.

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');
const rubricFiles = fs
    .readdirSync(examples, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.rubric'))
    .map((name) => path.join(examples, name))
    .filter((file) => /^rubric /m.test(fs.readFileSync(file, 'utf8')))
    .sort();

function servicesWith(texts: Map<string, string>) {
    const services = createRubricServices(EmptyFileSystem);
    services.Rubric.i18n.locale = 'en';
    const { TextDocuments, LangiumDocuments, LangiumDocumentFactory } = services.shared.workspace;
    const documents: LangiumDocument[] = [];
    for (const [file, text] of texts) {
        const uri = URI.file(file);
        const textDocument = TextDocument.create(uri.toString(), 'rubric', 1, text);
        TextDocuments!.set(textDocument);
        const document = LangiumDocumentFactory.fromTextDocument(textDocument, uri);
        LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    return { services, build: () => services.shared.workspace.DocumentBuilder.build(documents, { validation: true }) };
}

/** Everything a user or a provider could read off the document: findings, tree, tokens and their places. */
function snapshot(document: LangiumDocument) {
    const root = document.parseResult.value;
    const tree = AstUtils.streamAst(root)
        .map((node) => {
            const fields = Object.entries(node)
                .filter(([key, value]) => !key.startsWith('$') && (typeof value !== 'object' || value === null))
                .map(([key, value]) => `${key}=${String(value)}`);
            const references = AstUtils.streamReferences(node)
                .map((ref) => `${ref.property}→${ref.reference.$refText}:${('ref' in ref.reference ? ref.reference.ref?.$type : undefined) ?? 'unresolved'}`)
                .toArray();
            const cst = node.$cstNode;
            const where = cst ? `${cst.offset}-${cst.end} ${JSON.stringify(cst.range)} ${cst.grammarSource?.$type}` : 'no cst';
            return `${node.$type} ${node.$containerProperty}[${node.$containerIndex}] ${where} ${fields.join(' ')} ${references.join(' ')}`;
        })
        .toArray();
    const rootCst = root.$cstNode!;
    const tokens = CstUtils.streamCst(rootCst)
        .map((cst) => `${cst.offset}+${cst.length} ${JSON.stringify(cst.range)} ${cst.hidden} ${cst.grammarSource?.$type} ${cst.astNode.$type} ${cst.text}`)
        .toArray();
    // the text the re-parsed tree holds, which must follow every edit
    return { text: (rootCst as RootCstNode).fullText, diagnostics: document.diagnostics, tree, tokens };
}

/** The nodes in braces, where a keystroke lands in real editing. */
function bracedNodes(root: AstNode): AstNode[] {
    return AstUtils.streamAst(root)
        .filter((node) => isNode(node) && node.$cstNode?.text.endsWith('}') === true)
        .toArray();
}

type Edit = { at: number; remove: number; insert: string };

/** An edit inside the given node: typing, deleting, new lines, typos, new findings, broken syntax. */
function editInside(text: string, node: AstNode, round: number): Edit {
    const cst = node.$cstNode!;
    const afterFirstToken = cst.offset + text.slice(cst.offset).search(/\s/);
    const titleQuote = text.indexOf('"', cst.offset) + 1;
    const beforeClose = cst.end - 1;
    const kinds: Edit[] = [
        { at: titleQuote, remove: 0, insert: 'x' },
        { at: titleQuote, remove: 1, insert: '' },
        { at: beforeClose, remove: 0, insert: '\n  max 1\n' },
        { at: beforeClose, remove: 0, insert: 'mxa 2 ' },
        { at: afterFirstToken, remove: 0, insert: ' ' },
        { at: beforeClose, remove: 0, insert: '// note\n' },
        { at: titleQuote, remove: 0, insert: '"' },
        { at: beforeClose, remove: 0, insert: '{' },
        { at: beforeClose, remove: 0, insert: '\n    item 9 "Mới" max 1 { yesno { yes 1 no 0 } }\n  ' },
    ];
    return kinds[round % kinds.length];
}

const hasSyntaxErrors = (document: LangiumDocument) =>
    document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;

describe('an edit inside a node re-parses that node only', () => {
    for (const file of rubricFiles) {
        it(`leaves ${path.relative(examples, file)} as a full parse would, edit after edit`, async () => {
            const texts = new Map(rubricFiles.map((f) => [f, fs.readFileSync(f, 'utf8')]));
            const editor = servicesWith(texts);
            await editor.build();
            const uri = URI.file(file);
            const edited = editor.services.shared.workspace.LangiumDocuments.getDocument(uri)!;
            const textDocument = editor.services.shared.workspace.TextDocuments!.get(uri.toString())!;
            expect(bracedNodes(edited.parseResult.value).length).toBeGreaterThan(3);

            /** Applies one edit in the editor and checks the document against a fresh parse; true if it was re-parsed in part. */
            async function apply(edit: Edit, label: string): Promise<{ partly: boolean; clean: boolean }> {
                const root = edited.parseResult.value as RubricFile;
                const members = [...(root.rubrics[0]?.members ?? [])];
                const wasClean = !hasSyntaxErrors(edited);
                const start = textDocument.positionAt(edit.at);
                const end = textDocument.positionAt(edit.at + edit.remove);
                TextDocument.update(textDocument, [{ range: { start, end }, text: edit.insert }], textDocument.version + 1);
                await editor.services.shared.workspace.DocumentBuilder.update([uri], []);
                const after = edited.parseResult.value as RubricFile;
                const kept = members.filter((member) => after.rubrics[0]?.members.includes(member)).length;

                texts.set(file, textDocument.getText());
                const fresh = servicesWith(texts);
                await fresh.build();
                const expected = fresh.services.shared.workspace.LangiumDocuments.getDocument(uri)!;
                expect(snapshot(edited), label).toEqual(snapshot(expected));
                return { partly: after === root && kept >= members.length - 1, clean: wasClean && !hasSyntaxErrors(expected) };
            }

            let clean = 0;
            let partly = 0;
            for (let round = 0; round < 18; round++) {
                const text = textDocument.getText();
                const candidates = bracedNodes(edited.parseResult.value);
                const edit = editInside(text, candidates[(round * 7) % candidates.length], round);
                const undo = { at: edit.at, remove: edit.insert.length, insert: text.slice(edit.at, edit.at + edit.remove) };
                for (const [step, label] of [[edit, 'edit'], [undo, 'undo']] as const) {
                    const result = await apply(step, `${label} ${round + 1}: ${JSON.stringify(step)}`);
                    if (result.clean) clean++;
                    if (result.clean && result.partly) partly++;
                }
            }
            // an edit that keeps the syntax whole never parses the file again
            expect(clean).toBeGreaterThan(10);
            expect(partly).toBe(clean);
        });
    }
});
