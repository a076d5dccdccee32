import * as jsoncModule from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Locale } from '../../i18n/locale.js';
import { readerText as text, type ReaderTextKey as TextKey } from './reader-text.js';
import { AssessmentInputError, HOSTILE_KEYS, MAX_DEPTH } from './assessment-input-error.js';
import { LineIndex, LocationMap, type SourceProblem, type ValuePath } from './source-location.js';
import type { ParsedDocument } from './parsed-document.js';

/** Node loads jsonc-parser's CommonJS build (functions under default), the bundler its ESM build. */
const jsonc: typeof jsoncModule = (Reflect.get(jsoncModule, 'default') as typeof jsoncModule | undefined) ?? jsoncModule;

/** jsonc-parser's error codes (a const enum in its typings) to our vi/en reasons. */
const SYNTAX_REASONS: Record<number, TextKey> = {
    1: 'jsonInvalidSymbol',
    2: 'jsonInvalidNumber',
    3: 'jsonPropertyNameExpected',
    4: 'jsonValueExpected',
    5: 'jsonColonExpected',
    6: 'jsonCommaExpected',
    7: 'jsonCloseBraceExpected',
    8: 'jsonCloseBracketExpected',
    9: 'jsonEndOfFileExpected',
    10: 'jsonCommentNotAllowed',
    11: 'jsonCommentNotAllowed',
    12: 'jsonUnterminatedString',
    13: 'jsonInvalidNumber',
    14: 'jsonInvalidEscape',
    15: 'jsonInvalidEscape',
    16: 'jsonInvalidCharacter',
};

const OPEN_BRACE = 1;
const OPEN_BRACKET = 3;
const CLOSE_BRACE = 2;
const CLOSE_BRACKET = 4;
const EOF = 17;

/**
 * Strict JSON to a plain value plus the line and column of every value. Comments and trailing commas are
 * refused (the file is JSON, not JSONC); duplicate and prototype-reaching keys, numbers beyond a double
 * (1e309) and nesting deeper than any assessment are each one problem at their place. A file that
 * JSON.parse reads free of all that (plainJsonValue) is taken as parsed, and its places are recorded only
 * when asked for.
 */
export function readJsonDocument(source: string, file: string, locale: Locale): ParsedDocument {
    const value = plainJsonValue(source);
    if (value !== NOT_PLAIN) return { value, locations: new LocationMap((locations) => void parseWithLocations(source, file, locale, locations)) };
    const locations = new LocationMap();
    return { value: parseWithLocations(source, file, locale, locations), locations };
}

/** The careful reading: every mistake at its place, every value's place recorded into `locations`. */
function parseWithLocations(source: string, file: string, locale: Locale, locations: LocationMap): unknown {
    const lines = new LineIndex(source);
    const fail = (offset: number, key: TextKey, params: Record<string, string | number> = {}): never => {
        throw new AssessmentInputError([{ file, location: lines.locate(offset), message: text(locale, key, params) }]);
    };
    checkDepth(source, fail);
    const errors: ParseError[] = [];
    const root = jsonc.parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length > 0) {
        const first = errors[0];
        fail(first.offset, 'jsonSyntax', { reason: text(locale, SYNTAX_REASONS[first.error] ?? 'jsonInvalidSymbol') });
    }
    if (!root) return fail(0, 'emptyFile');
    const problems: SourceProblem[] = [];
    const value = convert(root, [], source, lines, locations, problems, file, locale);
    if (problems.length > 0) throw new AssessmentInputError(problems);
    return value;
}

/** What plainJsonValue gives for a file that needs the careful reading. */
const NOT_PLAIN = Symbol('not plain JSON');

/**
 * The file read by JSON.parse when nothing in it is what JSON.parse would take without a word: a
 * repeated key (JSON.parse keeps the last, so the parsed value has fewer keys than the text), a
 * prototype-reaching key, a number beyond a double (JSON.parse gives Infinity), nesting past the limit.
 * Otherwise, and for any syntax JSON.parse refuses, NOT_PLAIN: the careful reading names the mistake.
 * A batch reads thousands of files, so this is a count over the characters and a walk of the value
 * rather than a tokenizer.
 */
function plainJsonValue(source: string): unknown {
    let value: unknown;
    try {
        value = JSON.parse(source);
    } catch {
        return NOT_PLAIN;
    }
    const keys = { count: 0 };
    if (!plainValue(value, 0, keys) || keys.count !== keysWritten(source)) return NOT_PLAIN;
    return value;
}

/** Counts the keys of every object (into `keys`); false at a hostile key, a non-finite number or past MAX_DEPTH. */
function plainValue(value: unknown, depth: number, keys: { count: number }): boolean {
    if (typeof value === 'number') return Number.isFinite(value);
    if (typeof value !== 'object' || value === null) return true;
    if (depth >= MAX_DEPTH) return false;
    if (Array.isArray(value)) {
        for (const element of value) if (!plainValue(element, depth + 1, keys)) return false;
        return true;
    }
    for (const key of Object.keys(value)) {
        if (HOSTILE_KEYS.has(key)) return false;
        keys.count++;
        if (!plainValue((value as Record<string, unknown>)[key], depth + 1, keys)) return false;
    }
    return true;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/** How many keys a text that JSON.parse accepted writes: the strings followed (after blanks) by a colon. */
function keysWritten(source: string): number {
    let count = 0;
    const length = source.length;
    for (let i = 0; i < length; i++) {
        if (source.charCodeAt(i) !== QUOTE) continue;
        // to the closing quote, stepping over escapes
        for (i++; i < length; i++) {
            const code = source.charCodeAt(i);
            if (code === BACKSLASH) i++;
            else if (code === QUOTE) break;
        }
        let next = i + 1;
        while (next < length && isBlank(source.charCodeAt(next))) next++;
        if (source.charCodeAt(next) === COLON) count++;
    }
    return count;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isBlank(code: number): boolean {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The parser recurses per nesting level, so the depth is measured first with its flat scanner. */
function checkDepth(source: string, fail: (offset: number, key: TextKey, params: Record<string, number>) => never): void {
    const scanner = jsonc.createScanner(source, true);
    let depth = 0;
    for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
        if (token === OPEN_BRACE || token === OPEN_BRACKET) {
            if (++depth > MAX_DEPTH) fail(scanner.getTokenOffset(), 'tooDeep', { limit: MAX_DEPTH });
        } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
            depth--;
        }
    }
}

function convert(
    node: JsonNode,
    path: ValuePath,
    source: string,
    lines: LineIndex,
    locations: LocationMap,
    problems: SourceProblem[],
    file: string,
    locale: Locale,
): unknown {
    locations.set(path, lines.locate(node.offset));
    switch (node.type) {
        case 'object': {
            const result: Record<string, unknown> = {};
            const seen = new Set<string>();
            for (const property of node.children ?? []) {
                const [keyNode, valueNode] = property.children ?? [];
                if (!keyNode || !valueNode) continue;
                const key = String(keyNode.value);
                const problem = (messageKey: TextKey): void => {
                    problems.push({ file, location: lines.locate(keyNode.offset), path, message: text(locale, messageKey, { key }) });
                };
                if (HOSTILE_KEYS.has(key)) problem('hostileKey');
                else if (seen.has(key)) problem('duplicateKey');
                else {
                    seen.add(key);
                    result[key] = convert(valueNode, [...path, key], source, lines, locations, problems, file, locale);
                }
            }
            return result;
        }
        case 'array':
            return (node.children ?? []).map((child, index) =>
                convert(child, [...path, index], source, lines, locations, problems, file, locale),
            );
        case 'number': {
            const value = node.value as number;
            if (!Number.isFinite(value)) {
                const literal = source.slice(node.offset, node.offset + node.length);
                problems.push({ file, location: lines.locate(node.offset), path, message: text(locale, 'numberOutOfRange', { value: literal }) });
            }
            return value;
        }
        default:
            return node.value;
    }
}
