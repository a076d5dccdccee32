import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { RubricServices } from '../../src/rubric-module.js';
import { services } from '../parse-helper.js';
import { sketch, vietnamese } from './lsp-fixtures.js';

/** Every lens as "line:character title". */
async function lenses(rubric: RubricServices, text: string): Promise<string[]> {
    const document = await parseHelper(rubric)(text);
    const result = await rubric.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.textDocument.uri } });
    return (result ?? []).map((l) => `${l.range.start.line}:${l.range.start.character} ${l.command?.title}`);
}

describe('the shape as a CodeLens above the rubric', () => {
    test('on its own line above `rubric`, whatever the length of the title (vi)', async () => {
        const text = `// Bộ chỉ số\n${sketch.replace('rubric R "Thử"', `rubric R "${'Bộ chỉ số cải cách hành chính '.repeat(6)}"`)}`;
        expect(await lenses(vietnamese.Rubric, text)).toEqual(['1:0 2 lĩnh vực · 3 tiêu chí · 3 tiêu chí thành phần · 100 điểm']);
    });

    test('singular words in English for a single field, criterion and point', async () => {
        const text = 'rubric R {\n  field 1 "A" max 1 {\n    criterion 1.1 "B" max 1 {\n      item 1.1.1 "C" max 1 { judged }\n    }\n  }\n}';
        expect(await lenses(services.Rubric, text)).toEqual(['0:0 1 field · 1 criterion · 1 sub-criterion · 1 point']);
    });

    test('none while the parser had to guess at the tree', async () => {
        expect(await lenses(services.Rubric, sketch.replace('max 18.5', 'max 18,5'))).toEqual([]);
    });
});
