import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const EXTENSION_ID = 'par-rubric.par-rubric';

export function workspaceFile(relative: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder');
    return vscode.Uri.joinPath(folder.uri, relative);
}

export function exists(uri: vscode.Uri): boolean {
    return fs.existsSync(uri.fsPath);
}

/** The district rubric of the examples (Phú Yên 2022, the rubric Sông Cầu was scored on). */
export function districtRubric(): vscode.Uri {
    return workspaceFile('examples/huyen-2022/huyen-2022.rubric');
}

/** The tests' own small district rubric, with figures the tests can work out by hand. */
export function fixtureRubric(): vscode.Uri {
    return workspaceFile('fixtures/district/district.rubric');
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 15_000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value;
        } catch (error) {
            last = error;
        }
        if (Date.now() > deadline) {
            throw new Error(`waited ${timeout / 1000} s for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export async function activateExtension(): Promise<unknown> {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    return extension.activate();
}

/** Opens a rubric and waits until the language server has validated it (diagnostics published, even if none). */
export async function openRubric(uri: vscode.Uri): Promise<vscode.TextEditor> {
    await activateExtension();
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    // document symbols answer only once the server has the document built
    await waitFor('the language server to answer', async () => {
        const symbols = await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', uri);
        return symbols && symbols.length > 0 ? symbols : undefined;
    }, 30_000);
    return editor;
}

export type Finding = { code: string; line: number; severity: vscode.DiagnosticSeverity; message: string };

export function findings(uri: vscode.Uri): Finding[] {
    return vscode.languages
        .getDiagnostics(uri)
        .map((d) => ({
            code: typeof d.code === 'object' ? String(d.code.value) : String(d.code),
            line: d.range.start.line + 1,
            severity: d.severity,
            message: d.message,
        }))
        .sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}

/** Waits until the diagnostics of a document match, comparing "code@line" lists. */
export async function expectFindings(uri: vscode.Uri, expected: string[], timeout = 15_000): Promise<Finding[]> {
    const render = () => findings(uri).map((f) => `${f.code}@${f.line}`);
    const want = [...expected].sort();
    try {
        await waitFor(`diagnostics ${JSON.stringify(want)}`, () => {
            const got = render().sort();
            return JSON.stringify(got) === JSON.stringify(want) ? got : undefined;
        }, timeout);
    } catch {
        assert.deepEqual(render().sort(), want, `diagnostics of ${vscode.workspace.asRelativePath(uri)}`);
    }
    return findings(uri);
}

/** The 1-based line of the first line matching a pattern. */
export function lineOf(document: vscode.TextDocument, pattern: RegExp): number {
    for (let line = 0; line < document.lineCount; line++) {
        if (pattern.test(document.lineAt(line).text)) return line + 1;
    }
    assert.fail(`no line matches ${pattern}`);
}

/** Replaces the first match of a pattern (in memory, unsaved) and returns the edit's undo. */
export async function replaceInDocument(document: vscode.TextDocument, pattern: RegExp, replacement: string): Promise<() => Promise<void>> {
    const text = document.getText();
    const match = pattern.exec(text);
    assert.ok(match, `${pattern} does not occur in ${vscode.workspace.asRelativePath(document.uri)}`);
    const range = new vscode.Range(document.positionAt(match.index), document.positionAt(match.index + match[0].length));
    const edit = new vscode.WorkspaceEdit();
    // `replacement` may use $1, as String.replace does
    edit.replace(document.uri, range, match[0].replace(new RegExp(pattern.source, pattern.flags), replacement));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
    return () => restoreText(document, text);
}

async function restoreText(document: vscode.TextDocument, text: string): Promise<void> {
    if (document.getText() === text) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    assert.ok(await vscode.workspace.applyEdit(edit), 'restoring the text failed');
}
