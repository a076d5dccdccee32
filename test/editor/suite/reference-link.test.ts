import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { districtRubric, lineOf, openRubric, waitFor } from './workspace.js';

const LINK = /\]\((command:parRubric\.showReference\?([^)]+))\)/;

test('hover on a keyword explains it and links to its section of the bundled reference, which the link opens', async () => {
    const editor = await openRubric(districtRubric());
    const line = lineOf(editor.document, /^\s*bands planDone/) - 1;
    const position = new vscode.Position(line, editor.document.lineAt(line).firstNonWhitespaceCharacterIndex + 1);
    const hover = await waitFor('a hover on `bands`', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        return hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && LINK.test(c.value));
    });
    // the workspace speaks Vietnamese: the explanation and the linked copy of the reference are Vietnamese
    assert.match(hover.value, /\*\*`bands`\*\* · từ khóa\n\nChấm theo khoảng/);
    assert.match(hover.value, /\[Xem mục này trong tài liệu tra cứu ngôn ngữ\]/);
    // the editor renders a command link as a link only where the hover trusts that command
    assert.deepEqual(hover.isTrusted, { enabledCommands: ['parRubric.showReference'] });

    const args = JSON.parse(decodeURIComponent(LINK.exec(hover.value)![2])) as [string, string];
    assert.deepEqual(args, ['vi', 'bands']);
    const opened = await vscode.commands.executeCommand<vscode.Uri>('parRubric.showReference', ...args);
    assert.match(opened.path, /\/docs\/reference\.vi\.md$/);
    assert.equal(opened.fragment, 'bands');
    assert.match(fs.readFileSync(opened.fsPath, 'utf8'), /<a id="bands"><\/a>\n\n## Cách chấm: `bands`/);
    await waitFor('the reference in the Markdown preview', () =>
        vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview')),
    );
});
