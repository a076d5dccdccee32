import {
    AstUtils,
    MapScope,
    WorkspaceCache,
    type AstNode,
    type AstNodeDescription,
    type AstNodeDescriptionProvider,
    type LangiumDocument,
    type LangiumDocuments,
    type ReferenceInfo,
    type Scope,
    type ScopeProvider,
} from 'langium';
import type { AstReflection } from 'langium';
import { isEvidence, isMetric, isRubricFile, type Evidence, type Metric } from '../generated/ast.js';
import type { RubricCoreServices } from '../rubric-services.js';
import { importedDocuments } from './import-resolution.js';

/**
 * Metrics and evidence resolve to the document's own declarations, then to those of the files it
 * imports (transitively) — and to nothing else in the workspace, so a name means what the file says.
 * Each (document, type) gets one hash-map scope per workspace state: Langium's default stream scope is
 * linear per lookup and made linking large rubrics quadratic.
 */
export class RubricScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, Scope>;

    constructor(services: RubricCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${type}\u0000${document.uri.toString()}`;
        return this.cache.get(key, () => this.createScope(document, type));
    }

    private createScope(document: LangiumDocument, type: string): Scope {
        const imported = importedDocuments(document, this.documents).flatMap((doc) => this.declarations(doc, type));
        const outer = new MapScope(imported);
        return new MapScope(this.declarations(document, type), outer);
    }

    /** Declarations first come, first served: a duplicate is the validator's finding, not a relink. */
    private declarations(document: LangiumDocument, type: string): AstNodeDescription[] {
        const root = document.parseResult.value;
        if (!isRubricFile(root)) return [];
        const candidates: AstNode[] = [...root.definitions];
        for (const rubric of root.rubrics) candidates.push(...rubric.members);
        const result: AstNodeDescription[] = [];
        const seen = new Set<string>();
        for (const node of candidates) {
            if (node.$type !== type || !(isMetric(node) || isEvidence(node))) continue;
            const named = node as Metric | Evidence;
            if (!named.name || seen.has(named.name)) continue;
            seen.add(named.name);
            result.push(this.descriptions.createDescription(named, named.name, document));
        }
        return result;
    }
}
