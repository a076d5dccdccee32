import { isEvidence, isNode, isRubric, type UnknownWord } from '../generated/ast.js';
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

export function checkUnknownWord(word: UnknownWord, report: Reporter): void {
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
