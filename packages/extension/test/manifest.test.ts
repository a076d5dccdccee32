import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SHOW_REFERENCE_COMMAND } from '../src/protocol.js';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const read = (file: string) => fs.readFileSync(path.join(extension, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));

function sourceFiles(folder: string): string[] {
    return fs.readdirSync(path.join(extension, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(folder, f));
}

describe('the manifest speaks Vietnamese and English', () => {
    test('every %key% of package.json has an English and a Vietnamese text', () => {
        const keys = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
        expect(keys.length).toBeGreaterThan(5);
        const english = json('package.nls.json');
        const vietnamese = json('package.nls.vi.json');
        for (const key of keys) {
            expect(english[key], key).toBeTruthy();
            expect(vietnamese[key], key).toBeTruthy();
        }
        expect(Object.keys(vietnamese).sort()).toEqual(Object.keys(english).sort());
    });

    test('every runtime text (vscode.l10n.t) has a Vietnamese translation, and none is stale', () => {
        const used = new Set(sourceFiles('src').flatMap((file) => [...read(file).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1])));
        expect(used.size).toBeGreaterThan(5);
        const bundle = json('l10n/bundle.l10n.vi.json');
        expect([...used].filter((text) => !(text in bundle))).toEqual([]);
        expect(Object.keys(bundle).filter((text) => !used.has(text))).toEqual([]);
    });
});

describe('the manifest contributes what the extension provides', () => {
    const manifest = json('package.json');

    test('no static snippets: completion comes from the language server, which knows where the cursor is', () => {
        expect(manifest.contributes.snippets).toBeUndefined();
    });

    test('every contributed file is packaged, and every registered command is contributed', () => {
        const contributed = [
            manifest.main,
            ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
            // YAML, contributed for assessment files, keeps the editor's own configuration
            ...manifest.contributes.languages.flatMap((l: { configuration?: string }) => (l.configuration ? [l.configuration] : [])),
            ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url),
        ].map((p: string) => p.replace(/^\.\//, ''));
        for (const file of contributed) expect(manifest.files, file).toContain(file);
        const registered = sourceFiles('src').flatMap((file) => [...read(file).matchAll(/registerCommand\(\s*'([\w.]+)'/g)].map((m) => m[1]));
        const declared = manifest.contributes.commands.map((c: { command: string }) => c.command);
        expect(registered.sort()).toEqual(declared.sort());
        // the command keyword hovers link to, by the name the server writes into the link
        expect(declared).toContain(SHOW_REFERENCE_COMMAND);
    });

    test('the language reference that keyword hovers open is packaged in both languages', () => {
        for (const locale of ['vi', 'en']) expect(manifest.files).toContain(`docs/reference.${locale}.md`);
    });

    test('the settings the issue names exist with their defaults', () => {
        const properties = manifest.contributes.configuration.properties;
        expect(properties['parRubric.inlayHints.enabled'].default).toBe(true);
        expect(properties['parRubric.language'].enum).toEqual(['auto', 'vi', 'en']);
        expect(properties['parRubric.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    });
});
