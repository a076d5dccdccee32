import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { districtRubric, expectFindings, findings, fixtureRubric, lineOf, openRubric, replaceInDocument, waitFor } from './workspace.js';

const FIELD_1 = /(field 1 "[^"\n]*"[^\n{]*?)max 18\.5\b/;

function hoverText(hovers: vscode.Hover[]): string {
    return hovers
        .flatMap((hover) => hover.contents)
        .map((content) => (typeof content === 'string' ? content : content.value))
        .join('\n');
}

async function inlayHints(document: vscode.TextDocument): Promise<{ line: number; label: string }[]> {
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    return hints.map((hint) => ({
        line: hint.position.line + 1,
        label: typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''),
    }));
}

test("hover on field 1 shows its points, its share of the total and its children's subtotal", async () => {
    const editor = await openRubric(districtRubric());
    const line = lineOf(editor.document, /^\s*field 1 "/) - 1;
    const position = new vscode.Position(line, editor.document.lineAt(line).firstNonWhitespaceCharacterIndex + 1);
    const text = await waitFor('a hover on field 1', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        return hovers.length > 0 ? hoverText(hovers) : undefined;
    });
    assert.match(text, /18,5 điểm/);
    assert.match(text, /Các mục con cộng lại 18,5 điểm ✓/);
});

test('the rubric shape is a CodeLens above the rubric line', async () => {
    const editor = await openRubric(districtRubric());
    const document = editor.document;
    const lenses = await waitFor('code lenses', async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
        return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
        lenses.map((l) => [l.range.start.line + 1, l.command?.title]),
        [[lineOf(document, /^rubric PAR_HUYEN_2022/), '8 lĩnh vực · 34 tiêu chí · 62 tiêu chí thành phần · 100 điểm']],
    );
});

test('inlay hints show every branch subtotal, and the shape is no longer one of them', async () => {
    const editor = await openRubric(districtRubric());
    const document = editor.document;
    const hints = await waitFor('inlay hints', async () => {
        const found = await inlayHints(document);
        return found.length > 0 ? found : undefined;
    });
    const at = (line: number) => hints.filter((h) => h.line === line).map((h) => h.label.trim());
    assert.deepEqual(at(lineOf(document, /^rubric PAR_HUYEN_2022/)), []);
    assert.deepEqual(at(lineOf(document, /^\s*field 1 "/)), ['Σ 18,5 / 18,5 ✓']);
    assert.deepEqual(at(lineOf(document, /^\s*total 100\b/)), ['Σ 100 / 100 ✓']);

    const undo = await replaceInDocument(document, FIELD_1, '$1max 18.25');
    try {
        await waitFor('the subtotal of field 1 to say it is over', async () =>
            (await inlayHints(document)).find((h) => h.line === lineOf(document, /^\s*field 1 "/) && h.label.includes('Σ 18,5 / 18,25 — thừa 0,25')),
        );
    } finally {
        await undo();
    }
});

test('the quick fix sets field 1 back to the sum of its children', async () => {
    const editor = await openRubric(districtRubric());
    const document = editor.document;
    const original = document.getText();
    const fieldLine = lineOf(document, /^\s*field 1 "/);
    await replaceInDocument(document, FIELD_1, '$1max 18.25');
    try {
        await expectFindings(document.uri, [`sum/children@${fieldLine}`, `sum/total@${lineOf(document, /^\s*total 100\b/)}`]);
        const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => String((d.code as { value: unknown })?.value ?? d.code) === 'sum/children')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
        );
        const fix = actions.find((a) => a.title === 'Đặt điểm tối đa của 1 thành 18,5');
        assert.ok(fix?.edit, `a quick fix "Đặt điểm tối đa của 1 thành 18,5" among ${JSON.stringify(actions.map((a) => a.title))}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.equal(document.getText(), original, 'the fix restores exactly the original max');
        await expectFindings(document.uri, []);
    } finally {
        if (document.getText() !== original) {
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
            await vscode.workspace.applyEdit(edit);
        }
    }
});

test('completion in an empty item offers every scoring method once, nothing of the rubric, and the bands snippet fits the item', async () => {
    const editor = await openRubric(fixtureRubric());
    const document = editor.document;
    // item 1.1.1 (max 1) loses its choice: the user is about to pick a method
    const undo = await replaceInDocument(document, /choice \{ "Ban hành kịp thời": 1 [^\n]*\}/, '');
    try {
        const line = lineOf(document, /^\s*item 1\.1\.1 /);
        await waitFor('leaf/no-method on item 1.1.1', () => findings(document.uri).find((f) => f.code === 'leaf/no-method'));
        const position = new vscode.Position(line, document.lineAt(line).text.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const fromServer = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
        const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        for (const method of ['choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged', 'survey', 'formula']) {
            assert.equal(labels.filter((l) => l === method).length, 1, `completion offers ${method} once (got ${JSON.stringify(labels)})`);
        }
        for (const word of ['rubric', 'field', 'grades']) assert.ok(!labels.includes(word), `no ${word} inside an item`);
        const bands = fromServer.find((item) => item.label === 'bands')!;
        assert.ok(bands.insertText instanceof vscode.SnippetString);
        assert.ok(await editor.insertSnippet(bands.insertText, position));
        // the snippet's defaults (first fitting metric, best band = the item's max 1) make a valid item
        await expectFindings(document.uri, []);
    } finally {
        await undo();
        await vscode.commands.executeCommand('leaveSnippet');
    }
});
