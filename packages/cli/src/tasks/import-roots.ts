import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Imports may reach files under the working folder, the project each input belongs to (the nearest
 * folder above it with .git, package.json or .rubric-root; else the input's own folder) and any --root.
 */
export function importRoots(paths: readonly string[], extra: readonly string[] = []): string[] {
    const roots = [process.cwd(), ...extra];
    for (const input of paths) {
        const isFolder = fs.existsSync(input) && fs.statSync(input).isDirectory();
        const folder = path.resolve(isFolder ? input : path.dirname(input));
        roots.push(projectFolder(folder) ?? folder);
    }
    return [...new Set(roots.map((root) => path.resolve(root)))];
}

const PROJECT_MARKERS = ['.git', 'package.json', '.rubric-root'];

function projectFolder(start: string): string | undefined {
    for (let folder = start; ; folder = path.dirname(folder)) {
        if (PROJECT_MARKERS.some((marker) => fs.existsSync(path.join(folder, marker)))) return folder;
        if (path.dirname(folder) === folder) return undefined;
    }
}
