import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import type { CheckedRubric, Range } from './guarded-worker.js';

const KNOWN_CODES = new Set<string>(Object.values(IssueCodes));

/** Line lengths as an LSP client counts them: lines end at \r\n, \n or \r; characters are UTF-16 units. */
function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function inside(position: Range['start'], lines: number[]): boolean {
    return (
        Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0 && position.line < lines.length
        && position.character >= 0 && position.character <= lines[position.line]
    );
}

/**
 * What is wrong with the diagnostics a text got: a range outside the text or ending before it starts, an
 * unknown issue code, an empty message. Empty when all is well.
 */
export function diagnosticProblems(text: string, checked: CheckedRubric): string[] {
    const lines = lineLengths(text);
    const problems: string[] = [];
    for (const d of checked.diagnostics) {
        const where = `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`;
        if (!inside(d.range.start, lines) || !inside(d.range.end, lines)) problems.push(`range outside the document: ${where}`);
        const { start, end } = d.range;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) problems.push(`range ends before it starts: ${where}`);
        if (typeof d.code !== 'string' || !KNOWN_CODES.has(d.code)) problems.push(`unknown issue code: ${where} "${d.message}"`);
        if (!d.message.trim()) problems.push(`empty message: ${where}`);
        // Langium turns an exception inside a check into a diagnostic: for us it is a crash
        if (/^An error occurred/.test(d.message)) problems.push(`a check crashed: ${where} "${d.message}"`);
    }
    for (const line of checked.logged) problems.push(`logged an error: ${line.slice(0, 800)}`);
    const errors = checked.diagnostics.some((d) => d.severity === 1);
    if (!errors && checked.hasRubric && checked.compiled === undefined) {
        problems.push(`a rubric without errors did not compile: ${checked.compileError ?? 'no output'}`);
    }
    return problems;
}
