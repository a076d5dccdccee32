import { TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, parseHelper } from 'langium/test';
import { ResponseError } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { services } from '../parse-helper.js';

const parse = parseHelper(services.Rubric);
const rename = services.Rubric.lsp.RenameProvider!;
const opened: LangiumDocument[] = [];

afterEach(async () => {
    await clearDocuments(services.Rubric, opened.splice(0));
});

const common = 'metric onTimeRate percent "Tỷ lệ hồ sơ đúng hạn"\nevidence yearReport "Báo cáo năm" kind report\n';
const main = `import "common.rubric"
rubric R {
  field 1 "A" max 2 {
    item 1.1 "B" max 1 {
      bands onTimeRate { >= 95%: 1  else: 0 }
      requires yearReport
    }
    item 1.2 "C" max 1 { formula min(onTimeRate / 100, 1) }
  }
}
`;

/** The common file and the rubric that imports it, built together as the editor would. */
async function workspace(): Promise<{ commonDoc: LangiumDocument; mainDoc: LangiumDocument }> {
    const commonDoc = await parse(common, { documentUri: 'file:///ws/common.rubric' });
    const mainDoc = await parse(main, { documentUri: 'file:///ws/main.rubric' });
    opened.push(commonDoc, mainDoc);
    return { commonDoc, mainDoc };
}

function apply(document: LangiumDocument, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] | undefined): string {
    return TextDocument.applyEdits(document.textDocument, edits ?? []);
}

describe('metrics and evidence across imported files', () => {
    test('renaming a metric where it is declared renames its uses in the importing file', async () => {
        const { commonDoc, mainDoc } = await workspace();
        const position = commonDoc.textDocument.positionAt(common.indexOf('onTimeRate') + 2);
        const edit = await rename.rename(commonDoc, { textDocument: { uri: commonDoc.uri.toString() }, position, newName: 'onTimeShare' });
        expect(apply(commonDoc, edit?.changes?.[commonDoc.uri.toString()])).toBe(common.replace('onTimeRate', 'onTimeShare'));
        expect(apply(mainDoc, edit?.changes?.[mainDoc.uri.toString()])).toBe(main.replaceAll('onTimeRate', 'onTimeShare'));
    });

    test('renaming evidence from a use site renames the declaration in the imported file', async () => {
        const { commonDoc, mainDoc } = await workspace();
        const position = mainDoc.textDocument.positionAt(main.indexOf('yearReport') + 1);
        const edit = await rename.rename(mainDoc, { textDocument: { uri: mainDoc.uri.toString() }, position, newName: 'annualReport' });
        expect(apply(commonDoc, edit?.changes?.[commonDoc.uri.toString()])).toBe(common.replace('yearReport', 'annualReport'));
        expect(apply(mainDoc, edit?.changes?.[mainDoc.uri.toString()])).toBe(main.replace('yearReport', 'annualReport'));
    });

    test('a new name that is not a name is refused with a reason', async () => {
        const { commonDoc } = await workspace();
        const position = commonDoc.textDocument.positionAt(2 + common.indexOf('onTimeRate'));
        const attempt = rename.rename(commonDoc, { textDocument: { uri: commonDoc.uri.toString() }, position, newName: 'tỷ lệ' });
        await expect(attempt).rejects.toBeInstanceOf(ResponseError);
        await expect(attempt).rejects.toThrow('"tỷ lệ" is not a valid name (letters, digits and underscores)');
    });

    test('find references lists the uses in the importing file, go to definition lands in the imported one', async () => {
        const { commonDoc, mainDoc } = await workspace();
        const references = services.Rubric.lsp.ReferencesProvider!;
        const found = await references.findReferences(commonDoc, {
            textDocument: { uri: commonDoc.uri.toString() },
            position: commonDoc.textDocument.positionAt(common.indexOf('onTimeRate')),
            context: { includeDeclaration: false },
        });
        expect(found.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}`)).toEqual(['main.rubric:4', 'main.rubric:7']);
        const definition = await services.Rubric.lsp.DefinitionProvider!.getDefinition(mainDoc, {
            textDocument: { uri: mainDoc.uri.toString() },
            position: mainDoc.textDocument.positionAt(main.indexOf('yearReport')),
        });
        expect(definition?.map((l) => `${l.targetUri.split('/').pop()}:${l.targetSelectionRange.start.line}`)).toEqual(['common.rubric:1']);
    });
});

describe('within one file (langium/test helpers)', () => {
    test('go to definition and references of a metric', async () => {
        const text = 'rubric R {\n  metric <|rate|> percent\n  field 1 "A" max 1 { item 1.1 "B" max 1 { proportional <|>rate } }\n}\n';
        await expectGoToDefinition(services.Rubric)({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await expectFindReferences(services.Rubric)({
            text: 'rubric R {\n  metric <|<|>rate|> percent\n  field 1 "A" max 1 { item 1.1 "B" max 1 { proportional <|rate|> } }\n}\n',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });
});

describe('renaming a node code', () => {
    const tree = `rubric R {
  field 1 "A" max 3 {
    criterion 1.2 "B" max 3 {
      item 1.2.1 "C" max 1 { judged }
      item 1.2.2 "D" max 2 { judged }
    }
    criterion 1.20 "E" max 0.5 { judged }
  }
}
`;

    test('1.2 → 1.3 renames 1.2.1 → 1.3.1 and 1.2.2 → 1.3.2, and nothing else (not 1.20)', async () => {
        const document = await parse(tree);
        opened.push(document);
        const position = document.textDocument.positionAt(tree.indexOf('1.2 "B"') + 1);
        const params = { textDocument: { uri: document.uri.toString() }, position };
        expect(await rename.prepareRename(document, params)).toEqual({ start: { line: 2, character: 14 }, end: { line: 2, character: 17 } });
        const edit = await rename.rename(document, { ...params, newName: '1.3' });
        expect(apply(document, edit?.changes?.[document.uri.toString()])).toBe(
            tree.replace('1.2 "B"', '1.3 "B"').replace('1.2.1', '1.3.1').replace('1.2.2', '1.3.2'),
        );
    });

    test('a new code that is not a dotted number is refused', async () => {
        const document = await parse(tree);
        opened.push(document);
        const position = document.textDocument.positionAt(tree.indexOf('1.2 "B"'));
        const attempt = rename.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName: '1.x' });
        await expect(attempt).rejects.toThrow('"1.x" is not a valid code (numbers joined by dots, e.g. 1.2.3)');
    });
});

describe('workspace symbols (Ctrl+T) across files', () => {
    const symbols = (query: string) => services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query }) as { name: string; location: { uri: string } }[];
    const names = async (query: string) => (await symbols(query)).map((s) => `${s.name} @ ${s.location.uri.replace('file:///ws/', '')}`).sort();

    test('an item by words of its title, with or without tone marks, and a metric by its title', async () => {
        await workspace();
        const withTitles = `rubric S "Sở" {\n  field 2 "Kế hoạch cải cách" max 1 { item 2.1 "Ban hành kế hoạch" max 1 { judged } }\n}\n`;
        opened.push(await parse(withTitles, { documentUri: 'file:///ws/so.rubric' }));
        expect(await names('Kế hoạch')).toEqual(['2 Kế hoạch cải cách @ so.rubric', '2.1 Ban hành kế hoạch @ so.rubric']);
        expect(await names('ke hoach')).toEqual(await names('Kế hoạch'));
        expect(await names('đúng hạn')).toEqual(['onTimeRate Tỷ lệ hồ sơ đúng hạn @ common.rubric']);
    });

    test('a node by its code, in every file that has it', async () => {
        await workspace();
        expect(await names('1.1')).toEqual(['1.1 B @ main.rubric']);
    });
});
