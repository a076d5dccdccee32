import type * as vscode from 'vscode';
import { RenameRequest } from 'vscode-languageclient';
import { putCliOnTerminalPath } from './cli-on-path.js';
import { registerCompareRubricCommand } from './commands/compare-rubric.js';
import { registerCompileCommand } from './commands/compile.js';
import { registerExportAnnexCommand } from './commands/export-annex.js';
import { registerImportTableCommand } from './commands/import-table.js';
import { registerOpenLocationCommand } from './commands/open-location.js';
import { registerScoreCommand } from './commands/score.js';
import { registerShowReferenceCommand } from './commands/show-reference.js';
import { RubricLanguageClient } from './language-client.js';
import { ScorePreviews } from './preview/score-previews.js';
import { registerRubricTasks } from './rubric-tasks.js';

/** What the extension offers other extensions (and its own editor tests). */
export type RubricExtensionApi = {
    /** The open score previews: which assessment each shows and its current HTML. */
    scorePreviews(): { assessment: vscode.Uri; html: string }[];
    /**
     * The language server's rename, as F2 receives it: with its change annotations (the heading of the data
     * files in the refactor preview), which `vscode.executeDocumentRenameProvider` does not pass on.
     */
    rename(document: vscode.Uri, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined>;
};

let languageClient: RubricLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<RubricExtensionApi> {
    languageClient = new RubricLanguageClient(context.asAbsolutePath('out/language-server.cjs'));
    const previews = new ScorePreviews(languageClient);
    context.subscriptions.push(
        languageClient,
        previews,
        registerCompileCommand(languageClient),
        registerExportAnnexCommand(languageClient),
        registerCompareRubricCommand(languageClient),
        registerImportTableCommand(languageClient),
        registerScoreCommand(previews),
        registerOpenLocationCommand(),
        registerShowReferenceCommand(context),
        registerRubricTasks(context),
    );
    putCliOnTerminalPath(context);
    await languageClient.start();
    const client = languageClient;
    return {
        scorePreviews: () => previews.list(),
        rename: async (document, position, newName) => {
            const running = await client.ready();
            const params = { textDocument: { uri: running.code2ProtocolConverter.asUri(document) }, position: running.code2ProtocolConverter.asPosition(position), newName };
            return running.protocol2CodeConverter.asWorkspaceEdit(await running.sendRequest(RenameRequest.type, params));
        },
    };
}

export async function deactivate(): Promise<void> {
    await languageClient?.stop();
}
