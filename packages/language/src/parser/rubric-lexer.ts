import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

type IToken = LexerResult['tokens'][number];

/**
 * Braces and parentheses nested deeper than this are not parsed. Real rubrics nest about 6 levels (field,
 * criterion, item, a choice block, a formula's brackets); the recursive-descent parser overflows the
 * stack somewhere past 140 levels, and an overflow leaves the shared parser broken for every later
 * document — so a hostile or runaway file gets one syntax error instead.
 */
export const MAX_NESTING = 50;

/**
 * Langium attaches the comments before a token with one `splice(…spread)`, which overflows the stack past
 * ~100,000 arguments: longer runs of comments are kept as a single comment block.
 */
export const MAX_COMMENT_RUN = 10_000;

const OPENING = new Set(['{', '(']);
const CLOSING = new Set(['}', ')']);

/** The lexer error for too deep a nesting; the validator words it in the user's language (syntax.ts). */
export const NESTING_TOO_DEEP = 'nesting too deep';

/** Langium's lexer, then the nesting limit: tokens deeper than MAX_NESTING are dropped with one error. */
export class RubricLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = this.limitNesting(super.tokenize(text, options));
        return result.hidden.length > MAX_COMMENT_RUN ? { ...result, hidden: mergeLongCommentRuns(text, result.tokens, result.hidden) } : result;
    }

    private limitNesting(result: LexerResult): LexerResult {
        let depth = 0;
        let skipping = false;
        const kept: IToken[] = [];
        const skippedSpans: [number, number][] = [];
        for (const token of result.tokens) {
            const image = token.image;
            let skip = depth > MAX_NESTING;
            if (OPENING.has(image)) {
                depth += 1;
                skip = depth > MAX_NESTING;
            } else if (CLOSING.has(image) && depth > 0) {
                depth -= 1;
            }
            if (!skip) {
                kept.push(token);
                skipping = false;
                continue;
            }
            if (!skipping) {
                skippedSpans.push([token.startOffset, token.endOffset ?? token.startOffset]);
                if (skippedSpans.length === 1) {
                    result.errors.push({
                        offset: token.startOffset,
                        line: token.startLine,
                        column: token.startColumn,
                        length: image.length,
                        message: NESTING_TOO_DEEP,
                    });
                }
            }
            skippedSpans[skippedSpans.length - 1][1] = token.endOffset ?? token.startOffset;
            skipping = true;
        }
        if (skippedSpans.length === 0) return result;
        const outside = (token: IToken) => !skippedSpans.some(([from, to]) => token.startOffset >= from && token.startOffset <= to);
        return { ...result, tokens: kept, hidden: result.hidden.filter(outside) };
    }
}

/** Runs of more than MAX_COMMENT_RUN comments between two tokens become one token spanning the run. */
function mergeLongCommentRuns(text: string, tokens: IToken[], hidden: IToken[]): IToken[] {
    const merged: IToken[] = [];
    let next = 0; // the first token after the current run
    let i = 0;
    while (i < hidden.length) {
        while (next < tokens.length && tokens[next].startOffset < hidden[i].startOffset) next++;
        const limit = next < tokens.length ? tokens[next].startOffset : Infinity;
        let end = i;
        while (end + 1 < hidden.length && hidden[end + 1].startOffset < limit) end++;
        if (end - i + 1 > MAX_COMMENT_RUN) {
            const first = hidden[i];
            const last = hidden[end];
            const endOffset = last.endOffset ?? last.startOffset + last.image.length - 1;
            merged.push({ ...first, image: text.slice(first.startOffset, endOffset + 1), endOffset, endLine: last.endLine, endColumn: last.endColumn });
        } else {
            for (let k = i; k <= end; k++) merged.push(hidden[k]);
        }
        i = end + 1;
    }
    return merged;
}
