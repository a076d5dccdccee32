import * as path from 'node:path';

/**
 * How every command names a file in its messages: relative to the working folder when the file lies
 * under it, else absolute — never a chain of "../".
 */
export function displayPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}
