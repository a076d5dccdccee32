import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { formatValuePath, type SourceProblem } from '../../assessment/located/source-location.js';

const ERROR: DiagnosticSeverity = 1;
const WARNING: DiagnosticSeverity = 2;

/**
 * A quoted string, or a plain value or key: up to what ends one (a colon before a space or the line's end,
 * a comma, a bracket, a comment); a colon inside a value, as in `sha256:…`, does not end it.
 */
const TOKEN = /^("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?|[^\s,:{}[\]#](?:(?:[^,:{}[\]#]|:(?=[^\s,{}[\]]))*[^\s,:{}[\]#])?)/;

/** The problems and warnings of an assessment as the Problems panel shows them: at the value they are about. */
export function assessmentDiagnostics(text: string, problems: readonly SourceProblem[], warnings: readonly SourceProblem[]): Diagnostic[] {
    const lines = text.split(/\r?\n/);
    const diagnostic = (problem: SourceProblem, severity: DiagnosticSeverity): Diagnostic => ({
        range: problemRange(lines, problem),
        severity,
        source: 'par-rubric',
        ...(problem.code ? { code: problem.code } : {}),
        // the path says which value a problem placed at its parent object is about ("items["1.1.1"].choice")
        message: problem.path && problem.path.length > 0 ? `${formatValuePath(problem.path)}: ${problem.message}` : problem.message,
    });
    return [...problems.map((p) => diagnostic(p, ERROR)), ...warnings.map((p) => diagnostic(p, WARNING))];
}

function problemRange(lines: readonly string[], problem: SourceProblem): Range {
    const location = problem.location?.kind === 'text' ? problem.location : { line: 1, column: 1 };
    const line = Math.min(location.line - 1, lines.length - 1);
    const character = location.column - 1;
    const token = TOKEN.exec(lines[line]?.slice(character) ?? '')?.[0] ?? '';
    return { start: { line, character }, end: { line, character: character + Math.max(token.length, 1) } };
}
