import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { districtRubric, openRubric, waitFor, workspaceFile } from './workspace.js';

/** The extension's rename hook: the server's edit with its change annotations (the editor command drops them). */
type RenameApi = { rename(document: vscode.Uri, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> };

/** Every file under the folder with its bytes, to compare with (and to put back) after the renames. */
function snapshot(folder: string): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.set(path.join(entry.parentPath, entry.name), fs.readFileSync(path.join(entry.parentPath, entry.name)));
    }
    return files;
}

/**
 * F2 on the name at `anchor` in the rubric, applied and saved. The examples hold a spreadsheet the rename
 * cannot edit, so the server first asks whether to rename anyway: the test answers as a user would, with the
 * notification's primary action.
 */
async function renameAndSave(rubric: vscode.TextDocument, anchor: string, newName: string): Promise<vscode.WorkspaceEdit> {
    const offset = rubric.getText().indexOf(anchor);
    assert.ok(offset >= 0, `the rubric has ${anchor}`);
    const api = vscode.extensions.getExtension<RenameApi>('par-rubric.par-rubric')!.exports;
    let answer: { edit: vscode.WorkspaceEdit | undefined } | { error: unknown } | undefined;
    void api.rename(rubric.uri, rubric.positionAt(offset + anchor.length - 2), newName).then(
        (edit) => (answer = { edit }),
        (error: unknown) => (answer = { error }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(answer, undefined, 'the rename waits for the answer about the spreadsheet');
    const answered = await waitFor('the question about the spreadsheet, answered "rename anyway"', async () => {
        if (!answer) await vscode.commands.executeCommand('notification.acceptPrimaryAction');
        return answer;
    });
    assert.ok('edit' in answered && answered.edit, `the language server renames: ${'error' in answered ? String(answered.error) : 'no edit'}`);
    const edit = answered.edit;
    assert.ok(await vscode.workspace.applyEdit(edit), 'the editor applies the rename');
    for (const [uri] of edit.entries()) {
        const document = await vscode.workspace.openTextDocument(uri);
        if (document.isDirty) assert.ok(await document.save(), `${uri.fsPath} is saved`);
    }
    return edit;
}

const EXAMPLE = 'examples/huyen-2022';

/** The bundled CLI run from the workspace folder, as in its terminal (the rubric's imports stay inside it): its exit code and output. */
function rubricCli(args: string[]): { status: number; stdout: string; stderr: string } {
    const extension = vscode.extensions.getExtension('par-rubric.par-rubric')!;
    const options = { cwd: workspaceFile('').fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8' as const };
    try {
        return { status: 0, stdout: execFileSync(process.execPath, [path.join(extension.extensionPath, 'cli', 'bin', 'rubric.js'), ...args], options), stderr: '' };
    } catch (error) {
        const { stdout, stderr, status } = error as { stdout?: string; stderr?: string; status?: number };
        return { status: status ?? -1, stdout: stdout ?? '', stderr: stderr ?? '' };
    }
}

/** The CLI's JSON results for the example's assessments, with last year's results. */
function scoreExample(): { results: { unit: { id: string }; total: number; change: unknown }[] } {
    const run = rubricCli(['score', '--rubric', `${EXAMPLE}/huyen-2022.rubric`, `${EXAMPLE}/assessments`, '--previous', `${EXAMPLE}/results-2021.json`, '--format', 'json']);
    // exit code 1 says the spreadsheet that was not renamed is not scored; the output is still the results
    if (!run.stdout) throw new Error(`rubric score exited ${run.status}: ${run.stderr}`);
    return JSON.parse(run.stdout);
}

/**
 * Runs `steps` on the district rubric (they rename and then rename back), then checks that the examples are
 * byte for byte what they were; whatever happens, the later tests get the examples as they were.
 */
async function renamingAndBack(steps: (editor: vscode.TextEditor, examples: string) => Promise<void>): Promise<void> {
    const examples = workspaceFile('examples').fsPath;
    const before = snapshot(examples);
    const editor = await openRubric(districtRubric());
    try {
        await steps(editor, examples);
        const after = snapshot(examples);
        assert.deepEqual([...before].filter(([file, bytes]) => !after.get(file)?.equals(bytes)).map(([file]) => path.relative(examples, file)), []);
    } finally {
        for (const [file, bytes] of before) if (!fs.readFileSync(file).equals(bytes)) fs.writeFileSync(file, bytes);
    }
}

test('renaming onTimeRate with F2 renames it in the example assessments and test file too: the CLI still scores Sông Cầu to 73.34, rubric test passes', () =>
    renamingAndBack(async (editor, examples) => {
        const edit = await renameAndSave(editor.document, 'bands onTimeRate', 'onTimeShare');
        const assessments = workspaceFile('examples/huyen-2022/assessments').fsPath;
        const touched = edit.entries().map(([uri]) => path.relative(examples, uri.fsPath)).sort();
        for (const file of ['assessments/song-cau.yaml', 'assessments/dong-hoa.json', 'assessments/tuy-hoa.yaml', 'huyen-2022.rubric-test.yaml']) {
            assert.ok(touched.includes(path.join('huyen-2022', file)), `the edit lists ${file}: ${touched.join(', ')}`);
        }
        assert.ok(!touched.includes(path.join('huyen-2022', 'assessments', 'dong-xuan.xlsx')), 'the spreadsheet is not edited');
        const songCau = path.join(assessments, 'song-cau.yaml');
        const line = () => fs.readFileSync(songCau, 'utf8').split('\n').find((text) => text.includes('96.5'));
        await waitFor(`song-cau.yaml to be saved with the new name (it says ${line()})`, () => line() === '  onTimeShare: 96.5');

        const scored = scoreExample();
        const songCauResult = scored.results.find((unit) => unit.unit.id === 'PY-SONGCAU');
        assert.equal(songCauResult?.total, 73.34);
        assert.ok(songCauResult?.change, 'last year’s results still serve for the change on last year');
        const tests = rubricCli(['test', EXAMPLE, '--lang', 'en']);
        assert.equal(tests.status, 0, `rubric test passes with the renamed test file: ${tests.stdout}${tests.stderr}`);

        // and back (renamingAndBack checks the files are byte for byte what they were)
        await renameAndSave(editor.document, 'bands onTimeShare', 'onTimeRate');
    }), 90_000);

test('renumbering criterion 8.3 with F2 reaches last year’s results-2021.json too: the change on last year is still computed', () =>
    renamingAndBack(async (editor, examples) => {
        const edit = await renameAndSave(editor.document, 'criterion 8.3', '8.4');
        const touched = edit.entries().map(([uri]) => path.relative(examples, uri.fsPath));
        assert.ok(touched.includes(path.join('huyen-2022', 'results-2021.json')), `the edit lists results-2021.json: ${touched.join(', ')}`);
        const results = workspaceFile(`${EXAMPLE}/results-2021.json`).fsPath;
        await waitFor('results-2021.json to be saved with 8.4', () => fs.readFileSync(results, 'utf8').includes('"8.4"') && !fs.readFileSync(results, 'utf8').includes('"8.3"'));
        const songCau = scoreExample().results.find((unit) => unit.unit.id === 'PY-SONGCAU');
        assert.equal(songCau?.total, 73.34);
        assert.ok(songCau?.change, 'last year’s results, renumbered, still give the change on last year');
        await renameAndSave(editor.document, 'criterion 8.4', '8.3');
    }), 90_000);
