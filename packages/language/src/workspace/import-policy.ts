import * as path from 'node:path';
import type { URI } from 'langium';

/**
 * Where imports may point. The CLI confines them to the folders it was asked to check, so a rubric
 * cannot make `rubric check` read files elsewhere on the machine; an editor leaves this open.
 */
export class ImportPolicy {
    roots: string[] = [];

    allows(uri: URI): boolean {
        if (this.roots.length === 0) return true;
        if (uri.scheme !== 'file') return false;
        const target = path.resolve(uri.fsPath);
        return this.roots.some((root) => {
            const relative = path.relative(root, target);
            return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
        });
    }
}
