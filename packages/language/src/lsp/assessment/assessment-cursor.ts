import * as jsoncModule from 'jsonc-parser';
import type { AssessmentFormat } from './assessment-files.js';

/** Node loads jsonc-parser's CommonJS build (functions under default), the bundler its ESM build. */
const jsonc: typeof jsoncModule = (Reflect.get(jsoncModule, 'default') as typeof jsoncModule | undefined) ?? jsoncModule;

/**
 * Where the cursor stands in an assessment: the keys from the root to the value or key under it
 * (`["items", "1.1.1", "choice"]`), whether it is on a key, and the offsets of the word there (what a
 * completion replaces, what a hover is about). The file may be half typed, so nothing here needs it to parse.
 */
export type CursorPlace = { path: string[]; atKey: boolean; start: number; end: number };

export function cursorPlace(text: string, format: AssessmentFormat, offset: number): CursorPlace | undefined {
    return format === 'json' ? jsonPlace(text, offset) : yamlPlace(text, offset);
}

function jsonPlace(text: string, offset: number): CursorPlace | undefined {
    const location = jsonc.getLocation(text, offset);
    const path = location.path.map(String);
    const node = location.previousNode;
    const inNode = node && node.offset <= offset && offset <= node.offset + node.length;
    if (location.isAtPropertyKey) {
        const start = inNode ? node.offset : offset;
        const end = inNode ? node.offset + node.length : offset;
        if (inNode) path[path.length - 1] = String(node.value);
        return { path, atKey: true, start, end };
    }
    return { path, atKey: false, start: inNode ? node.offset : offset, end: inNode ? node.offset + node.length : offset };
}

/** `key:` or `"key":` at the start of a line (after its indentation and an optional `- `), and what follows. */
const YAML_KEY = /^(\s*(?:-\s+)?)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^:#]*?)\s*:(?=\s|$)(.*)$/;

/**
 * YAML by indentation: a block assessment's keys stand one per line, and its parents are the nearest
 * lines above with less indentation. Flow style (`{ … }`) is not followed.
 */
function yamlPlace(text: string, offset: number): CursorPlace | undefined {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const column = offset - lineStart;
    const indentation = /^\s*/.exec(line)![0].length;
    const parents = yamlParents(text.slice(0, lineStart), indentation);
    const keyed = YAML_KEY.exec(line);
    if (keyed && column > keyed[1].length + keyed[2].length) {
        // on the value: the word under the cursor, or the whole value when the cursor is past it
        const valueStart = line.length - keyed[3].length + (/^\s*/.exec(keyed[3])![0].length);
        const valueEnd = valueStart + keyed[3].trim().replace(/\s+#.*$/, '').length;
        return { path: [...parents, unquote(keyed[2])], atKey: false, start: lineStart + Math.min(valueStart, column), end: lineStart + Math.max(valueEnd, column) };
    }
    const keyStart = keyed ? keyed[1].length : /^(\s*(?:-\s+)?)/.exec(line)![0].length;
    const keyText = keyed ? keyed[2] : line.slice(keyStart).trimEnd();
    return { path: [...parents, unquote(keyText)], atKey: true, start: lineStart + keyStart, end: lineStart + Math.max(keyStart + keyText.length, column) };
}

/** The keys of the lines above that hold the one at this indentation, outermost first. */
function yamlParents(before: string, indentation: number): string[] {
    const parents: string[] = [];
    let within = indentation;
    const lines = before.split('\n');
    for (let i = lines.length - 1; i >= 0 && within > 0; i--) {
        const line = lines[i].replace(/\r$/, '');
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        const keyed = YAML_KEY.exec(line);
        const depth = keyed ? keyed[1].length : /^\s*/.exec(line)![0].length;
        if (depth >= within) continue;
        within = depth;
        if (keyed && keyed[3].trim() === '') parents.unshift(unquote(keyed[2]));
        else if (keyed) return []; // a key with a value on its line holds nothing below it: not a place we know
    }
    return parents;
}

function unquote(key: string): string {
    if (key.startsWith('"')) {
        try {
            return JSON.parse(key.endsWith('"') && key.length > 1 ? key : `${key}"`) as string;
        } catch {
            return key.slice(1);
        }
    }
    if (key.startsWith("'")) return key.replace(/^'|'$/g, '').replace(/''/g, "'");
    return key;
}
