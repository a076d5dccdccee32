import { withoutMarks } from '@par-rubric/language/plain-letters';

/**
 * A cell's text with each line trimmed and its runs of spaces made one, blank lines dropped: what the
 * reader sees. Line breaks stay, so that outcomes written one per line in a cell can be told apart.
 */
export function tidyText(value: string): string {
    return value
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n');
}

/** The text on one line, as a title or an outcome label is written. */
export function oneLine(value: string): string {
    return value.replace(/\n/g, ' ');
}

/** Lower case without diacritics ("Điểm tối đa" → "diem toi da"), for recognising headings and wording. */
export function plainWords(value: string): string {
    return withoutMarks(value).toLowerCase();
}
