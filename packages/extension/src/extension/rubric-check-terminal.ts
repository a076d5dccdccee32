import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The `$rubric` problem matcher's pattern, as the manifest declares it for shell tasks. */
export type FindingPattern = { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    info: vscode.DiagnosticSeverity.Information,
};

/** Where the findings of `rubric check`'s output go, one Problems-panel diagnostic per finding line. */
function findingDiagnostics(output: string, cwd: string, pattern: FindingPattern): Map<string, vscode.Diagnostic[]> {
    const regexp = new RegExp(pattern.regexp);
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const line of output.split(/\r?\n/)) {
        const match = regexp.exec(line);
        if (!match) continue;
        const file = path.resolve(cwd, match[pattern.file]);
        const position = new vscode.Position(Number(match[pattern.line]) - 1, Number(match[pattern.column]) - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), match[pattern.message], SEVERITIES[match[pattern.severity]]);
        diagnostic.source = 'rubric check';
        diagnostic.code = match[pattern.code];
        const list = byFile.get(file);
        if (list) list.push(diagnostic);
        else byFile.set(file, [diagnostic]);
    }
    return byFile;
}

/**
 * The terminal of a "rubric: check" task: runs the bundled CLI, shows what it prints, and puts its
 * findings in the Problems panel itself once the CLI has ended. A problem matcher would read the same
 * lines off the terminal, but VS Code stops reading 100 ms after the process exits, and a busy editor
 * has not drawn the last lines by then: their problems were lost.
 */
export class RubricCheckTerminal implements vscode.Pseudoterminal {
    private readonly written = new vscode.EventEmitter<string>();
    private readonly closed = new vscode.EventEmitter<number>();
    readonly onDidWrite = this.written.event;
    readonly onDidClose = this.closed.event;
    private child: ChildProcess | undefined;

    constructor(
        private readonly run: { runtime: string; args: string[]; cwd: string; shown: string },
        private readonly pattern: FindingPattern,
        private readonly problems: vscode.DiagnosticCollection,
    ) {}

    open(): void {
        this.write(`> ${this.run.shown}\n\n`);
        let output = '';
        const child = spawn(this.run.runtime, this.run.args, { cwd: this.run.cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
        this.child = child;
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
            output += chunk;
            this.write(chunk);
        });
        child.stderr.on('data', (chunk: string) => this.write(chunk));
        child.on('error', (error) => {
            this.write(vscode.l10n.t('Could not run rubric check: {0}', error.message) + '\n');
            this.end(2);
        });
        child.on('close', (code) => {
            // this run's findings replace the last run's, in files now clean too
            this.problems.clear();
            for (const [file, diagnostics] of findingDiagnostics(output, this.run.cwd, this.pattern)) {
                this.problems.set(vscode.Uri.file(file), diagnostics);
            }
            this.end(code ?? 1);
        });
    }

    close(): void {
        this.child?.kill();
    }

    private write(text: string): void {
        this.written.fire(text.replace(/\r?\n/g, '\r\n'));
    }

    private end(code: number): void {
        if (!this.child) return;
        this.child = undefined;
        this.closed.fire(code);
    }
}
