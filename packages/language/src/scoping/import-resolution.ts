import { UriUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { URI } from 'langium';
import { isRubricFile, type RubricFile } from '../generated/ast.js';

/** The URI an `import "…"` names, relative to the importing document. */
export function resolveImportUri(document: LangiumDocument, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(document.uri), path);
}

/**
 * The documents a document imports, directly and through other imports, each once; cycles end the walk.
 * Only documents already loaded take part: loading is the workspace's (or the CLI loader's) job.
 */
export function importedDocuments(document: LangiumDocument, documents: LangiumDocuments): LangiumDocument[] {
    const seen = new Set<string>([document.uri.toString()]);
    const result: LangiumDocument[] = [];
    const queue: LangiumDocument[] = [document];
    while (queue.length > 0) {
        const current = queue.shift()!;
        const root = current.parseResult.value;
        if (!isRubricFile(root)) continue;
        for (const imported of (root as RubricFile).imports) {
            if (!imported.path) continue;
            const uri = resolveImportUri(current, imported.path);
            const key = uri.toString();
            if (seen.has(key)) continue;
            seen.add(key);
            const target = documents.getDocument(uri);
            if (target) {
                result.push(target);
                queue.push(target);
            }
        }
    }
    return result;
}
