import { DocumentState, UriUtils, type URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { compileDocument } from '../../compiler/compile.js';
import type { CompiledRubric } from '../../compiler/compiled-schema.js';
import * as ast from '../../generated/ast.js';
import type { Locale } from '../../i18n/locale.js';
import { importedDocuments } from '../../scoping/import-resolution.js';
import { PlanError } from '../../scoring/plan-error.js';
import type { ScoringPlan } from '../../scoring/plan.js';
import { prepareRubric } from '../../scoring/prepare-rubric.js';
import { rubricFileUri } from './assessment-files.js';
import { assessmentLspText } from './assessment-lsp-text.js';

export type CompiledInEditor = { ok: true; compiled: CompiledRubric } | { ok: false; problem: string };
export type PlannedInEditor = { ok: true; plan: ScoringPlan } | { ok: false; problem: string };

/** What a plan was made from: each file's tree and text version (an edit in place keeps the tree, not the version). */
type PlanSource = { roots: unknown[]; versions: string };

/**
 * The rubrics as they stand in the editor, saved or not: found by id, validated and compiled the way
 * `rubric compile` does it (a rubric with errors is refused). Compile, export, score and the checking of
 * assessments all go through here.
 */
export class EditorRubrics {
    /** By rubric URI: the plan of its last compilation, kept until it or a file it imports changes. */
    private readonly plans = new Map<string, { source: PlanSource; plan: ScoringPlan }>();

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

    /**
     * The validated document's scoring plan, compiled again only when the rubric or a file it imports
     * changed since: every keystroke in an assessment re-checks it. Call it under the read lock.
     */
    scoringPlan(document: LangiumDocument, locale: Locale): PlannedInEditor {
        const uri = document.uri.toString();
        const files = [document, ...this.importedBy(document)];
        const source: PlanSource = { roots: files.map((d) => d.parseResult.value), versions: files.map((d) => `${d.uri.toString()}@${d.textDocument.version}:${d.textDocument.getText().length}`).join(' ') };
        const kept = this.plans.get(uri);
        const errors = (document.diagnostics ?? []).some((d) => d.severity === 1);
        if (!errors && kept && kept.source.versions === source.versions && kept.source.roots.every((root, i) => root === source.roots[i])) return { ok: true, plan: kept.plan };
        const compiled = this.compile(document, locale);
        if (!compiled.ok) return compiled;
        try {
            const plan = prepareRubric(compiled.compiled);
            this.plans.set(uri, { source, plan });
            return { ok: true, plan };
        } catch (error) {
            if (error instanceof PlanError) return { ok: false, problem: assessmentLspText(locale, 'cannotCompile', { detail: error.message }) };
            throw error;
        }
    }

    /** The rubric with this id among those the server knows (the workspace's and the open ones). */
    withId(id: string): LangiumDocument | undefined {
        return this.shared.workspace.LangiumDocuments.all.find((d) => {
            const root = d.parseResult.value;
            return ast.isRubricFile(root) && root.rubrics.some((r) => r.name === id);
        });
    }

    /**
     * The rubric file an assessment names under `rubricFile`, relative to the assessment's folder (`/` or
     * `\`, as written on Windows), validated; undefined when there is no such file to open.
     */
    async atFile(assessment: URI, rubricFile: string): Promise<LangiumDocument | undefined> {
        const uri = rubricFileUri(assessment, rubricFile);
        const { LangiumDocuments: documents, FileSystemProvider: files } = this.shared.workspace;
        // open (perhaps unsaved) or on disk; asked first so that a wrong path typed does not start a build per keystroke
        if (!documents.hasDocument(uri) && !(await files.exists(uri).catch(() => false))) return undefined;
        try {
            return await this.validated(uri);
        } catch {
            // a folder, or a file the server has no language for
            return undefined;
        }
    }

    /** The rubric document an assessment names, as far as the server already holds it: by file when it names one, else by id. */
    named(assessment: URI, id: string, rubricFile: string | undefined): LangiumDocument | undefined {
        return rubricFile === undefined ? this.withId(id) : this.shared.workspace.LangiumDocuments.getDocument(rubricFileUri(assessment, rubricFile));
    }

    /** The .rubric files the server knows, as an assessment at this URI would name them under `rubricFile`. */
    relativeFiles(assessment: URI): { path: string; ids: string[] }[] {
        const folder = UriUtils.dirname(assessment);
        return this.shared.workspace.LangiumDocuments.all
            .filter((d) => ast.isRubricFile(d.parseResult.value) && d.parseResult.value.rubrics.length > 0 && d.uri.scheme === assessment.scheme)
            .map((d) => ({ path: UriUtils.relative(folder, d.uri), ids: (d.parseResult.value as ast.RubricFile).rubrics.map((r) => r.name) }))
            .toArray();
    }

    /** The ids of the rubrics the server knows, with their titles, in the order it found them. */
    ids(): { id: string; title: string | undefined }[] {
        return this.shared.workspace.LangiumDocuments.all
            .flatMap((d) => (ast.isRubricFile(d.parseResult.value) ? d.parseResult.value.rubrics : []))
            .map((r) => ({ id: r.name, title: r.title }))
            .toArray();
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
