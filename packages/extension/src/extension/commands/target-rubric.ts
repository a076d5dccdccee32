import * as vscode from 'vscode';

/** The rubric a command works on: the one clicked in the explorer, else the one in the active editor. */
export function targetRubric(uri: unknown): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) return uri;
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'rubric') return document.uri;
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .rubric file first.'));
    return undefined;
}

/** A file beside the rubric: huyen-2022.rubric → huyen-2022<suffix>. */
export function besideRubric(rubric: vscode.Uri, suffix: string): vscode.Uri {
    const base = rubric.path.slice(rubric.path.lastIndexOf('/') + 1).replace(/\.rubric$/, '');
    return vscode.Uri.joinPath(rubric, '..', base + suffix);
}

/** Writes through a temporary sibling and a rename, so a reader never sees half a file. */
export async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
    const temporary = target.with({ path: `${target.path}.${process.pid}.tmp` });
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    try {
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw error;
    }
}

/** Where a file is, as the user would say it: relative to the workspace when inside it. */
export function displayPath(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
}
