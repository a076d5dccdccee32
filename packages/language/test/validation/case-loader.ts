import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Range } from 'vscode-languageserver-types';

/**
 * Validation cases as annotated rubric files, one folder per topic (`bands/`, `grades/`, …):
 *
 *     // $TEST$ error sum/total "The fields add up to 99.75 points, not the declared total of 100"
 *     total »100«
 *
 * Each `$TEST$` line expects one diagnostic (severity, code, exact message) at a »marked« range on the
 * line right below it; several annotations stacked above one line take its markers in order. `// $TEST$
 * none` expects a clean file. A case is a file, or a folder of files that import each other. The
 * expected diagnostics are the only ones allowed: one mistake, one diagnostic.
 */
type ExpectedDiagnostic = { severity: 'error' | 'warning'; code: string; message: string; range: Range; file: string };
type CaseFile = { name: string; text: string };
export type ValidationCase = { name: string; files: CaseFile[]; expected: ExpectedDiagnostic[] };

const ANNOTATION = /\/\/\s*\$TEST\$\s+(error|warning|none)(?:\s+(\S+)\s+"((?:[^"\\]|\\.)*)")?/g;

export function loadCases(root: string): ValidationCase[] {
    const cases: ValidationCase[] = [];
    for (const rule of fs.readdirSync(root).sort()) {
        const ruleFolder = path.join(root, rule);
        if (!fs.statSync(ruleFolder).isDirectory()) continue;
        for (const entry of fs.readdirSync(ruleFolder).sort()) {
            const full = path.join(ruleFolder, entry);
            const files = fs.statSync(full).isDirectory()
                ? fs.readdirSync(full).filter((f) => f.endsWith('.rubric')).sort().map((f) => path.join(full, f))
                : entry.endsWith('.rubric') ? [full] : [];
            if (files.length === 0) continue;
            cases.push(readCase(`${rule}/${entry.replace(/\.rubric$/, '')}`, files));
        }
    }
    return cases;
}

function readCase(name: string, files: string[]): ValidationCase {
    const caseFiles: CaseFile[] = [];
    const expected: ExpectedDiagnostic[] = [];
    for (const file of files) {
        const { text, ranges } = stripMarkers(fs.readFileSync(file, 'utf8'));
        const fileName = path.basename(file);
        const annotations = [...text.matchAll(ANNOTATION)].filter((m) => m[1] !== 'none');
        if (annotations.length !== ranges.length) {
            throw new Error(`${name}/${fileName}: ${annotations.length} $TEST$ annotations but ${ranges.length} marked ranges`);
        }
        annotations.forEach((m, i) => {
            const below = lineOf(text, m.index) + 1;
            const between = text.split('\n').slice(below, ranges[i].start.line);
            if (ranges[i].start.line < below || between.some((line) => !ANNOTATION_LINE.test(line))) {
                throw new Error(`${name}/${fileName}:${below}: a $TEST$ annotation must stand right above the line of its marked range`);
            }
            expected.push({
                severity: m[1] as 'error' | 'warning',
                code: m[2],
                message: m[3].replace(/\\(.)/g, '$1'),
                range: ranges[i],
                file: fileName,
            });
        });
        caseFiles.push({ name: fileName, text });
    }
    return { name, files: caseFiles, expected };
}

const ANNOTATION_LINE = /^\s*\/\/\s*\$TEST\$/;

function lineOf(text: string, offset: number): number {
    let line = 0;
    for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
    return line;
}

/** Removes »…« markers and returns the ranges they enclosed, in the text without them. */
function stripMarkers(source: string): { text: string; ranges: Range[] } {
    const ranges: Range[] = [];
    let text = '';
    let line = 0;
    let character = 0;
    let open: { line: number; character: number } | undefined;
    for (const ch of source) {
        if (ch === '»') {
            open = { line, character };
            continue;
        }
        if (ch === '«') {
            if (!open) throw new Error('« without »');
            ranges.push({ start: open, end: { line, character } });
            open = undefined;
            continue;
        }
        text += ch;
        if (ch === '\n') {
            line++;
            character = 0;
        } else {
            character += ch.length;
        }
    }
    return { text, ranges };
}
