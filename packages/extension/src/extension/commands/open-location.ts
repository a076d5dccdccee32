import * as vscode from 'vscode';

/** The command the score preview's links run (its page has no scripts, only command links). */
export const OPEN_LOCATION = 'parRubric.openLocation';

/** Opens a file at a line and column: a rubric node from the preview's table, an assessment's problem from its list. */
export function registerOpenLocationCommand(): vscode.Disposable {
    return vscode.commands.registerCommand('parRubric.openLocation', async (uri: unknown, line: unknown, character: unknown) => {
        if (typeof uri !== 'string' || typeof line !== 'number' || typeof character !== 'number') return;
        const position = new vscode.Position(line, character);
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    });
}
