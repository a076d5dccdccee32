import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { test } from './harness.js';
import { activateExtension, districtRubric, openRubric, replaceInDocument, workspaceFile } from './workspace.js';

/** What the `rubric` CLI of this repository prints, for comparing the editor's output byte for byte. */
function cli(...args: string[]): string {
    const repository = process.env.PAR_RUBRIC_REPOSITORY;
    assert.ok(repository, 'PAR_RUBRIC_REPOSITORY names the repository (set by test/editor/run.mjs)');
    // run from the workspace folder: the CLI refuses imports from outside its working directory
    const cwd = vscode.workspace.workspaceFolders![0].uri.fsPath;
    // in a desktop VS Code the extension host is Electron, which runs as plain Node when asked to
    const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
    return execFileSync(process.execPath, [path.join(repository, 'packages/cli/bin/rubric.js'), ...args, '--lang', 'vi'], { encoding: 'utf8', cwd, env });
}

test('compiling the rubric writes beside it exactly what `rubric compile` prints', async () => {
    const rubric = districtRubric();
    await openRubric(rubric);
    const target = await vscode.commands.executeCommand<vscode.Uri>('parRubric.compile', rubric);
    assert.ok(target, 'the command says where it wrote');
    try {
        assert.equal(target.path, rubric.path.replace(/\.rubric$/, '.json'));
        const written = fs.readFileSync(target.fsPath, 'utf8');
        assert.equal(JSON.parse(written).nodes[0].max, 18.5);
        assert.equal(written, cli('compile', rubric.fsPath));
    } finally {
        fs.rmSync(target.fsPath, { force: true });
    }
});

test('compiling compiles what the editor shows, and refuses a rubric with errors', async () => {
    const rubric = districtRubric();
    const editor = await openRubric(rubric);
    const target = rubric.with({ path: rubric.path.replace(/\.rubric$/, '.json') });
    const undo = await replaceInDocument(editor.document, /(field 1 "[^"\n]*"[^\n{]*?)max 18\.5\b/, '$1max 18.25');
    try {
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('parRubric.compile', rubric);
        assert.equal(written, undefined, 'nothing is compiled from a rubric with errors');
        assert.ok(!fs.existsSync(target.fsPath), 'and no file is written');
    } finally {
        await undo();
    }
});

test('exporting the annex table writes the Markdown and the HTML of `rubric export`', async () => {
    const rubric = districtRubric();
    await openRubric(rubric);
    for (const format of ['md', 'html'] as const) {
        const target = await vscode.commands.executeCommand<vscode.Uri>('parRubric.exportAnnex', rubric, format);
        assert.ok(target, `the ${format} export says where it wrote`);
        try {
            assert.equal(path.basename(target.fsPath), `huyen-2022.annex.${format}`);
            const written = fs.readFileSync(target.fsPath, 'utf8');
            assert.match(written, /PHỤ LỤC/);
            assert.equal(written, cli('export', rubric.fsPath, '--format', format));
        } finally {
            fs.rmSync(target.fsPath, { force: true });
        }
    }
});

test('comparing with another rubric shows the Markdown of `rubric diff`, the earlier year first whichever is picked', async () => {
    const before = districtRubric();
    const after = workspaceFile('examples/huyen-2023/huyen-2023.rubric');
    await openRubric(after);
    const shown = await vscode.commands.executeCommand<vscode.Uri>('parRubric.compareRubric', after, before);
    assert.ok(shown, 'the command says which document it shows');
    const markdown = (await vscode.workspace.openTextDocument(shown)).getText();
    assert.match(markdown, /1 tiêu chí thêm mới, 1 bỏ, 2 thay đổi điểm, 1 đánh số lại, 1 thay đổi cách chấm/);
    assert.equal(markdown, cli('diff', before.fsPath, after.fsPath, '--format', 'md'));
});

test('importing a table writes beside it exactly what `rubric import` prints, opens it, and never overwrites a rubric', async () => {
    await activateExtension();
    const folder = workspaceFile('fixtures/import');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const table = vscode.Uri.joinPath(folder, 'bang-diem.csv');
    fs.writeFileSync(
        table.fsPath,
        ['BẢNG ĐIỂM CẢI CÁCH HÀNH CHÍNH NĂM 2025', 'STT,Nội dung,Điểm tối đa', '1,Công tác chỉ đạo,2', '1.1,Kế hoạch CCHC năm,2', ',Ban hành kịp thời: 2,', ',Không ban hành: 0,'].join('\n'),
    );
    try {
        const first = await vscode.commands.executeCommand<vscode.Uri>('parRubric.importTable', table);
        assert.ok(first, 'the command says where it wrote');
        assert.equal(path.basename(first.fsPath), 'bang-diem.rubric');
        const written = fs.readFileSync(first.fsPath, 'utf8');
        assert.match(written, /criterion 1\.1 "Kế hoạch CCHC năm" max 2 \{\n\s+choice \{/);
        assert.equal(written, cli('import', table.fsPath));
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the imported rubric is opened');
        const second = await vscode.commands.executeCommand<vscode.Uri>('parRubric.importTable', table);
        assert.ok(second, 'a second import says where it wrote');
        assert.equal(path.basename(second.fsPath), 'bang-diem-2.rubric');
        assert.equal(fs.readFileSync(first.fsPath, 'utf8'), written, 'the first import is left as it was');
        const letter = vscode.Uri.joinPath(folder, 'cong-van.csv');
        fs.writeFileSync(letter.fsPath, 'Kính gửi,Sở Nội vụ\nNội dung,Báo cáo');
        const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('parRubric.importTable', letter);
        assert.equal(refused, undefined, 'a file without a rubric table is not imported');
        assert.ok(!fs.existsSync(path.join(folder.fsPath, 'cong-van.rubric')), 'and no rubric is written');
    } finally {
        // close the imported rubrics only: the other tests' editors stay as they were
        const imported = vscode.window.tabGroups.all
            .flatMap((group) => group.tabs)
            .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.path.startsWith(`${folder.path}/`));
        await vscode.window.tabGroups.close(imported);
        fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
});
