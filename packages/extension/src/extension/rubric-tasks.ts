import * as vscode from 'vscode';
import { RubricCheckTerminal, type FindingPattern } from './rubric-check-terminal.js';
import { messageLocale } from './settings.js';

/** A `rubric` task in tasks.json: `{ "type": "rubric", "command": "check", "paths": ["."] }`. */
type RubricTaskDefinition = vscode.TaskDefinition & { command: 'check'; paths?: string[] };

const TYPE = 'rubric';

/**
 * Tasks that run the bundled CLI on the editor's runtime (no Node installation, no shell) and put every
 * finding in the Problems panel. Each workspace folder gets "rubric: check"; tasks.json may name other
 * paths. Each task keeps its own problems, so two tasks on different folders do not clear each other's.
 */
export function registerRubricTasks(context: vscode.ExtensionContext): vscode.Disposable {
    const cli = context.asAbsolutePath('cli/bin/rubric.js');
    // the `$rubric` matcher that shell tasks use reads the lines the same way
    const pattern = (context.extension.packageJSON as { contributes: { problemMatchers: { pattern: FindingPattern }[] } }).contributes.problemMatchers[0].pattern;
    const problems = new Map<string, vscode.DiagnosticCollection>();
    const problemsOf = (key: string) => {
        let collection = problems.get(key);
        if (!collection) problems.set(key, (collection = vscode.languages.createDiagnosticCollection('rubric check')));
        return collection;
    };
    const task = (definition: RubricTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): vscode.Task => {
        const paths = definition.paths ?? ['.'];
        const cwd = typeof scope === 'object' ? scope.uri.fsPath : (vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd());
        const execution = new vscode.CustomExecution(async () => {
            // in the language of the editor's own diagnostics, read when the task starts
            const args = [definition.command, ...paths, '--lang', messageLocale()];
            const run = { runtime: process.execPath, args: [cli, ...args], cwd, shown: ['rubric', ...args].join(' ') };
            return new RubricCheckTerminal(run, pattern, problemsOf(JSON.stringify([cwd, paths])));
        });
        const created = new vscode.Task(definition, scope, definition.command, TYPE, execution, []);
        created.group = vscode.TaskGroup.Build;
        return created;
    };
    const provider = vscode.tasks.registerTaskProvider(TYPE, {
        provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((folder) => task({ type: TYPE, command: 'check' }, folder)),
        resolveTask: (found) => {
            const definition = found.definition as RubricTaskDefinition;
            if (definition.command !== 'check') return undefined;
            return task(definition, found.scope ?? vscode.TaskScope.Workspace);
        },
    });
    return vscode.Disposable.from(provider, { dispose: () => problems.forEach((collection) => collection.dispose()) });
}
