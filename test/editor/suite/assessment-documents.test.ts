import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { activateExtension, fixtureRubric, lineOf, replaceInDocument, waitFor, workspaceFile } from './workspace.js';

type Api = { scorePreviews(): { assessment: vscode.Uri; html: string }[] };

const invalid = () => workspaceFile('fixtures/district/rat-cao.assessment.yaml');

/** What the language server (not the JSON or YAML schema check) says of a file. */
const ownDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'par-rubric');

test('an invalid assessment shows its problem at its line in the Problems panel, as rubric score says it', async () => {
    await activateExtension();
    const document = await vscode.workspace.openTextDocument(invalid());
    await vscode.window.showTextDocument(document, { preview: false });
    const found = await waitFor('the server’s diagnostics on the assessment', () => {
        const own = ownDiagnostics(document.uri);
        return own.length > 0 ? own : undefined;
    }, 30_000);
    const planDone = found.find((d) => d.code === 'assessment/metric-type');
    assert.ok(planDone, `a metric-type problem; got ${found.map((d) => `${String(d.code)}@${d.range.start.line + 1}`).join(', ')}`);
    assert.equal(planDone.range.start.line + 1, lineOf(document, /^\s+planDone: rất cao/));
    assert.equal(planDone.range.start.character, document.lineAt(planDone.range.start.line).text.indexOf('rất cao'));
    assert.equal(planDone.message, 'metrics.planDone: Số liệu "planDone" cần một số (tối đa 6 chữ số thập phân)');
    assert.equal(planDone.severity, vscode.DiagnosticSeverity.Error);
});

test('the preview of an invalid assessment lists its problems, linked to their place, and shows no score', async () => {
    const extension = (await activateExtension()) as Api;
    await vscode.commands.executeCommand('parRubric.scoreAssessment', invalid());
    const html = await waitFor('the preview of the invalid assessment', () =>
        extension.scorePreviews().find((p) => p.assessment.toString() === invalid().toString() && p.html.includes('planDone'))?.html,
    );
    assert.match(html, /Chưa chấm được bản đánh giá này/);
    assert.match(html, /rat-cao\.assessment\.yaml:9:13: metrics\.planDone: Số liệu &quot;planDone&quot; cần một số/);
    // the link opens the assessment at the value (0-based line 8, column 12)
    assert.match(html, /href="command:parRubric\.openLocation\?[^"]*%2C8%2C12%5D"/);
    assert.doesNotMatch(html, /id="total"/, 'no total for an assessment rubric score refuses');
});

test('completion in an assessment offers the rubric’s choice labels, in YAML with no YAML extension needed', async () => {
    await activateExtension();
    const document = await vscode.workspace.openTextDocument(invalid());
    assert.equal(document.languageId, 'yaml');
    const line = lineOf(document, /^\s+choice: /) - 1;
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf(':') + 2);
    const labels = await waitFor('choice labels in the completion list', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const found = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        return found.includes('Không ban hành') ? found : undefined;
    });
    for (const label of ['Ban hành kịp thời', 'Ban hành không kịp thời', 'Không ban hành']) assert.ok(labels.includes(label), `offers ${label}`);
});

/** The server's warnings of one code on the file, once they have come. */
const warningsOf = (uri: vscode.Uri, code: string) => ownDiagnostics(uri).filter((d) => d.code === code);

/** The quick fix of that title for the server's diagnostic of that code, applied. */
async function applyQuickFix(document: vscode.TextDocument, code: string, title: RegExp): Promise<void> {
    const diagnostic = await waitFor(`the ${code} warning`, () => warningsOf(document.uri, code)[0], 30_000);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => title.test(action.title));
    assert.ok(fix?.edit, `a quick fix ${title}; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix applies');
}

test('the hash quick fixes: one adds the rubric’s hash to an assessment without, one writes the new hash once the rubric changed', async () => {
    await activateExtension();
    const rubric = await vscode.workspace.openTextDocument(fixtureRubric());
    const document = await vscode.workspace.openTextDocument(workspaceFile('fixtures/district/unit-a.assessment.json'));
    await vscode.window.showTextDocument(document, { preview: false });
    const original = document.getText();
    let restoreRubric: (() => Promise<void>) | undefined;
    try {
        await applyQuickFix(document, 'assessment/hash-missing', /^Thêm mã kiểm tra \(hash\)/);
        assert.match(document.getText(), /^\{\n  "rubric": "TEST_HUYEN_2022",\n  "hash": "sha256:[0-9a-f]{64}",\n  "year": 2022,/);
        await waitFor('no hash warning once the hash is written', () => ownDiagnostics(document.uri).every((d) => !String(d.code).startsWith('assessment/hash')) || undefined);
        const written = /"hash": "(sha256:[0-9a-f]{64})"/.exec(document.getText())![1];

        // a reworded title is another version of the rubric; the answers still fit it
        restoreRubric = await replaceInDocument(rubric, /"Bộ chỉ số CCHC cấp huyện \(bản thử\)"/, '"Bộ chỉ số CCHC cấp huyện (bản thử, sửa lần 2)"');
        await applyQuickFix(document, 'assessment/revised-rubric', /^Ghi mã kiểm tra \(hash\) của phiên bản hiện tại/);
        const rewritten = /"hash": "(sha256:[0-9a-f]{64})"/.exec(document.getText())?.[1];
        assert.ok(rewritten && rewritten !== written, `a new hash is written: ${rewritten}`);
        await waitFor('no revised-rubric warning once the new hash is written', () => warningsOf(document.uri, 'assessment/revised-rubric').length === 0 || undefined);
    } finally {
        await restoreRubric?.();
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
        await vscode.workspace.applyEdit(edit);
        await document.save();
        await rubric.save();
    }
});
