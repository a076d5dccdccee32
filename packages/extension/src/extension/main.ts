import type * as vscode from 'vscode';
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
    return { scorePreviews: () => previews.list() };
}

export async function deactivate(): Promise<void> {
    await languageClient?.stop();
}
