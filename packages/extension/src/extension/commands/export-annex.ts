import * as vscode from 'vscode';
import { RubricRequests, type AnnexFormat, type ExportAnnexParams, type ExportAnnexResult } from '../../protocol.js';
import type { RubricLanguageClient } from '../language-client.js';
import { besideRubric, displayPath, targetRubric, writeAtomically } from './target-rubric.js';

/** "Export the annex table": the rubric as the published Phụ lục, in Markdown or HTML, written beside it. */
export function registerExportAnnexCommand(languageClient: RubricLanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(
        'parRubric.exportAnnex',
        async (uri?: unknown, format?: AnnexFormat): Promise<vscode.Uri | undefined> => {
            const rubric = targetRubric(uri);
            if (!rubric) return undefined;
            const chosen = format ?? (await pickFormat());
            if (!chosen) return undefined;
            const client = await languageClient.ready();
            const params: ExportAnnexParams = { uri: rubric.toString(), format: chosen };
            const result = await client.sendRequest<ExportAnnexResult>(RubricRequests.exportAnnex, params);
            if (!result.ok) {
                void vscode.window.showErrorMessage(result.problem);
                return undefined;
            }
            if (rubric.scheme === 'untitled') {
                const document = await vscode.workspace.openTextDocument({ language: chosen === 'md' ? 'markdown' : 'html', content: result.text });
                await vscode.window.showTextDocument(document, { preview: false });
                return document.uri;
            }
            const target = besideRubric(rubric, `.annex.${chosen}`);
            await writeAtomically(target, result.text);
            const open = vscode.l10n.t('Open');
            void vscode.window
                .showInformationMessage(vscode.l10n.t('Exported the annex table to {0}.', displayPath(target)), open)
                .then((choice) => (choice === open ? vscode.window.showTextDocument(target) : undefined));
            return target;
        },
    );
}

async function pickFormat(): Promise<AnnexFormat | undefined> {
    const items: (vscode.QuickPickItem & { format: AnnexFormat })[] = [
        { label: 'Markdown', description: '.md', format: 'md' },
        { label: 'HTML', description: '.html', format: 'html' },
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Format of the annex table') });
    return picked?.format;
}
