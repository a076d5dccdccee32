import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isRubricFile } from '../generated/ast.js';
import { createRubricCoreServices } from '../rubric-core-module.js';
import type { RubricCoreServices } from '../rubric-services.js';
import type { Locale } from '../i18n/locale.js';
import { resolveImportUri } from '../scoping/import-resolution.js';
import { readRubricFile } from './read-rubric-file.js';

export { MAX_RUBRIC_BYTES, RubricIoError, readRubricFile } from './read-rubric-file.js';

export type LoadedDocument = { path: string; document: LangiumDocument; diagnostics: Diagnostic[] };

let prepared: RubricCoreServices | undefined;

/**
 * Builds a workspace's services now (constructing the parser is most of a cold start), for the next
 * RubricWorkspace to take: the single-file executable calls this while its startup snapshot is made.
 */
export function prepareRubricWorkspace(): void {
    prepared ??= createRubricCoreServices(NodeFileSystem).Rubric;
    // the parser is built on first use; parsing nothing builds it without leaving state behind (the parse
    // of real text leaves some that a snapshot cannot hold)
    prepared.parser.LangiumParser.parse('');
}

/**
 * A workspace outside any editor: loads the given files and everything they import, then parses,
 * links and validates them together, so that `rubric check` sees exactly what the editor sees.
 */
export class RubricWorkspace {
    readonly services: RubricCoreServices;

    constructor(locale?: Locale) {
        // core services only: loading the editor's LSP stack would slow every CLI start for nothing
        this.services = prepared ?? createRubricCoreServices(NodeFileSystem).Rubric;
        prepared = undefined;
        if (locale) this.services.i18n.locale = locale;
    }

    /**
     * Loads the files and what they import. Imports stay within `roots` (by default the folders of the
     * given files); one pointing elsewhere is not read and is reported as import/outside.
     */
    async load(files: string[], roots: string[] = files.map((file) => path.dirname(path.resolve(file)))): Promise<LoadedDocument[]> {
        this.services.imports.roots = roots.map((root) => path.resolve(root));
        const documents = this.services.shared.workspace.LangiumDocuments;
        const factory = this.services.shared.workspace.LangiumDocumentFactory;
        const loaded = new Map<string, LangiumDocument>();
        // by URI, not path: on Windows an import resolves to `c:\…` where the folder listing gave `C:\…`
        const seen = new Set<string>();
        const queue = files.map((file) => path.resolve(file));
        while (queue.length > 0) {
            const file = queue.shift()!;
            const key = URI.file(file).toString();
            if (seen.has(key)) continue;
            seen.add(key);
            const text = readRubricFile(file, loaded.size < files.length, this.services.i18n.locale);
            if (text === undefined) continue;
            const document = factory.fromString(text, URI.file(file));
            documents.addDocument(document);
            loaded.set(file, document);
            const root = document.parseResult.value;
            if (!isRubricFile(root)) continue;
            for (const imported of root.imports) {
                if (!imported.path) continue;
                const uri = resolveImportUri(document, imported.path);
                if (this.services.imports.allows(uri)) queue.push(uri.fsPath);
            }
        }
        const all = [...loaded.values()];
        await this.services.shared.workspace.DocumentBuilder.build(all, { validation: true });
        return [...loaded.entries()].map(([file, document]) => ({
            path: file,
            document,
            diagnostics: document.diagnostics ?? [],
        }));
    }
}
