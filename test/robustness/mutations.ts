import fc from 'fast-check';

/**
 * Mutations of rubric text as a tired author or a broken editor makes them: characters and tokens
 * deleted, duplicated, swapped or replaced. Positions are plain numbers taken modulo the text's length
 * when applied, so fast-check can shrink a failing case to the fewest, smallest edits.
 */
export type Mutation =
    | { op: 'deleteChar' | 'duplicateChar' | 'swapChars'; at: number }
    | { op: 'insertChar'; at: number; char: string }
    | { op: 'deleteToken' | 'duplicateToken'; at: number }
    | { op: 'swapTokens'; at: number; with: number }
    | { op: 'replaceToken'; at: number; token: string };

/** Characters worth inserting: the language's punctuation, line ends, Vietnamese letters and oddities. */
const CHARS = ['"', '{', '}', ':', ',', '%', '.', '(', ')', '=', '>', '<', '-', '/', '*', '\n', '\r', '\t', ' ', 'đ', 'ệ', '1', '9', 'x', '\u0000', '\uFEFF', '😀', '\\'];

/** Tokens of the language (and near misses) to splice in. */
const VOCABULARY = [
    'rubric', 'field', 'criterion', 'item', 'max', 'lead', 'optional', 'metric', 'evidence', 'import', 'choice', 'yesno',
    'deadline', 'due', 'grace', 'days', 'bands', 'proportional', 'deduct', 'per', 'judged', 'step', 'survey', 'formula',
    'requires', 'or', 'explanation', 'missing', 'zero', 'flag', 'cap', 'adjustments', 'bonus', 'penalty', 'grades',
    'otherwise', 'else', 'unitType', 'year', 'basis', 'total', 'ties', 'shared', 'dense', 'missingEvidence', 'percent',
    'ratio', 'count', 'number', 'date', 'oneOf', 'kind', 'issuer', 'min', 'issuedBy', 'onTime', 'late', 'yes', 'no',
    'and', 'not', 'if', 'all', 'any', 'round', '{', '}', '(', ')', ':', ',', '>=', '>', '=', '<=', '<', '!=', '+', '-',
    '*', '/', '1', '1.1', '1.1.1', '0.25', '18.5', '100', '90%', '100.5%', '2022-02-31', '2022-03-31', '1e309', 'NaN',
    '99999999999999999999', '"Tốt"', '"Khá"', '"', '"unterminated', 'planDone', 'x', '__proto__', 'constructor',
    '// comment', '/* comment */', '/* open comment', 'mx', 'itme', '\n', '\r\n',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constantFrom('deleteChar' as const, 'duplicateChar' as const, 'swapChars' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('insertChar' as const), at: fc.nat(), char: fc.constantFrom(...CHARS) }),
    fc.record({ op: fc.constantFrom('deleteToken' as const, 'duplicateToken' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swapTokens' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ op: fc.constant('replaceToken' as const), at: fc.nat(), token: fc.constantFrom(...VOCABULARY) }),
);

export const mutations = (maxLength = 5): fc.Arbitrary<Mutation[]> => fc.array(mutation, { minLength: 1, maxLength });

/** Strings, comments, numbers, names, operators and single characters, with the white space between. */
const TOKEN = /"(?:\\.|[^"\\\r\n])*"?|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|\d[\w.]*%?|[_a-zA-Z]\w*|>=|<=|!=|\s+|[\s\S]/g;

function tokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

/** Indices of the tokens that are not white space (the ones worth mutating). */
function solidIndices(parts: string[]): number[] {
    const result: number[] = [];
    parts.forEach((part, index) => {
        if (!/^\s+$/.test(part)) result.push(index);
    });
    return result;
}

function applyMutation(text: string, m: Mutation): string {
    if (m.op === 'deleteChar' || m.op === 'duplicateChar' || m.op === 'swapChars' || m.op === 'insertChar') {
        if (text.length === 0) return m.op === 'insertChar' ? m.char : text;
        const at = m.at % text.length;
        switch (m.op) {
            case 'deleteChar':
                return text.slice(0, at) + text.slice(at + 1);
            case 'duplicateChar':
                return text.slice(0, at + 1) + text.slice(at);
            case 'swapChars':
                return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
            case 'insertChar':
                return text.slice(0, at) + m.char + text.slice(at);
        }
    }
    const parts = tokens(text);
    const solid = solidIndices(parts);
    if (solid.length === 0) return text;
    const at = solid[m.at % solid.length];
    switch (m.op) {
        case 'deleteToken':
            parts.splice(at, 1);
            break;
        case 'duplicateToken':
            parts.splice(at, 0, parts[at], ' ');
            break;
        case 'swapTokens': {
            const other = solid[m.with % solid.length];
            [parts[at], parts[other]] = [parts[other], parts[at]];
            break;
        }
        case 'replaceToken':
            parts[at] = m.token;
            break;
    }
    return parts.join('');
}

export function mutate(text: string, list: Mutation[]): string {
    return list.reduce(applyMutation, text);
}

/** A random rubric-like token soup: rarely valid, always something the editor may be shown. */
export const tokenSoup: fc.Arbitrary<string> = fc
    .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', '\n', '')), { maxLength: 300 })
    .map((pairs) => pairs.map(([token, space]) => token + space).join(''));
