import type { Locale } from '@par-rubric/language';
import { RubricIoError, RubricWorkspace, type LoadedDocument } from '@par-rubric/language/workspace';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CliError } from '../cli-error.js';
import type { Finding } from '../contracts/finding-report.js';
import { displayPath } from '../display-path.js';

export type LoadedRubrics = {
    workspace: RubricWorkspace;
    /** The files asked for, then the files they import. */
    loaded: LoadedDocument[];
    /** Every finding of those files, sorted by file, line, column and code. */
    findings: Finding[];
};

/** Loads and validates .rubric files with their imports; an unreadable file is a CliError (exit 2). */
export async function loadRubrics(files: readonly string[], roots: readonly string[], locale: Locale): Promise<LoadedRubrics> {
    const workspace = new RubricWorkspace(locale);
    let loaded: LoadedDocument[];
    try {
        loaded = await workspace.load([...files], [...roots]);
    } catch (error) {
        if (error instanceof RubricIoError) throw new CliError(`${error.path}: ${error.reason}`);
        throw error;
    }
    const findings = loaded.flatMap((doc) => doc.diagnostics.map((d) => toFinding(doc.path, d))).sort(compareFindings);
    return { workspace, loaded, findings };
}

function toFinding(file: string, diagnostic: Diagnostic): Finding {
    const { start, end } = diagnostic.range;
    return {
        file: displayPath(file),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        code: String(diagnostic.code ?? 'unknown'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
    };
}

function compareFindings(a: Finding, b: Finding): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
