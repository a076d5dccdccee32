import { URI } from 'langium';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../src/validation/issue-codes.js';
import { services } from '../parse-helper.js';
import { loadCases, type ValidationCase } from './case-loader.js';

const cases = loadCases(path.join(import.meta.dirname, 'cases'));

// every case lives under /cases, which stands for the workspace: imports may not leave it
services.Rubric.imports.roots = [path.resolve('/cases')];

async function diagnose(validationCase: ValidationCase) {
    const { shared } = services;
    const documents = validationCase.files.map((file) =>
        shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(`/cases/${validationCase.name}/${file.name}`)),
    );
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return documents.flatMap((document) =>
            (document.diagnostics ?? []).map((d) => ({
                severity: d.severity === 1 ? 'error' : 'warning',
                code: String(d.code),
                message: String(d.message),
                range: d.range,
                file: path.basename(document.uri.path),
            })),
        );
    } finally {
        for (const document of documents) shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}

const byPosition = (a: { file: string; range: { start: { line: number; character: number } } }, b: typeof a) =>
    a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

describe('validation cases', () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', async (_, validationCase) => {
        const actual = await diagnose(validationCase);
        expect(actual.sort(byPosition)).toEqual([...validationCase.expected].sort(byPosition));
    });

    test('a case stands in the folder of the rule it shows: cases/bands/ for bands/*, as validation/bands.ts', () => {
        const prefixes = new Set(Object.values(IssueCodes).map((code) => code.split('/')[0]));
        const astray = cases.filter((c) => {
            const folder = c.name.split('/')[0];
            if (folder === 'clean') return false;
            return !prefixes.has(folder) || (c.expected.length > 0 && !c.expected.some((e) => e.code.startsWith(`${folder}/`)));
        });
        expect(astray.map((c) => c.name)).toEqual([]);
    });

    test('every issue code the validator can raise has at least one case', () => {
        const covered = new Set(cases.flatMap((c) => c.expected.map((e) => e.code)));
        const untested = Object.values(IssueCodes).filter((code) => !covered.has(code));
        expect(untested).toEqual([]);
    });
});
