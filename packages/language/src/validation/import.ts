import { AstUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isRubricFile, type RubricFile } from '../generated/ast.js';
import { resolveImportUri } from '../scoping/import-resolution.js';
import type { CheckContext } from './check.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** An import names a file inside the workspace that exists and does not import this one back. */
export function importsResolveWithinWorkspace(file: RubricFile, report: Reporter, context: CheckContext): void {
    const document = AstUtils.getDocument(file);
    const { documents, imports: policy } = context;
    for (const imported of file.imports) {
        if (imported.path === undefined) continue;
        const uri = resolveImportUri(document, imported.path);
        if (!policy.allows(uri)) {
            report.error(IssueCodes.ImportOutside, { path: imported.path }, { node: imported, property: 'path' });
            continue;
        }
        const target = documents.getDocument(uri);
        if (!target) {
            report.error(IssueCodes.ImportNotFound, { path: imported.path }, { node: imported, property: 'path' });
            continue;
        }
        if (reaches(target, document.uri.toString(), documents, new Set())) {
            report.error(IssueCodes.ImportCycle, { path: imported.path }, { node: imported, property: 'path' });
        }
    }
}

function reaches(from: LangiumDocument, goal: string, documents: LangiumDocuments, seen: Set<string>): boolean {
    const key = from.uri.toString();
    if (key === goal) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    const root = from.parseResult.value;
    if (!isRubricFile(root)) return false;
    return root.imports.some((i) => {
        if (i.path === undefined) return false;
        const next = documents.getDocument(resolveImportUri(from, i.path));
        return next !== undefined && reaches(next, goal, documents, seen);
    });
}
