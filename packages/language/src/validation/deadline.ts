import type { Deadline } from '../generated/ast.js';
import { checkCalendarDate } from './date.js';
import { IssueCodes } from './issue-codes.js';
import { checkMetricType } from './metric.js';
import { checkWholeNumber } from './number.js';
import { reportRepeatedOutcomes } from './outcome.js';
import { checkOutcomePoints, leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** A deadline scores on time, late and missing, once each. */
export function deadlineScoresEveryStatus(deadline: Deadline, report: Reporter): void {
    if (!leafOf(deadline)) return;
    for (const status of ['onTime', 'late', 'missing'] as const) {
        const found = deadline.outcomes.filter((o) => o.status === status);
        if (found.length === 0) report.error(IssueCodes.DeadlineIncomplete, { status }, { node: deadline, keyword: 'deadline' });
        reportRepeatedOutcomes(status, found, 'status', report);
    }
}

/** A deadline reads a date metric against a real due date, with whole days of grace. */
export function deadlineReadsADate(deadline: Deadline, report: Reporter): void {
    if (!leafOf(deadline)) return;
    if (deadline.due) checkCalendarDate(deadline.due, { node: deadline, property: 'due' }, report);
    checkMetricType(deadline.metric?.ref, ['date'], { node: deadline, property: 'metric' }, report);
    if (deadline.graceDays !== undefined) checkWholeNumber(deadline.graceDays, { node: deadline, property: 'graceDays' }, report);
}

export function deadlinePointsFitTheLeaf(deadline: Deadline, report: Reporter): void {
    const leaf = leafOf(deadline);
    if (leaf) checkOutcomePoints(leaf, deadline.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}
