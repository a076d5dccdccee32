import { AstUtils, type LangiumDocument } from 'langium';
import { isUnknownWord, type Node } from '../generated/ast.js';

/** True when the parser already complained inside this node's text: its gaps are not new findings. */
export function hasSyntaxErrorWithin(document: LangiumDocument, offset: number, end: number): boolean {
    for (const error of document.parseResult.parserErrors) {
        const at = error.token.startOffset;
        if (Number.isFinite(at) && at >= offset && at <= end) return true;
    }
    return false;
}

/**
 * A node whose gaps are echoes of a mistake already reported: a typo like `mx 18.5` is an unknown word,
 * and its missing max or method the same mistake; so is anything missing where the parser had to recover.
 */
export function gapsAreEchoes(node: Node): boolean {
    if (node.unknown.length > 0 || node.members.some(isUnknownWord)) return true;
    const cst = node.$cstNode;
    return cst !== undefined && hasSyntaxErrorWithin(AstUtils.getDocument(node), cst.offset, cst.end);
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
