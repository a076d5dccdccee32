import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { activateExtension, exists, replaceInDocument, waitFor, workspaceFile } from './workspace.js';

type Api = { scorePreviews(): { assessment: vscode.Uri; html: string }[] };

async function api(): Promise<Api> {
    return (await activateExtension()) as Api;
}

function previewTabOpen(): boolean {
    return vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('parRubric.scorePreview'));
}

async function previewHtml(assessment: vscode.Uri, containing: string): Promise<string> {
    const extension = await api();
    const current = () => extension.scorePreviews().find((p) => p.assessment.toString() === assessment.toString())?.html ?? '';
    try {
        return await waitFor(`the preview to show ${containing}`, () => (current().includes(containing) ? current() : undefined));
    } catch (error) {
        // what the user would see instead is the useful part of the failure
        throw new Error(`${(error as Error).message}; it shows: ${stripTags(current()).replace(/\s+/g, ' ').slice(0, 600)}`);
    }
}

/** The visible text of a cell: "16,25/18,5" is written as 16,25/18,5 in the page. */
const stripTags = (html: string) => html.replace(/<style>[^]*?<\/style>/, '').replace(/<[^>]+>/g, '');

test('the score command opens a preview with per-field points, total and grade', async () => {
    const assessment = workspaceFile('fixtures/district/unit-a.assessment.json');
    await vscode.commands.executeCommand('parRubric.scoreAssessment', assessment);
    await waitFor('a score preview tab', () => previewTabOpen() || undefined);
    const page = stripTags(await previewHtml(assessment, '81,64'));
    for (const cell of ['16,25/18,5', '19,75/22', '20/27,5', '25,64/32', 'Tốt', 'UBND huyện A']) {
        assert.ok(page.includes(cell), `the preview shows ${cell}`);
    }
});

test('the preview follows edits of the assessment and of the rubric, unsaved', async () => {
    const assessmentUri = workspaceFile('fixtures/district/unit-a.assessment.json');
    await vscode.commands.executeCommand('parRubric.scoreAssessment', assessmentUri);
    const assessment = await vscode.workspace.openTextDocument(assessmentUri);
    const undoAssessment = await replaceInDocument(assessment, /"appraisal1": 14\.25/, '"appraisal1": 15.5');
    try {
        await previewHtml(assessmentUri, '82,89');
    } finally {
        await undoAssessment();
    }
    await previewHtml(assessmentUri, '81,64');

    const rubric = await vscode.workspace.openTextDocument(workspaceFile('fixtures/district/district.rubric'));
    const undoRubric = await replaceInDocument(rubric, /deduct 0\.25 per lateDocs/, 'deduct 0.5 per lateDocs');
    try {
        await previewHtml(assessmentUri, '80,89');
    } finally {
        await undoRubric();
    }
    await previewHtml(assessmentUri, '81,64');
});

test("Sông Cầu's 2022 assessment scores 73,34 in the preview", async () => {
    const [assessment] = await vscode.workspace.findFiles('examples/huyen-2022/assessments/song-cau.{json,yaml,yml}');
    assert.ok(assessment && exists(assessment), 'examples/huyen-2022/assessments/ has no Sông Cầu assessment yet');
    await vscode.commands.executeCommand('parRubric.scoreAssessment', assessment);
    const page = stripTags(await previewHtml(assessment, '73,34'));
    assert.ok(page.includes('17,64/18,5'), 'field 1: 17,64/18,5 as the press reported');
    assert.ok(page.includes('8,42/16'), 'e-government: 8,42/16 as the press reported');
});
