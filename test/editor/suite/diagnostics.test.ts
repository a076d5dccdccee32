import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { districtRubric, expectFindings, lineOf, openRubric, replaceInDocument } from './workspace.js';

test('the district rubric opens without problems', async () => {
    const editor = await openRubric(districtRubric());
    assert.equal(editor.document.languageId, 'rubric');
    await expectFindings(editor.document.uri, []);
});

test('every example rubric opens without problems, imports resolved', async () => {
    const rubrics = await vscode.workspace.findFiles('examples/**/*.rubric');
    assert.ok(rubrics.length >= 2, 'the examples are in the workspace');
    for (const rubric of rubrics) {
        await openRubric(rubric);
        await expectFindings(rubric, []);
    }
});

test("changing field 1's max 18.5 → 18.25 reports sum/total and sum/children at their lines, then clears", async () => {
    const editor = await openRubric(districtRubric());
    const document = editor.document;
    const fieldLine = lineOf(document, /^\s*field 1 "/);
    const totalLine = lineOf(document, /^\s*total 100\b/);
    const undo = await replaceInDocument(document, /(field 1 "[^"\n]*"[^\n{]*?)max 18\.5\b/, '$1max 18.25');
    try {
        const found = await expectFindings(document.uri, [`sum/children@${fieldLine}`, `sum/total@${totalLine}`]);
        assert.ok(found.every((f) => f.severity === vscode.DiagnosticSeverity.Error));
        const children = found.find((f) => f.code === 'sum/children')!;
        assert.match(children.message, /18,25/, 'Vietnamese messages, Vietnamese decimals');
    } finally {
        await undo();
    }
    await expectFindings(document.uri, []);
});
