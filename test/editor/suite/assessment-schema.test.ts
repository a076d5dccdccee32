import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { lineOf, waitFor, workspaceFile } from './workspace.js';

/** The JSON schema check's diagnostics; the language server's own (checked against the rubric) are tested apart. */
const schemaDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'par-rubric');

test('*.assessment.json files are checked against the assessment schema', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('fixtures/district/broken.assessment.json'));
    await vscode.window.showTextDocument(document, { preview: false });
    const lines = await waitFor('schema diagnostics on the broken assessment', () => {
        const found = schemaDiagnostics(document.uri).map((d) => d.range.start.line + 1);
        return found.length >= 2 ? [...new Set(found)].sort((a, b) => a - b) : undefined;
    }, 30_000);
    assert.deepEqual(lines, [lineOf(document, /"year"/), lineOf(document, /"itemz"/)]);

    const valid = await vscode.workspace.openTextDocument(workspaceFile('fixtures/district/unit-a.assessment.json'));
    await vscode.window.showTextDocument(valid, { preview: false });
    // give the JSON server the time it took for the broken file, then expect silence
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(schemaDiagnostics(valid.uri), []);
});
