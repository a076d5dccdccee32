import type { LexerResult } from 'langium';

type IToken = LexerResult['tokens'][number];

/**
 * The `{` that were never closed, found by indentation the way a reader finds them: a `}` that starts
 * its line closes the open brace whose line is indented as far as it, so any brace opened after that
 * one, on a line indented further, was left open. The parser cannot know this (it closes the innermost
 * brace and gives up hundreds of lines later); the indentation does. Without such evidence, a brace
 * still open at the end of the file is the innermost one left.
 */
export function unclosedBraces(tokens: readonly IToken[], text: string): IToken[] {
    const open: { token: IToken; indent: number }[] = [];
    const unclosed: IToken[] = [];
    for (const token of tokens) {
        if (token.image === '{') {
            open.push({ token, indent: indentation(text, token.startOffset) });
        } else if (token.image === '}') {
            const indent = leadingIndentation(text, token.startOffset);
            if (indent !== undefined) {
                let match = open.length - 1;
                while (match >= 0 && open[match].indent > indent) match--;
                if (match >= 0 && match < open.length - 1 && open[match].indent === indent) {
                    unclosed.push(...open.splice(match + 1).map((o) => o.token));
                }
            }
            open.pop();
        }
    }
    if (unclosed.length === 0 && open.length > 0) unclosed.push(open[open.length - 1].token);
    return unclosed;
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The width of the whitespace that starts the offset's line (a tab counts as one). */
function indentation(text: string, offset: number): number {
    const start = lineStart(text, offset);
    let end = start;
    while (end < offset && (text[end] === ' ' || text[end] === '\t')) end++;
    return end - start;
}

/** The indentation before the offset when only whitespace precedes it on its line. */
function leadingIndentation(text: string, offset: number): number | undefined {
    const indent = indentation(text, offset);
    return lineStart(text, offset) + indent === offset ? indent : undefined;
}

/**
 * `18,5`: a number, a comma and a number with nothing between them, where the parser refused the
 * comma, is a decimal comma (in a formula, `min(1,5)` parses and is left alone).
 */
export function decimalCommaAt(tokens: readonly IToken[], commaOffset: number): { start: IToken; end: IToken } | undefined {
    const index = tokens.findIndex((t) => t.startOffset === commaOffset);
    const [before, comma, after] = [tokens[index - 1], tokens[index], tokens[index + 1]];
    if (index < 1 || !after || comma.image !== ',') return undefined;
    const isNumber = (t: IToken) => t.tokenType.name === 'NUMBER';
    if (!isNumber(before) || !isNumber(after)) return undefined;
    const touching = before.startOffset + before.image.length === comma.startOffset && comma.startOffset + 1 === after.startOffset;
    return touching ? { start: before, end: after } : undefined;
}
