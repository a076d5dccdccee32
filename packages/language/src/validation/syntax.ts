import type { Diagnostic } from 'vscode-languageserver-types';
import { isEvidence, isNode, isRubric, type UnknownWord } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { diagnosticMessage, type SyntaxDetail } from '../i18n/messages.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

const RUBRIC_WORDS = [
    'unitType', 'year', 'basis', 'total', 'step', 'ties', 'survey', 'missingEvidence',
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
const EARLY_END = /^Expecting (token of type 'EOF'|end of file) but found/;

/** Langium's lexer or parser complaint as our syntax finding, in the user's language. */
export function asSyntaxFinding(diagnostic: Diagnostic, text: string, locale: Locale): void {
    diagnostic.code = IssueCodes.SyntaxError;
    diagnostic.data = { ...(diagnostic.data as object), code: IssueCodes.SyntaxError, earlyEnd: EARLY_END.test(text) };
    diagnostic.message = diagnosticMessage(locale, IssueCodes.SyntaxError, { detail: syntaxDetail(text) });
}

/** Chevrotain's complaint; "the rubric ended before this token" means a brace above is missing or extra. */
function syntaxDetail(text: string): SyntaxDetail {
    const early = /^Expecting token of type 'EOF' but found `(.*)`\.?$/s.exec(text) ?? /^Expecting end of file but found `(.*)`\.?$/s.exec(text);
    return early ? { earlyEnd: early[1] } : { parser: text };
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
