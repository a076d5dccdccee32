import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { RubricServices } from '../../src/rubric-module.js';
import { services } from '../parse-helper.js';
import { sketch, vietnamese } from './lsp-fixtures.js';

/** Every hint as "line:character label" (0-based positions), in document order. */
async function hints(rubric: RubricServices, text: string): Promise<string[]> {
    const document: LangiumDocument = await parseHelper(rubric)(text);
    const end = document.textDocument.positionAt(text.length);
    const result = await rubric.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.textDocument.uri },
        range: { start: { line: 0, character: 0 }, end },
    });
    return (result ?? []).map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);
}

const unbalanced = `rubric R {
  total 100
  field 1 "A" max 18.5 {
    criterion 1.1 "B" max 3 {
      item 1.1.1 "C" max 1 { judged }
      item 1.1.2 "D" max 1.5 { judged }
    }
    criterion 1.2 "E" max 15 {
      item 1.2.1 "F" max 15.5 { judged }
    }
  }
  field 2 "G" max 80 {
    item 2.1 "H" max 80 { survey }
  }
}`;

describe('inlay hints', () => {
    test('Σ after every parent max and the total, and no shape at the end of the rubric line (vi)', async () => {
        expect(await hints(vietnamese.Rubric, sketch)).toEqual([
            '3:11 Σ 100 / 100 ✓',
            '7:53 Σ 18,5 / 18,5 ✓',
            '8:43 Σ 3 / 3 ✓',
            '18:36 Σ 15,5 / 15,5 ✓',
            '22:38 Σ 81,5 / 81,5 ✓',
        ]);
    });

    test('what is short and what is over, exactly (en)', async () => {
        expect(await hints(services.Rubric, unbalanced)).toEqual([
            '1:11 Σ 98.5 / 100 — 1.5 short',
            '2:22 Σ 18 / 18.5 — 0.5 short',
            '3:27 Σ 2.5 / 3 — 0.5 short',
            '7:28 Σ 15.5 / 15 — 0.5 over',
            '11:20 Σ 80 / 80 ✓',
        ]);
    });

    test('Vietnamese says thiếu and thừa', async () => {
        const labels = await hints(vietnamese.Rubric, unbalanced);
        expect(labels).toContain('2:22 Σ 18 / 18,5 — thiếu 0,5');
        expect(labels).toContain('7:28 Σ 15,5 / 15 — thừa 0,5');
    });

    test('no subtotal where a child has no valid max (the validator reports that instead)', async () => {
        const text = unbalanced.replace('item 1.1.2 "D" max 1.5', 'item 1.1.2 "D" max 1.5x');
        const labels = await hints(services.Rubric, text);
        expect(labels.filter((l) => l.startsWith('3:'))).toEqual([]);
        expect(labels).toContain('2:22 Σ 18 / 18.5 — 0.5 short');
    });

    test('no sums over a tree the parser had to guess: `1,5` breaks its branch and the totals, not its neighbours', async () => {
        const text = unbalanced.replace('item 1.1.2 "D" max 1.5', 'item 1.1.2 "D" max 1,5');
        const labels = await hints(services.Rubric, text);
        expect(labels.filter((l) => /^[0-3]:/.test(l))).toEqual([]);
    });
});
