import type { LangiumDocument } from 'langium';

/** True when the parser already complained inside this node's text: its gaps are not new findings. */
export function hasSyntaxErrorWithin(document: LangiumDocument, offset: number, end: number): boolean {
    for (const error of document.parseResult.parserErrors) {
        const at = error.token.startOffset;
        if (Number.isFinite(at) && at >= offset && at <= end) return true;
    }
    return false;
}

/**
 * Lines whose string quotes do not pair up, each with the column of the quote that opens the trouble.
 * Strings are single-line, so a missing closing quote shows as an odd count on its line; comments and
 * escaped quotes are skipped.
 */
export function linesWithUnpairedQuotes(text: string): Map<number, number> {
    const result = new Map<number, number>();
    const lines = text.split(/\r\n|\r|\n/);
    let inBlockComment = false;
    lines.forEach((line, lineIndex) => {
        let inString = false;
        let opening = -1;
        let lastOpening = -1;
        for (let i = 0; i < line.length; i++) {
            const ch = line[i];
            if (inBlockComment) {
                if (ch === '*' && line[i + 1] === '/') {
                    inBlockComment = false;
                    i++;
                }
                continue;
            }
            if (inString) {
                if (ch === '\\') i++;
                else if (ch === '"') inString = false;
                continue;
            }
            if (ch === '/' && line[i + 1] === '/') break;
            if (ch === '/' && line[i + 1] === '*') {
                inBlockComment = true;
                i++;
                continue;
            }
            if (ch === '"') {
                inString = true;
                lastOpening = i;
                if (opening < 0) opening = i;
            }
        }
        if (inString) result.set(lineIndex, lastOpening >= 0 ? lastOpening : opening);
    });
    return result;
}
