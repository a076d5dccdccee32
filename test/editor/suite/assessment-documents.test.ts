import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { activateExtension, lineOf, waitFor, workspaceFile } from './workspace.js';

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
