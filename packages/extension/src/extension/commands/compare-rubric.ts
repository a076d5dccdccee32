import * as vscode from 'vscode';
import { RubricRequests, type DiffParams, type DiffResult } from '../../protocol.js';
import type { RubricLanguageClient } from '../language-client.js';
import { targetRubric } from './target-rubric.js';

/**
 * "Compare with another rubric": the rubric at hand against one the user picks (last year's, usually),
 * shown as the Markdown that `rubric diff --format md` writes, in the Markdown preview. The earlier year
 * is the "before" side whichever file was picked.
 */
export function registerCompareRubricCommand(languageClient: RubricLanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(
        'parRubric.compareRubric',
        async (uri?: unknown, other?: vscode.Uri): Promise<vscode.Uri | undefined> => {
            const rubric = targetRubric(uri);
            if (!rubric) return undefined;
            const chosen = other ?? (await pickRubric(rubric));
            if (!chosen) return undefined;
            const client = await languageClient.ready();
            const params: DiffParams = { rubric: rubric.toString(), other: chosen.toString() };
            const result = await client.sendRequest<DiffResult>(RubricRequests.diff, params);
            if (!result.ok) {
                void vscode.window.showErrorMessage(result.problem);
                return undefined;
            }
            const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
            await vscode.commands.executeCommand('markdown.showPreview', document.uri);
            return document.uri;
        },
    );
}

async function pickRubric(rubric: vscode.Uri): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(rubric, '..', '..'),
        filters: { Rubric: ['rubric'] },
        openLabel: vscode.l10n.t('Compare'),
        title: vscode.l10n.t('Rubric to compare with'),
    });
    return picked?.[0];
}
