import { DocumentState, type URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { compileDocument } from '../../compiler/compile.js';
import type { CompiledRubric } from '../../compiler/compiled-schema.js';
import * as ast from '../../generated/ast.js';
import type { Locale } from '../../i18n/locale.js';
import { importedDocuments } from '../../scoping/import-resolution.js';
import { assessmentLspText } from './assessment-lsp-text.js';

export type CompiledInEditor = { ok: true; compiled: CompiledRubric } | { ok: false; problem: string };

/**
 * The rubrics as they stand in the editor, saved or not: found by id, validated and compiled the way
 * `rubric compile` does it (a rubric with errors is refused). Compile, export, score and the checking of
 * assessments all go through here.
 */
export class EditorRubrics {
    constructor(private readonly shared: LangiumSharedServices) {}

    /**
     * The document, built and validated. Langium validates only the documents open in the editor, so a
     * rubric found in the workspace (or outside it) is validated here, under the workspace's write lock.
     */
    async validated(uri: URI): Promise<LangiumDocument> {
        const { LangiumDocuments: documents, WorkspaceLock: lock, DocumentBuilder: builder } = this.shared.workspace;
        const known = documents.getDocument(uri);
        if (!known || known.state < DocumentState.Validated) {
            await lock.write(async (token) => {
                const document = await documents.getOrCreateDocument(uri);
                if (document.state < DocumentState.Validated) await builder.build([document], { validation: true }, token);
            });
        }
        await builder.waitUntil(DocumentState.Validated, uri);
        return documents.getDocument(uri)!;
    }

    /** The validated document compiled; call it under the workspace's read lock. */
    compile(document: LangiumDocument, locale: Locale): CompiledInEditor {
        const file = fileName(document.uri);
        const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1).length;
        if (errors > 0) return { ok: false, problem: assessmentLspText(locale, 'rubricHasErrors', { file, count: errors }) };
        const root = document.parseResult.value;
        if (!ast.isRubricFile(root) || root.rubrics.length !== 1) return { ok: false, problem: assessmentLspText(locale, 'notARubric', { file }) };
        try {
            return { ok: true, compiled: compileDocument(document, this.shared.workspace.LangiumDocuments) };
        } catch (error) {
            return { ok: false, problem: assessmentLspText(locale, 'cannotCompile', { detail: error instanceof Error ? error.message : String(error) }) };
        }
    }

    /** The rubric with this id among those the server knows (the workspace's and the open ones). */
    withId(id: string): LangiumDocument | undefined {
        return this.shared.workspace.LangiumDocuments.all.find((d) => {
            const root = d.parseResult.value;
            return ast.isRubricFile(root) && root.rubrics.some((r) => r.name === id);
        });
    }

    /** The documents a rubric imports (its shared metrics and evidence), as far as the server knows them. */
    importedBy(document: LangiumDocument): LangiumDocument[] {
        return importedDocuments(document, this.shared.workspace.LangiumDocuments);
    }

    read<T>(action: () => T): Promise<T> {
        return this.shared.workspace.WorkspaceLock.read(action);
    }
}

export function fileName(uri: URI): string {
    return decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1));
}
