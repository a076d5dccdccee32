import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';

/**
 * A YAML or JSON data file reduced to what a rename needs: maps, lists and scalars, each scalar with the
 * offsets of its source text (quotes included) and how it is quoted, so that an edit replaces exactly a
 * key or a value and keeps the file's own style.
 */
export type DataTree = DataMap | DataList | DataScalar;
export type DataMap = { readonly kind: 'map'; readonly entries: readonly { readonly key: DataScalar; readonly value: DataTree | undefined }[] };
type DataList = { readonly kind: 'list'; readonly items: readonly DataTree[] };
export type DataScalar = {
    readonly kind: 'scalar';
    /** The scalar as the file says it: `1.10` stays `1.10`, not the number 1.1. */
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly quote: 'none' | 'double' | 'single';
};

/** The file's tree, or undefined when its text does not parse (a half-typed file is never edited). */
export function parseDataTree(text: string, format: 'yaml' | 'json'): DataTree | undefined {
    return format === 'json' ? fromJsonText(text) : fromYamlText(text);
}

function fromJsonText(text: string): DataTree | undefined {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    return errors.length > 0 || !root ? undefined : fromJson(root);
}

function fromJson(node: JsonNode): DataTree | undefined {
    if (node.type === 'object') {
        const entries = (node.children ?? []).flatMap((property) => {
            const [key, value] = property.children ?? [];
            return key ? [{ key: jsonScalar(key), value: value && fromJson(value) }] : [];
        });
        return { kind: 'map', entries };
    }
    if (node.type === 'array') return { kind: 'list', items: (node.children ?? []).flatMap((item) => fromJson(item) ?? []) };
    return jsonScalar(node);
}

function jsonScalar(node: JsonNode): DataScalar {
    return { kind: 'scalar', text: String(node.value), start: node.offset, end: node.offset + node.length, quote: node.type === 'string' ? 'double' : 'none' };
}

function fromYamlText(text: string): DataTree | undefined {
    const document = parseDocument(text);
    if (document.errors.length > 0) return undefined;
    return document.contents ? fromYaml(document.contents) : undefined;
}

function fromYaml(node: YamlNode): DataTree | undefined {
    if (isMap(node)) {
        const entries = node.items.flatMap((pair) => {
            const key = isScalar(pair.key) ? yamlScalar(pair.key) : undefined;
            return key ? [{ key, value: isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value) ? fromYaml(pair.value) : undefined }] : [];
        });
        return { kind: 'map', entries };
    }
    if (isSeq(node)) return { kind: 'list', items: node.items.flatMap((item) => (isScalar(item) || isMap(item) || isSeq(item) ? (fromYaml(item) ?? []) : [])) };
    return isScalar(node) ? yamlScalar(node) : undefined;
}

function yamlScalar(node: Scalar): DataScalar | undefined {
    // a block scalar (`|`, `>`) is prose, never a name or a code
    if (!node.range || node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined;
    const quote = node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : 'none';
    // `source` is the text as written, without quotes: `1.10` stays `1.10`
    const text = typeof node.source === 'string' ? node.source : String(node.value);
    return { kind: 'scalar', text, start: node.range[0], end: node.range[1], quote };
}

/** The source text that writes `text` in the style of `scalar` (names and codes need no escapes in YAML). */
export function scalarSource(scalar: DataScalar, text: string): string {
    return scalar.quote === 'double' ? JSON.stringify(text) : scalar.quote === 'single' ? `'${text}'` : text;
}
