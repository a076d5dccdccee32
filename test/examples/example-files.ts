import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Rubric, RubricFile } from '../../packages/language/src/generated/ast.js';
import type { LoadedDocument } from '../../packages/language/src/workspace/rubric-workspace.js';

/** Where the example rubrics and the test fixtures live, and small readers shared by the example tests. */
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const examplesDir = path.join(repositoryRoot, 'examples');
export const fixturesDir = path.join(repositoryRoot, 'test', 'fixtures');

export function rubricFilesUnder(dir: string): string[] {
    return fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.rubric'))
        .map((name) => path.join(dir, name))
        .sort();
}

/** "file:line:column code message", one line per finding, for readable failure output. */
export function describeFindings(loaded: LoadedDocument[]): string[] {
    return loaded.flatMap((doc) =>
        doc.diagnostics.map((d: Diagnostic) => {
            const where = `${path.relative(repositoryRoot, doc.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
            return `${where} ${d.code} ${d.message}`;
        }),
    );
}

export function rubricOf(doc: LoadedDocument): Rubric {
    const rubric = (doc.document.parseResult.value as RubricFile).rubrics[0];
    if (!rubric) throw new Error(`${doc.path} holds no rubric`);
    return rubric;
}

/** The 1-based line on which the text first occurs. */
export function lineOf(text: string, needle: string): number {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`"${needle}" not found`);
    return text.slice(0, offset).split('\n').length;
}
