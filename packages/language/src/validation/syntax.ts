import type { Diagnostic, Location, Range } from 'vscode-languageserver-types';
import { isEvidence, isNode, isRubric, type UnknownWord } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { diagnosticMessage, relatedMessage, type SyntaxDetail } from '../i18n/messages.js';
import { MAX_NESTING, NESTING_TOO_DEEP } from '../parser/rubric-lexer.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

const RUBRIC_WORDS = [
    'unitType', 'year', 'basis', 'decision', 'total', 'step', 'ties', 'survey', 'missingEvidence',
    'metric', 'evidence', 'field', 'adjustments', 'grades',
];
const NODE_PROPERTY_WORDS = ['max', 'lead', 'optional'];
const NODE_MEMBER_WORDS = [
    'criterion', 'item', 'choice', 'yesno', 'deadline', 'bands', 'proportional', 'deduct', 'judged',
    'survey', 'formula', 'requires',
];
const EVIDENCE_WORDS = ['kind', 'issuer', 'min', 'issuedBy'];

/** The words that could stand where the unknown one stands. */
export function expectedWords(word: UnknownWord): string[] {
    const container = word.$container;
    if (isRubric(container)) return RUBRIC_WORDS;
    if (isEvidence(container)) return EVIDENCE_WORDS;
    if (isNode(container)) {
        return container.unknown.includes(word) ? NODE_PROPERTY_WORDS : NODE_MEMBER_WORDS;
    }
    return [];
}

/** Every word is one of the language's; a near miss comes with its likely spelling. */
export function wordsAreKnown(word: UnknownWord, report: Reporter): void {
    const suggestion = closestWord(word.word, expectedWords(word));
    report.error(
        IssueCodes.UnknownWord,
        { word: word.word, suggestion },
        { node: word, property: 'word', data: suggestion ? { suggestion } : undefined },
    );
}

/** The nearest candidate by edit distance (case-insensitive), if it is close enough to be a typo. */
export function closestWord(word: string, candidates: string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** Edit distance where swapping two neighbours (yaer → year) is one edit, as typists make them. */
function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

/** Chevrotain's words for "the rubric ended before this token": after another error, always its echo. */
const EARLY_END = /^Expecting (?:token of type 'EOF'|end of file) but found `(.*)`\.?$/s;
const MISMATCH = /^Expecting (?:token of type '(.+)'|keyword '(.+)'|`(.+)`) but found `(.*)`\.?$/s;
const ALTERNATIVES = /^Expecting: (?:one of these possible Token sequences:|expecting at least one iteration .*?::)\n(.*)\nbut found: '(.*)'$/s;
const UNEXPECTED_CHARACTER = /^unexpected character: ->(.+?)<- at offset/s;

/** Langium's lexer or parser complaint as our syntax finding, in the user's language. */
export function asSyntaxFinding(diagnostic: Diagnostic, text: string, locale: Locale): void {
    diagnostic.code = IssueCodes.SyntaxError;
    diagnostic.data = { ...(diagnostic.data as object), code: IssueCodes.SyntaxError, earlyEnd: EARLY_END.test(text) };
    diagnostic.message = diagnosticMessage(locale, IssueCodes.SyntaxError, { detail: syntaxDetail(text) });
}

/**
 * Chevrotain's complaint taken apart into what was expected and what was found; its sentences themselves
 * never reach the user, and a complaint of another shape is reported by its place alone.
 */
function syntaxDetail(text: string): SyntaxDetail {
    const early = EARLY_END.exec(text);
    if (early) return { earlyEnd: early[1] };
    const mismatch = MISMATCH.exec(text);
    if (mismatch) return { expected: [mismatch[1] ?? mismatch[2] ?? mismatch[3]], found: mismatch[4] };
    const alternatives = ALTERNATIVES.exec(text);
    if (alternatives) {
        // each alternative is a token sequence "[max, NUMBER]"; its first token is what may stand here
        const firsts = [...alternatives[1].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].split(',')[0].trim()).filter((t) => t !== '');
        if (firsts.length > 0) return { expected: firsts, found: alternatives[2] };
    }
    const character = UNEXPECTED_CHARACTER.exec(text);
    if (character) return { character: character[1] };
    if (text === NESTING_TOO_DEEP) return { tooDeep: MAX_NESTING };
    return { unreadable: true };
}

/** A string whose closing quote is missing, from its opening quote to the end of its line. */
export function unterminatedStringFinding(line: number, column: number, lineLength: number, locale: Locale): Diagnostic {
    return {
        severity: 1,
        range: { start: { line, character: column }, end: { line, character: lineLength } },
        message: diagnosticMessage(locale, IssueCodes.UnterminatedString, {}),
        code: IssueCodes.UnterminatedString,
        data: { code: IssueCodes.UnterminatedString },
        source: 'rubric',
    };
}

/** A `{` never closed, with the place the parser gave up as related information. */
export function unclosedBraceFinding(range: Range, gaveUp: Location | undefined, locale: Locale): Diagnostic {
    return {
        severity: 1,
        range,
        message: diagnosticMessage(locale, IssueCodes.UnclosedBrace, {}),
        code: IssueCodes.UnclosedBrace,
        data: { code: IssueCodes.UnclosedBrace },
        source: 'rubric',
        ...(gaveUp ? { relatedInformation: [{ location: gaveUp, message: relatedMessage(locale, 'parserGaveUp') }] } : {}),
    };
}

/** `1,5` where a number belongs, with `1.5` for the quick fix. */
export function decimalCommaFinding(range: Range, written: string, locale: Locale): Diagnostic {
    const replacement = written.replace(',', '.');
    return {
        severity: 1,
        range,
        message: diagnosticMessage(locale, IssueCodes.DecimalComma, { point: replacement, comma: written }),
        code: IssueCodes.DecimalComma,
        data: { code: IssueCodes.DecimalComma, replacement },
        source: 'rubric',
    };
}
