import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { skip, test } from './harness.js';
import { activateExtension, waitFor, workspaceFile } from './workspace.js';

/** Runs a shell line in a new integrated terminal and waits for the file it writes last. */
async function inTerminal(line: string, done: string): Promise<void> {
    const terminal = vscode.window.createTerminal({ name: 'rubric', cwd: workspaceFile('').fsPath, shellPath: '/bin/sh' });
    try {
        terminal.sendText(line);
        await waitFor(`the terminal to write ${done}`, () => fs.existsSync(done) && fs.readFileSync(done, 'utf8').endsWith('\n'), 60_000);
    } finally {
        terminal.dispose();
    }
}

/** A scratch folder in the workspace with a rubric whose field does not add up to the total (line 2, column 39). */
function brokenRubric(folder = 'terminal-output', total = 2): string {
    const out = workspaceFile(folder).fsPath;
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'broken.rubric'), `rubric R "Thử" {\n  unitType district  year 2022  total ${total}\n  field 1 "A" max 1 { judged }\n  grades { "Đạt" >= 50%  "Chưa đạt" otherwise }\n}\n`);
    return out;
}

const TERMINAL_TEST = 'the integrated terminal has the bundled `rubric` on PATH: --version and check, their output read back';
// the shell line is POSIX sh; the Windows shim, rubric.cmd, is not run here
if (process.platform === 'win32') skip(TERMINAL_TEST, 'the terminal test drives /bin/sh');
else test(TERMINAL_TEST, async () => {
    await activateExtension();
    const extension = vscode.extensions.getExtension('par-rubric.par-rubric')!;
    const out = brokenRubric();
    const file = (name: string) => path.join(out, name);
    await inTerminal(
        [
            `command -v rubric > ${file('which.txt')}`,
            `rubric --version > ${file('version.txt')} 2>&1`,
            `rubric check examples/huyen-2022 --lang en > ${file('check.txt')} 2>&1; echo $? > ${file('check.rc')}`,
            `rubric check terminal-output/broken.rubric --lang en > ${file('broken.txt')} 2>&1; echo $? > ${file('broken.rc')}`,
        ].join('; '),
        file('broken.rc'),
    );
    const read = (name: string) => fs.readFileSync(file(name), 'utf8');
    // the extension's own shim, not some other `rubric`, and its CLI's version
    assert.equal(read('which.txt').trim(), path.join(extension.extensionPath, 'bin', 'rubric'));
    const cliVersion = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'cli', 'package.json'), 'utf8')).version;
    assert.equal(read('version.txt'), `${cliVersion}\n`);
    assert.equal(read('check.txt'), '1 file: 0 errors, 0 warnings\n');
    assert.equal(read('check.rc'), '0\n');
    assert.equal(read('broken.txt'), 'terminal-output/broken.rubric:2:39: error sum/total: The fields add up to 1 point, not the declared total of 2\n1 file: 1 error, 0 warnings\n');
    assert.equal(read('broken.rc'), '1\n');
}, 90_000);

/** Runs the workspace's "rubric: check" task and gives its exit code. */
async function runCheckTask(): Promise<number | undefined> {
    const tasks = await vscode.tasks.fetchTasks({ type: 'rubric' });
    const check = tasks.find((task) => task.name === 'check');
    assert.ok(check, `no rubric check task among ${tasks.map((t) => t.name).join(', ')}`);
    const ended = new Promise<number | undefined>((resolve) => {
        const listener = vscode.tasks.onDidEndTaskProcess((event) => {
            if (event.execution.task.definition.type !== 'rubric') return;
            listener.dispose();
            resolve(event.exitCode);
        });
    });
    await vscode.tasks.executeTask(check);
    return ended;
}

test('the "rubric: check" task puts the findings in the Problems panel, and a second run clears what was fixed', async () => {
    await activateExtension();
    const out = brokenRubric();
    const broken = workspaceFile('terminal-output/broken.rubric');
    const taskProblems = () => vscode.languages.getDiagnostics(broken).filter((d) => d.source === 'rubric check');
    assert.equal(await runCheckTask(), 1);
    // the task's own, not the language server's: its source names the command
    const problem = await waitFor("the task's problem on broken.rubric", () => {
        const found = taskProblems().find((d) => d.code === 'sum/total' && d.severity === vscode.DiagnosticSeverity.Error);
        if (found) return found;
        // what the task did find, so that a failure says where its problems went
        const matched = vscode.languages.getDiagnostics().flatMap(([uri, list]) => list.filter((d) => d.source === 'rubric check').map((d) => `${vscode.workspace.asRelativePath(uri)}:${d.range.start.line + 1} ${String(d.code)}`));
        throw new Error(`the task's problems are ${matched.length > 0 ? matched.join(', ') : 'none'}`);
    });
    assert.equal(problem.range.start.line, 1);
    assert.equal(problem.range.start.character, 38);
    // in the workspace's language (parRubric.language is vi)
    assert.equal(problem.message, 'Các lĩnh vực cộng lại 1 điểm, phải bằng tổng 2 điểm');
    // the total fixed on disk: the next run takes its problems away
    fs.writeFileSync(path.join(out, 'broken.rubric'), fs.readFileSync(path.join(out, 'broken.rubric'), 'utf8').replace('total 2', 'total 1'));
    await runCheckTask();
    await waitFor('the fixed rubric to lose its task problems', () => {
        const left = taskProblems().map((d) => String(d.code));
        if (left.length > 0) throw new Error(`still: ${left.join(', ')}`);
        return true;
    });
    fs.rmSync(workspaceFile('terminal-output').fsPath, { recursive: true, force: true });
}, 120_000);

const MATCHER_TEST = 'a shell task with the $rubric problem matcher puts what `rubric check` prints in the Problems panel';
// a POSIX shell line, as in the terminal test
if (process.platform === 'win32') skip(MATCHER_TEST, 'the shell task drives /bin/sh');
else test(MATCHER_TEST, async () => {
    await activateExtension();
    const extension = vscode.extensions.getExtension('par-rubric.par-rubric')!;
    const out = brokenRubric('matcher-output', 3);
    const file = workspaceFile('matcher-output/broken.rubric');
    const folder = vscode.workspace.workspaceFolders![0];
    const cli = path.join(extension.extensionPath, 'cli', 'bin', 'rubric.js');
    // VS Code stops reading a task's output 100 ms after its process ends: the shell waits a second
    // after the check so that a busy test machine has drawn the lines by then
    const line = `"${process.execPath}" "${cli}" check matcher-output/broken.rubric --lang en; sleep 1`;
    const execution = new vscode.ShellExecution(line, { executable: '/bin/sh', shellArgs: ['-c'], env: { ELECTRON_RUN_AS_NODE: '1' } });
    const task = new vscode.Task({ type: 'shell' }, folder, 'check with $rubric', 'test', execution, '$rubric');
    const ended = new Promise<void>((resolve) => {
        const listener = vscode.tasks.onDidEndTask((event) => {
            if (event.execution.task.name !== task.name) return;
            listener.dispose();
            resolve();
        });
    });
    await vscode.tasks.executeTask(task);
    await ended;
    const problem = await waitFor('the matcher’s problem on matcher-output/broken.rubric', () =>
        vscode.languages.getDiagnostics(file).find((d) => d.source === 'rubric check' && d.code === 'sum/total'),
    );
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.line, 1);
    assert.equal(problem.range.start.character, 38);
    assert.equal(problem.message, 'The fields add up to 1 point, not the declared total of 3');
    fs.rmSync(out, { recursive: true, force: true });
}, 90_000);
