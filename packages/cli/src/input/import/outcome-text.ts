import { parseFixed, type Fixed } from '@par-rubric/language';
import { oneLine, plainWords } from './tidy-text.js';

const FIGURE = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`(?:\u0111i\u1EC3m|\u0111|points?|pts?)`;
/** "…: 1", "…: 0,5", "…: 1 điểm", "… (1 điểm)", "… 1 điểm": the points written at the end of an outcome. */
const TRAILING_POINTS = [
    new RegExp(String.raw`^(.*?)\s*[:\uFF1A]\s*${FIGURE}\s*${UNIT}?\s*\.?$`, 'iu'),
    new RegExp(String.raw`^(.*?)\s*\(\s*${FIGURE}\s*${UNIT}\s*\)\s*\.?$`, 'iu'),
    new RegExp(String.raw`^(.*?)\s*[-\u2013:]?\s*${FIGURE}\s*${UNIT}\s*\.?$`, 'iu'),
];
/** An outcome followed by a note of the annex: "Không ban hành: 0. Cơ quan chủ trì: Sở Nội vụ". */
const OUTCOME_THEN_NOTE = new RegExp(String.raw`^(.*?[:\uFF1A]\s*${FIGURE}\s*${UNIT}?)\.\s+(.+)$`, 'iu');

export type OutcomeText = { label: string; points: Fixed };

/** "2", "0,5", "1.5 điểm": a figure of points, with a decimal point or comma; undefined for anything else. */
export function pointsOf(value: string | number | undefined): Fixed | undefined {
    if (value === undefined) return undefined;
    const text = typeof value === 'number' ? String(value) : value;
    const match = new RegExp(String.raw`^\s*${FIGURE}\s*${UNIT}?\s*$`, 'iu').exec(text);
    return match ? parseFixed(match[1].replace(',', '.')) : undefined;
}

/** One outcome whose points end its text ("Ban hành kịp thời: 1"), or undefined. */
export function outcomeWithPoints(text: string): OutcomeText | undefined {
    const line = oneLine(text);
    for (const pattern of TRAILING_POINTS) {
        const match = pattern.exec(line);
        const points = match ? parseFixed(match[2].replace(',', '.')) : undefined;
        if (match && points !== undefined && match[1].trim() !== '') return { label: match[1].trim(), points };
    }
    return undefined;
}

/**
 * Outcomes written in one cell, separated by semicolons or line breaks ("Ban hành kịp thời: 1; Ban hành
 * không kịp thời: 0,5; Không ban hành: 0"), each with its points; notes after the last outcome ("… : 0.
 * Cơ quan chủ trì: …") are returned apart. Undefined when any part has no points.
 */
export function outcomeList(text: string): { outcomes: OutcomeText[]; notes: string[] } | undefined {
    const parts = text.split(/\s*[;\n]\s*/).filter((part) => part !== '');
    const outcomes: OutcomeText[] = [];
    const notes: string[] = [];
    for (let i = 0; i < parts.length; i++) {
        if (notes.length > 0) {
            notes.push(parts[i]);
            continue;
        }
        const outcome = outcomeWithPoints(parts[i]);
        if (outcome) {
            outcomes.push(outcome);
            continue;
        }
        const withNote = OUTCOME_THEN_NOTE.exec(parts[i]);
        const noted = withNote ? outcomeWithPoints(withNote[1]) : undefined;
        if (!withNote || !noted) return undefined;
        outcomes.push(noted);
        notes.push(withNote[3]);
    }
    return outcomes.length > 0 ? { outcomes, notes } : undefined;
}

/** The percentages an outcome text names ("từ 70% - 90%" → 70, 90): a band over a figure, in words. */
export function percentBounds(label: string): number[] {
    const words = plainWords(label);
    const bounds: number[] = [];
    for (const match of words.matchAll(/(\d+(?:[.,]\d+)?)\s*(?:%|(?=\s*(?:-|\u2013|den|to)\s*(?:duoi\s*)?\d+(?:[.,]\d+)?\s*%))/g)) {
        bounds.push(Number(match[1].replace(',', '.')));
    }
    return bounds;
}

/** How a band's condition reads in words: "trên 90%" is strictly above, "từ 70%" or "70% trở lên" from. */
export function boundOperator(label: string, bound: number): '>' | '>=' {
    const words = plainWords(label);
    const figure = String(bound).replace('.', '[.,]');
    return new RegExp(String.raw`(tren|above|over|more than|hon)\s+${figure}\s*%`).test(words) ? '>' : '>=';
}

/** "dưới 70%", "below 70%": the text puts the bound itself outside this outcome. */
export function saysBelow(label: string, bound: number): boolean {
    const figure = String(bound).replace('.', '[.,]');
    return new RegExp(String.raw`(duoi|below|under|less than|nho hon)\s+${figure}\s*%`).test(plainWords(label));
}
