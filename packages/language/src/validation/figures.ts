import { parseFixed, type Fixed } from '../decimal/fixed.js';

/** A NUMBER token read for what it is: a plain decimal, a percentage, or neither. */
export type Figure =
    | { kind: 'decimal'; value: Fixed }
    | { kind: 'percent'; value: Fixed }
    | { kind: 'malformed' }
    | { kind: 'too-large' };

const PLAIN = /^\d+(\.\d+)?$/;

export function readFigure(text: string): Figure {
    // after a syntax error the parser may leave a required value unset, whatever the AST's type says
    if (typeof text !== 'string') return { kind: 'malformed' };
    const percent = text.endsWith('%');
    const body = percent ? text.slice(0, -1) : text;
    if (!PLAIN.test(body)) return { kind: 'malformed' };
    const value = parseFixed(body);
    if (value === undefined) return { kind: 'too-large' };
    return percent ? { kind: 'percent', value } : { kind: 'decimal', value };
}

/** A plain decimal's value; undefined for percentages and bad text. */
export function decimalValue(text: string | undefined): Fixed | undefined {
    if (text === undefined) return undefined;
    const figure = readFigure(text);
    return figure.kind === 'decimal' ? figure.value : undefined;
}

export const CODE_SHAPE = /^\d+(\.\d+)*$/;
