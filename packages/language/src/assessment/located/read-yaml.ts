import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node as YamlNode } from 'yaml';
import type { Locale } from '../../i18n/locale.js';
import { readerText as text, type ReaderTextKey as TextKey } from './reader-text.js';
import { AssessmentInputError, HOSTILE_KEYS, MAX_DEPTH } from './assessment-input-error.js';
import { LocationMap, type SourceProblem, type TextLocation, type ValuePath } from './source-location.js';
import type { ParsedDocument } from './parsed-document.js';

/** The yaml library explains in English; the common mistakes get our own words in both languages. */
const YAML_REASONS: Partial<Record<string, TextKey>> = {
    MULTIPLE_DOCS: 'yamlMultipleDocuments',
    BAD_INDENT: 'yamlBadIndent',
    TAB_AS_INDENT: 'yamlTabIndent',
    MISSING_CHAR: 'yamlMissingChar',
    UNEXPECTED_TOKEN: 'yamlUnexpectedToken',
    BLOCK_AS_IMPLICIT_KEY: 'yamlNestedCompactMapping',
    MULTILINE_IMPLICIT_KEY: 'yamlMultilineKey',
    BAD_DQ_ESCAPE: 'yamlBadEscape',
    BAD_ALIAS: 'yamlBadAlias',
    DUPLICATE_KEY: 'duplicateKeyPlain',
};

/** Anchors and aliases are allowed, but a "billion laughs" expansion stops here. */
const MAX_VALUES = 1_000_000;

/** What an anchored node became, converted once and shared by every alias to it. */
type Anchored = { value: unknown; values: number; height: number };

/**
 * One YAML document to a plain value plus the line and column of every value. Keys are taken as written:
 * `3.10:` is the code "3.10", not the number 3.1. Duplicate and prototype-reaching keys, .nan/.inf and
 * numbers beyond a double are each one problem at their place.
 */
export function readYamlDocument(source: string, file: string, locale: Locale): ParsedDocument {
    const lineCounter = new LineCounter();
    const at = (offset: number): TextLocation => {
        const { line, col } = lineCounter.linePos(offset);
        return { kind: 'text', line, column: col };
    };
    let document: Document.Parsed;
    try {
        document = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: false });
    } catch (error) {
        if (error instanceof RangeError) throw single(file, at(0), text(locale, 'tooDeep', { limit: MAX_DEPTH }));
        throw error;
    }
    const syntax = document.errors[0];
    // the library reports its own stack overflow on deep nesting as "resource exhaustion"
    if (syntax?.code === 'RESOURCE_EXHAUSTION') throw single(file, at(syntax.pos[0]), text(locale, 'tooDeep', { limit: MAX_DEPTH }));
    if (syntax) {
        const known = YAML_REASONS[syntax.code];
        const reason = known && (locale === 'vi' || syntax.code === 'MULTIPLE_DOCS') ? text(locale, known) : firstLine(syntax.message);
        throw single(file, at(syntax.pos[0]), text(locale, 'yamlSyntax', { reason }));
    }
    if (document.contents === null) throw single(file, at(0), text(locale, 'emptyFile'));
    const locations = new LocationMap();
    const problems: SourceProblem[] = [];
    let count = 0;
    const problem = (offset: number, path: ValuePath, key: TextKey, params: Record<string, string | number> = {}): void => {
        problems.push({ file, location: at(offset), path, message: text(locale, key, params) });
    };

    const targets = aliasTargets(document);
    const anchored = new Map<YamlNode, Anchored | 'converting'>();
    let deepest = 0;
    const tooMany = (offset: number) => single(file, at(offset), text(locale, 'yamlTooManyValues', { limit: MAX_VALUES }));
    const tooDeep = (offset: number) => single(file, at(offset), text(locale, 'tooDeep', { limit: MAX_DEPTH }));

    // an alias stands for its anchor's value as converted the first time, counted as often as it is
    // used (the expansion a consumer would walk) but never walked again; it is located where it stands
    const expandAlias = (alias: Alias, path: ValuePath, offset: number, depth: number): unknown => {
        const target = targets.get(alias);
        const known = target && anchored.get(target);
        if (!target || known === 'converting') {
            problem(offset, path, 'yamlBadAlias');
            return null;
        }
        if (!known) return convert(target, path, offset, depth);
        count += known.values;
        if (count > MAX_VALUES) throw tooMany(offset);
        if (depth + known.height > MAX_DEPTH) throw tooDeep(offset);
        deepest = Math.max(deepest, depth + known.height);
        locations.set(path, at(offset));
        return known.value;
    };

    const convert = (node: YamlNode | null, path: ValuePath, fallbackOffset: number, depth: number): unknown => {
        if (++count > MAX_VALUES) throw tooMany(fallbackOffset);
        if (depth > MAX_DEPTH) throw tooDeep(fallbackOffset);
        deepest = Math.max(deepest, depth);
        const offset = node?.range?.[0] ?? fallbackOffset;
        if (node === null) {
            locations.set(path, at(offset));
            return null;
        }
        if (isAlias(node)) {
            count--;
            return expandAlias(node, path, offset, depth);
        }
        locations.set(path, at(offset));
        if (node.anchor !== undefined && !anchored.has(node)) {
            anchored.set(node, 'converting');
            const [countBefore, deepestBefore] = [count - 1, deepest];
            deepest = depth;
            const value = convertValue(node, path, offset, depth);
            anchored.set(node, { value, values: count - countBefore, height: deepest - depth });
            deepest = Math.max(deepestBefore, deepest);
            return value;
        }
        return convertValue(node, path, offset, depth);
    };

    const convertValue = (node: YamlNode, path: ValuePath, offset: number, depth: number): unknown => {
        if (isScalar(node)) {
            const value = node.value;
            if (typeof value === 'number' && !Number.isFinite(value)) {
                const literal = node.source ?? String(value);
                problem(offset, path, Number.isNaN(value) || /inf/i.test(literal) ? 'notANumber' : 'numberOutOfRange', { value: literal });
            }
            if (typeof value === 'bigint') return Number(value);
            return value instanceof Date || (typeof value === 'object' && value !== null) ? String(node.source ?? value) : value;
        }
        if (isSeq(node)) return node.items.map((item, index) => convert(item as YamlNode | null, [...path, index], offset, depth + 1));
        if (isMap(node)) {
            const result: Record<string, unknown> = {};
            for (const pair of node.items) {
                const keyNode = pair.key as YamlNode | null;
                const keyOffset = keyNode?.range?.[0] ?? offset;
                if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
                    problem(keyOffset, path, 'yamlKeyNotText');
                    continue;
                }
                // a plain key keeps its spelling (3.10, 1.1); a quoted one is its value
                const key = keyNode.type === 'PLAIN' && keyNode.source !== undefined ? keyNode.source : String(keyNode.value);
                if (HOSTILE_KEYS.has(key)) problem(keyOffset, path, 'hostileKey', { key });
                else if (Object.prototype.hasOwnProperty.call(result, key)) problem(keyOffset, path, 'duplicateKey', { key });
                else result[key] = convert(pair.value as YamlNode | null, [...path, key], keyOffset, depth + 1);
            }
            return result;
        }
        return null;
    };

    let value: unknown;
    try {
        value = convert(document.contents as YamlNode, [], 0, 0);
    } catch (error) {
        if (error instanceof RangeError) throw single(file, at(0), text(locale, 'tooDeep', { limit: MAX_DEPTH }));
        throw error;
    }
    if (problems.length > 0) throw new AssessmentInputError(problems);
    return { value, locations };
}

/**
 * The anchored node each alias names, found in one walk in document order (an alias means the nearest
 * anchor of its name before it). The yaml library's own lookup walks the whole document for every alias.
 */
function aliasTargets(document: Document.Parsed): Map<Alias, YamlNode> {
    const anchors = new Map<string, YamlNode>();
    const targets = new Map<Alias, YamlNode>();
    visit(document, {
        Node: (_key, node) => {
            if (isAlias(node)) {
                const target = anchors.get(node.source);
                if (target) targets.set(node, target);
            } else if (node.anchor !== undefined) {
                anchors.set(node.anchor, node);
            }
        },
    });
    return targets;
}

function single(file: string, location: TextLocation, message: string): AssessmentInputError {
    return new AssessmentInputError([{ file, location, message }]);
}

/** The yaml library appends " at line L, column C:" and a code excerpt; we print our own location. */
function firstLine(message: string): string {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
