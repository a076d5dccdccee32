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
const COMMA = 5;
const STRING = 10;
const NUMBER = 11;
const UNKNOWN = 16;
const EOF = 17;

/**
 * Strict JSON to a plain value plus the line and column of every value. Comments and trailing commas are
 * refused (the file is JSON, not JSONC); duplicate and prototype-reaching keys, numbers beyond a double
 * (1e309) and nesting deeper than any assessment are each one problem at their place. A file one scan
 * finds free of all that is read by JSON.parse, and its places are recorded only when asked for.
 */
export function readJsonDocument(source: string, file: string, locale: Locale): ParsedDocument {
    if (plainJson(source)) {
        try {
            const value: unknown = JSON.parse(source);
            return { value, locations: new LocationMap((locations) => void parseWithLocations(source, file, locale, locations)) };
        } catch {
            // a mistake the scan cannot see (a missing comma, a comment): the parser below names it
        }
    }
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

/**
 * One pass of the flat scanner: true when nothing in the file is what JSON.parse would take without a
 * word (a repeated or prototype-reaching key, a number beyond a double, nesting past the limit, a token
 * the scanner does not know). Syntax it does not check is JSON.parse's to refuse.
 */
function plainJson(source: string): boolean {
    const scanner = jsonc.createScanner(source, true);
    // per open object its keys so far, per open array null
    const open: (Set<string> | null)[] = [];
    let keyNext = false;
    for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
        if (scanner.getTokenError() !== 0 || token === UNKNOWN) return false;
        const keys = open.length > 0 ? open[open.length - 1] : null;
        if (token === OPEN_BRACE || token === OPEN_BRACKET) {
            open.push(token === OPEN_BRACE ? new Set() : null);
            if (open.length > MAX_DEPTH) return false;
            keyNext = token === OPEN_BRACE;
            continue;
        }
        if (token === CLOSE_BRACE || token === CLOSE_BRACKET) open.pop();
        else if (token === STRING && keyNext && keys) {
            const key = scanner.getTokenValue();
            if (HOSTILE_KEYS.has(key) || keys.has(key)) return false;
            keys.add(key);
        } else if (token === NUMBER && !Number.isFinite(Number(scanner.getTokenValue()))) return false;
        keyNext = token === COMMA && keys !== null;
    }
    return true;
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
