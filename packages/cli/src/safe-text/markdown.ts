import { terminalText } from './terminal.js';

/**
 * Text from a rubric or an assessment inside a Markdown report: it cannot open raw HTML (`<img onerror=…>`),
 * a link or an image (`[…](…)`), an entity, or a table cell, and it stays on its line. Only what would
 * change the markup is escaped, so that the source stays readable (`< 50%` keeps its `<`).
 */
export function markdownText(text: string): string {
    return terminalText(text)
        .replace(/\\/g, '\\\\')
        .replace(/<(?=[A-Za-z/!?])/g, '\\<')
        .replace(/&(?=[#A-Za-z])/g, '\\&')
        .replace(/[[\]|`]/g, (c) => `\\${c}`)
        .replace(/\r?\n|\r/g, ' ');
}
