import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { skip, test } from './harness.js';
import { districtRubric, lineOf, openRubric, waitFor } from './workspace.js';

const target = process.env.PAR_RUBRIC_SCREENSHOT;

// Only when asked (test/editor/run.mjs --screenshot FILE): the launcher photographs the page on request.
if (target) {
    test('screenshot: the district rubric with its subtotals', async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        await vscode.commands.executeCommand('notifications.clearAll');
        const editor = await openRubric(districtRubric());
        await vscode.commands.executeCommand('workbench.view.explorer');
        const range = new vscode.Range(0, 0, editor.document.lineCount, 0);
        await waitFor('inlay hints', async () =>
            (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, range)).length > 0 || undefined,
        );
        // field 1 and its criteria, each with its "Σ … ✓"
        const field1 = lineOf(editor.document, /^\s*field 1 "/) - 1;
        editor.revealRange(new vscode.Range(field1 - 2, 0, field1 - 2, 0), vscode.TextEditorRevealType.AtTop);
        editor.selection = new vscode.Selection(field1, 0, field1, 0);
        await new Promise((resolve) => setTimeout(resolve, 2500));
        fs.rmSync(target, { force: true });
        console.log(`@@screenshot ${target}`);
        await waitFor('the screenshot file', () => fs.existsSync(target) || undefined, 20_000);
        assert.ok(fs.statSync(target).size > 10_000, 'a real picture, not an empty page');
    }, 60_000);
} else {
    skip('screenshot: the district rubric with its subtotals', 'only with --screenshot');
}
