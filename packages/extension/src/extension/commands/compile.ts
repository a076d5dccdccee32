import * as vscode from 'vscode';
import { RubricRequests, type CompileParams, type CompileResult } from '../../protocol.js';
import type { RubricLanguageClient } from '../language-client.js';
import { besideRubric, displayPath, targetRubric, writeAtomically } from './target-rubric.js';

/**
 * "Compile the rubric to JSON": writes huyen-2022.json beside huyen-2022.rubric (an unsaved, untitled rubric
 * gets its JSON shown in a new editor instead). Returns where it went, for scripts and tests.
 */
export function registerCompileCommand(languageClient: RubricLanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand('parRubric.compile', async (uri?: unknown): Promise<vscode.Uri | undefined> => {
        const rubric = targetRubric(uri);
        if (!rubric) return undefined;
        const client = await languageClient.ready();
        const result = await client.sendRequest<CompileResult>(RubricRequests.compile, { uri: rubric.toString() } satisfies CompileParams);
        if (!result.ok) {
            void vscode.window.showErrorMessage(result.problem);
            return undefined;
        }
        if (rubric.scheme === 'untitled') {
            const document = await vscode.workspace.openTextDocument({ language: 'json', content: result.json });
            await vscode.window.showTextDocument(document, { preview: false });
            return document.uri;
        }
        const target = besideRubric(rubric, '.json');
        await writeAtomically(target, result.json);
        const open = vscode.l10n.t('Open');
        void vscode.window
            .showInformationMessage(vscode.l10n.t('Compiled {0} to {1}.', result.rubricId, displayPath(target)), open)
            .then((choice) => (choice === open ? vscode.window.showTextDocument(target) : undefined));
        return target;
    });
}
