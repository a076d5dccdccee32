import type { MessageConnection } from 'vscode-languageserver/node';
import type { CodeAction, CodeLens, CompletionList, Diagnostic, Hover, InlayHint } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startInProcessServer } from './in-process-server.js';

/** A client and the real language server talking JSON-RPC in one process, as VS Code and the extension do. */
let client: MessageConnection;
let diagnostics: Map<string, Diagnostic[]>;
const uri = 'file:///workspace/thu.rubric';
const text = `rubric R {
  total 100
  metric rate percent "Tỷ lệ"
  field 1 "Chỉ đạo" max 18.5 {
    item 1.1 "A" max 17.5 { bands rate { >= 90%: 17.5  else: 0 } }
  }
}
`;

beforeAll(async () => {
    ({ client, diagnostics } = startInProcessServer());
    // VS Code sends its display language here
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'vi' });
    client.sendNotification('initialized', {});
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rubric', version: 1, text } });
    for (let i = 0; i < 100 && !diagnostics.has(uri); i++) await new Promise((r) => setTimeout(r, 50));
});

afterAll(() => client?.dispose());

describe('the language server over JSON-RPC, in the client’s language', () => {
    test('diagnostics, hover, inlay hints and the shape lens come in Vietnamese because the client said "vi"', async () => {
        expect(diagnostics.get(uri)?.find((d) => d.code === 'sum/children')?.message).toBe(
            'Các mục con của lĩnh vực 1 cộng lại 17,5 điểm, khác điểm tối đa 18,5',
        );
        const hover: Hover = await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 9 } });
        expect((hover.contents as { value: string }).value).toBe('**Lĩnh vực 1** · Chỉ đạo\n\n18,5 điểm · 18,5% tổng điểm\n\nCác mục con cộng lại 17,5 điểm — thiếu 1');
        const hints: InlayHint[] = await client.sendRequest('textDocument/inlayHint', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } },
        });
        expect(hints.map((h) => h.label)).toEqual(['Σ 18,5 / 100 — thiếu 81,5', 'Σ 17,5 / 18,5 — thiếu 1']);
        const lenses: CodeLens[] = await client.sendRequest('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses.map((l) => l.command?.title)).toEqual(['1 lĩnh vực · 1 tiêu chí · 0 tiêu chí thành phần · 100 điểm']);
    });

    test('the quick fix for a published diagnostic', async () => {
        const diagnostic = diagnostics.get(uri)!.find((d) => d.code === 'sum/children')!;
        const actions: CodeAction[] = await client.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
        });
        expect(actions.map((a) => a.title)).toEqual(['Đặt điểm tối đa của 1 thành 17,5']);
        expect(actions[0].edit?.changes?.[uri]).toEqual([{ range: diagnostic.range, newText: '17.5' }]);
    });

    test('completion, whose parser is built on the first request rather than at start-up', async () => {
        // after `bands ` on the item's line: the metrics in scope
        const list: CompletionList = await client.sendRequest('textDocument/completion', {
            textDocument: { uri },
            position: { line: 4, character: text.split('\n')[4].indexOf('rate {') },
        });
        expect(list.items.map((item) => item.label)).toContain('rate');
    });
});
