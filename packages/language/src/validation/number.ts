import type { AstNode } from 'langium';
import type { Fixed } from '../decimal/fixed.js';
import { readFigure, type Figure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

type Where = { node: AstNode; property?: string };

/**
 * A figure read for a check, its mistakes reported here and nowhere else: text that is no number, or a
 * number beyond what the decimals hold. Percentages and plain decimals are the caller's to tell apart.
 */
export function reportedFigure(text: string, where: Where, report: Reporter): Exclude<Figure, { kind: 'malformed' | 'too-large' }> | undefined {
    const figure = readFigure(text);
    if (figure.kind === 'malformed' || figure.kind === 'too-large') {
        report.error(figure.kind === 'malformed' ? IssueCodes.MalformedNumber : IssueCodes.NumberTooLarge, { text }, where);
        return undefined;
    }
    return figure;
}

/** A plain decimal where one is required (points, amounts, caps): a percentage there is malformed too. */
export function reportedDecimal(text: string, where: Where, report: Reporter): Fixed | undefined {
    const figure = reportedFigure(text, where, report);
    if (figure?.kind === 'decimal') return figure.value;
    if (figure) reportMalformed(text, where, report);
    return undefined;
}

export function reportMalformed(text: string, where: Where, report: Reporter): void {
    report.error(IssueCodes.MalformedNumber, { text }, where);
}

/** A count of days or documents: digits only. */
export function checkWholeNumber(text: string, where: Where, report: Reporter): void {
    if (!/^\d+$/.test(text)) reportMalformed(text, where, report);
}
