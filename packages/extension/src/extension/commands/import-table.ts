import * as vscode from 'vscode';
import { RubricRequests, type ImportTableParams, type ImportTableResult } from '../../protocol.js';
import type { RubricLanguageClient } from '../language-client.js';
import { displayPath, writeAtomically } from './target-rubric.js';

const TABLE_EXTENSIONS = ['xlsx', 'csv', 'docx'];

/**
 * "Import a rubric from a spreadsheet or Word file": the same importer as `rubric import`, its result written
 * beside the table (never over an existing file) and opened; what it could not read goes to an output channel.
 */
export function registerImportTableCommand(languageClient: RubricLanguageClient): vscode.Disposable {
    const output = vscode.window.createOutputChannel(vscode.l10n.t('PAR Rubric import'));
    const command = vscode.commands.registerCommand('parRubric.importTable', async (uri?: unknown): Promise<vscode.Uri | undefined> => {
        const table = uri instanceof vscode.Uri ? uri : await pickTable();
        if (!table) return undefined;
        if (table.scheme !== 'file') {
            void vscode.window.showErrorMessage(vscode.l10n.t('Only a file on this computer can be imported.'));
            return undefined;
        }
        const client = await languageClient.ready();
        const params: ImportTableParams = { path: table.fsPath };
        const result = await client.sendRequest<ImportTableResult>(RubricRequests.importTable, params);
        if (!result.ok) {
            void vscode.window.showErrorMessage(result.problem);
            return undefined;
        }
        const target = await freeTarget(table);
        await writeAtomically(target, result.rubric);
        output.clear();
        for (const line of [...result.findings, result.summary]) output.appendLine(line);
        await vscode.window.showTextDocument(target, { preview: false });
        const details = vscode.l10n.t('Details');
        void vscode.window
            .showInformationMessage(vscode.l10n.t('Imported {0}: {1}', displayPath(target), result.summary), details)
            .then((choice) => (choice === details ? output.show(true) : undefined));
        return target;
    });
    return vscode.Disposable.from(command, output);
}

async function pickTable(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: vscode.l10n.t('Import'),
        filters: { [vscode.l10n.t('Rubric tables')]: TABLE_EXTENSIONS },
    });
    return picked?.[0];
}

/** bang-1.xlsx → bang-1.rubric beside it, or bang-1-2.rubric, -3… when that exists: an import never overwrites. */
async function freeTarget(table: vscode.Uri): Promise<vscode.Uri> {
    const base = table.path.slice(table.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    for (let n = 1; ; n++) {
        const candidate = vscode.Uri.joinPath(table, '..', `${base}${n === 1 ? '' : `-${n}`}.rubric`);
        const exists = await vscode.workspace.fs.stat(candidate).then(
            () => true,
            () => false,
        );
        if (!exists) return candidate;
    }
}
