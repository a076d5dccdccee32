import type { AstNode } from 'langium';
import { isValidDate } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A date is a real calendar day written YYYY-MM-DD. */
export function checkCalendarDate(text: string, where: { node: AstNode; property: string }, report: Reporter): void {
    if (!isValidDate(text)) report.error(IssueCodes.InvalidDate, { text }, where);
}
