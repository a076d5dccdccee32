import type { AstNode } from 'langium';
import { dayNumber } from '../calendar/calendar-day.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A date is a real calendar day written YYYY-MM-DD. */
export function checkCalendarDate(text: string, where: { node: AstNode; property: string }, report: Reporter): void {
    if (dayNumber(text) === undefined) report.error(IssueCodes.InvalidDate, { text }, where);
}
