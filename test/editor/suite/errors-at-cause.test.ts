import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { expectFindings, fixtureRubric, lineOf, openRubric, replaceInDocument, waitFor } from './workspace.js';

async function quickFixes(document: vscode.TextDocument, code: string): Promise<vscode.CodeAction[]> {
    const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => String((d.code as { value: unknown })?.value ?? d.code) === code);
    assert.ok(diagnostic, `a ${code} diagnostic`);
    return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

test("deleting a `}` gives one diagnostic, at the line of the brace never closed", async () => {
    const editor = await openRubric(fixtureRubric());
    const document = editor.document;
    const itemLine = lineOf(document, /^\s*item 1\.1\.1 /);
    // the `}` that closes item 1.1.1, right after its `requires planDoc`
    const undo = await replaceInDocument(document, /(requires planDoc\n)\s*\}\n/, '$1');
    try {
        const [only] = await expectFindings(document.uri, [`syntax/unclosed-brace@${itemLine}`]);
        assert.match(only.message, /không bao giờ được đóng/);
        const diagnostic = vscode.languages.getDiagnostics(document.uri)[0];
        assert.ok((diagnostic.relatedInformation ?? []).length === 1, 'where the parser gave up, as related information');
    } finally {
        await undo();
    }
    await expectFindings(document.uri, []);
});

test('`1,5` gets "write 1.5, not 1,5" and its quick fix', async () => {
    const editor = await openRubric(fixtureRubric());
    const document = editor.document;
    const original = document.getText();
    const line = lineOf(document, /"Ban hành không kịp thời": 0\.5/);
    await replaceInDocument(document, /"Ban hành không kịp thời": 0\.5/, '"Ban hành không kịp thời": 0,5');
    try {
        const [only] = await expectFindings(document.uri, [`syntax/decimal-comma@${line}`]);
        assert.equal(only.message, 'Viết 0.5, không viết 0,5: số thập phân dùng dấu chấm');
        const fix = (await quickFixes(document, 'syntax/decimal-comma')).find((a) => a.title === 'Viết 0.5');
        assert.ok(fix?.edit, 'a quick fix "Viết 0.5"');
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.equal(document.getText(), original);
        await expectFindings(document.uri, []);
    } finally {
        if (document.getText() !== original) {
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
            await vscode.workspace.applyEdit(edit);
        }
    }
});

test('`planDok` gets "did you mean planDoc" as its preferred quick fix', async () => {
    const editor = await openRubric(fixtureRubric());
    const document = editor.document;
    const line = lineOf(document, /^\s*requires planDoc$/);
    const undo = await replaceInDocument(document, /requires planDoc\n/, 'requires planDok\n');
    try {
        const [only] = await expectFindings(document.uri, [`reference/unresolved@${line}`]);
        assert.match(only.message, /có phải "planDoc"\?/);
        const actions = await waitFor('quick fixes', async () => {
            const found = await quickFixes(document, 'reference/unresolved');
            return found.length > 0 ? found : undefined;
        });
        assert.equal(actions[0].title, 'Sửa thành "planDoc"');
        assert.ok(actions[0].isPreferred);
    } finally {
        await undo();
    }
    await expectFindings(document.uri, []);
});
