import * as vscode from 'vscode';
import { messageLocale } from './settings.js';

/** A `rubric` task in tasks.json: `{ "type": "rubric", "command": "check", "paths": ["."] }`. */
type RubricTaskDefinition = vscode.TaskDefinition & { command: 'check'; paths?: string[] };

const TYPE = 'rubric';
/** Reads `file:line:column: severity code: message`, what `rubric check` prints. */
const PROBLEM_MATCHER = '$rubric';

/**
 * Tasks that run the bundled CLI on the editor's runtime (no Node installation, no shell) with the
 * problem matcher that puts every finding in the Problems panel. Each workspace folder gets
 * "rubric: check"; tasks.json may name other paths.
 */
export function registerRubricTasks(context: vscode.ExtensionContext): vscode.Disposable {
    const cli = context.asAbsolutePath('cli/bin/rubric.js');
    const task = (definition: RubricTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): vscode.Task => {
        // in the language of the editor's own diagnostics
        const args = [cli, definition.command, ...(definition.paths ?? ['.']), '--lang', messageLocale()];
        const cwd = typeof scope === 'object' ? scope.uri.fsPath : undefined;
        const execution = new vscode.ProcessExecution(process.execPath, args, { cwd, env: { ELECTRON_RUN_AS_NODE: '1' } });
        const created = new vscode.Task(definition, scope, definition.command, TYPE, execution, PROBLEM_MATCHER);
        created.group = vscode.TaskGroup.Build;
        return created;
    };
    return vscode.tasks.registerTaskProvider(TYPE, {
        provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((folder) => task({ type: TYPE, command: 'check' }, folder)),
        resolveTask: (found) => {
            const definition = found.definition as RubricTaskDefinition;
            if (definition.command !== 'check') return undefined;
            return task(definition, found.scope ?? vscode.TaskScope.Workspace);
        },
    });
}
