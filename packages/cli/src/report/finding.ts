import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';

/** One validation finding as every output format sees it (lines and columns 1-based). */
export type Finding = {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
};

export function toFinding(file: string, diagnostic: Diagnostic): Finding {
    const { start, end } = diagnostic.range;
    return {
        file: path.relative(process.cwd(), file) || file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        code: String(diagnostic.code ?? 'unknown'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
    };
}

export function compareFindings(a: Finding, b: Finding): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
