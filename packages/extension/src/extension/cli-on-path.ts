import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * `rubric` in the integrated terminal without installing anything: the extension's bin/ folder (the shims
 * `rubric` and `rubric.cmd`) goes first on the terminals' PATH, and PAR_RUBRIC_NODE names the runtime the
 * shims run the bundled CLI on — the extension host's own, VS Code's Electron (run as Node) on the
 * desktop, Node in a remote or web editor.
 */
export function putCliOnTerminalPath(context: vscode.ExtensionContext): void {
    const bin = context.asAbsolutePath('bin');
    makeExecutable(path.join(bin, 'rubric'));
    const environment = context.environmentVariableCollection;
    environment.description = vscode.l10n.t('Puts the `rubric` command line on the PATH of the terminal.');
    environment.replace('PAR_RUBRIC_NODE', process.execPath);
    environment.prepend('PATH', bin + path.delimiter);
}

/** An unpacked .vsix may not keep the shim's executable bit; the extension's folder is the user's to write. */
function makeExecutable(file: string): void {
    if (process.platform === 'win32') return;
    try {
        const mode = fs.statSync(file).mode;
        if ((mode & 0o111) !== 0o111) fs.chmodSync(file, mode | 0o111);
    } catch {
        // a read-only install keeps the mode it was given; `node cli/bin/rubric.js` still works
    }
}
