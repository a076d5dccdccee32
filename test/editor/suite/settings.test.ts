import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { districtRubric, findings, lineOf, openRubric, replaceInDocument, waitFor } from './workspace.js';

/** Sets a workspace setting and returns how to put back the value it had. */
async function setting(key: string, value: unknown): Promise<() => Thenable<void>> {
    const configuration = vscode.workspace.getConfiguration('parRubric');
    const before = configuration.inspect(key)?.workspaceValue;
    await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
    return () => vscode.workspace.getConfiguration('parRubric').update(key, before, vscode.ConfigurationTarget.Workspace);
}

async function hintCount(document: vscode.TextDocument): Promise<number> {
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range)).length;
}

async function hoverOnField1(document: vscode.TextDocument): Promise<string> {
    const line = lineOf(document, /^\s*field 1 "/) - 1;
    const position = new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

test('parRubric.inlayHints.enabled switches the subtotals off and on', async () => {
    const { document } = await openRubric(districtRubric());
    await waitFor('inlay hints', async () => (await hintCount(document)) > 0);
    const restore = await setting('inlayHints.enabled', false);
    try {
        assert.equal(await hintCount(document), 0, 'no inlay hints once switched off');
    } finally {
        await restore();
    }
    await waitFor('inlay hints back', async () => (await hintCount(document)) > 0);
});

test('parRubric.language switches hovers and diagnostics between Vietnamese and English', async () => {
    const { document } = await openRubric(districtRubric());
    assert.match(await hoverOnField1(document), /Các mục con cộng lại 18,5 điểm/);
    const restore = await setting('language', 'en');
    try {
        await waitFor('an English hover after the server restarts', async () => /Children add up to 18\.5 points/.test(await hoverOnField1(document)), 15_000);
        const undo = await replaceInDocument(document, /(field 1 "[^"\n]*"[^\n{]*?)max 18\.5\b/, '$1max 18.25');
        try {
            const message = await waitFor('an English sum/children diagnostic', () => findings(document.uri).find((f) => f.code === 'sum/children')?.message);
            assert.match(message, /18\.25/, `an English message with English decimals: ${message}`);
        } finally {
            await undo();
        }
    } finally {
        await restore();
    }
    // the workspace settings of the test folder say "vi"
    await waitFor('a Vietnamese hover again', async () => /Các mục con cộng lại 18,5 điểm/.test(await hoverOnField1(document)), 15_000);
}, 60_000);
