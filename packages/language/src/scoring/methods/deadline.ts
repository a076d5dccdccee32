import { fromInteger, toNumber, type Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { dayNumber, dayText } from '../../calendar/calendar-day.js';
import { exactFigure, PlanError } from '../plan-error.js';
import { givesText, metricLabel } from '../reason-words.js';
import { reasonText } from '../reason-text.js';
import type { ScoringMethod, ScoringRun } from './scoring-method.js';

/** A date metric against a due date (plus grace days): on time, late, or missing when there is no date. */
export type DeadlineMethod = {
    readonly method: 'deadline';
    readonly metric: number;
    readonly due: string;
    /** The last day still on time: due + grace days, as days since 1970-01-01 (a Fixed, as date values are). */
    readonly lastDay: Fixed;
    readonly graceDays: number;
    readonly onTime: Fixed;
    readonly late: Fixed;
    readonly missing: Fixed;
};

/** The status and the day it was decided on (days since 1970-01-01). */
export type DeadlineDetail = { readonly kind: 'deadline'; readonly status: 'onTime' | 'late' | 'missing'; readonly day: number | undefined };

const DEADLINE_MISSING: DeadlineDetail = { kind: 'deadline', status: 'missing', day: undefined };

export const deadline: ScoringMethod<Extract<Scoring, { method: 'deadline' }>, DeadlineMethod, DeadlineDetail> = {
    prepare(scoring, { code, metricIndex }) {
        const due = dayNumber(scoring.due);
        if (due === undefined) throw new PlanError(`due date of ${code}`);
        return {
            method: 'deadline',
            metric: metricIndex(scoring.metric),
            due: scoring.due,
            lastDay: fromInteger(due + scoring.graceDays),
            graceDays: scoring.graceDays,
            onTime: exactFigure(scoring.onTime, `onTime of ${code}`),
            late: exactFigure(scoring.late, `late of ${code}`),
            missing: exactFigure(scoring.missing, `missing of ${code}`),
        };
    },
    explain(method, detail, { metrics, computed, locale }) {
        const metric = metricLabel(metrics[method.metric]);
        const gives = givesText(computed!, locale);
        if (detail.status === 'missing') return reasonText(locale, 'deadline.missing', { metric, gives });
        const grace = method.graceDays > 0 ? reasonText(locale, 'deadline.grace', { days: method.graceDays }) : '';
        const facts = { metric, day: dayText(detail.day!), due: method.due, grace, gives };
        return reasonText(locale, detail.status === 'onTime' ? 'deadline.onTime' : 'deadline.late', facts);
    },
};

export function scoreDeadline(run: ScoringRun, method: DeadlineMethod): DeadlineDetail {
    // no date means the document was never issued: that is the "missing" outcome, not absent input
    const day = run.values[method.metric];
    if (typeof day !== 'number') {
        run.computed = method.missing;
        return DEADLINE_MISSING;
    }
    const onTime = day <= method.lastDay;
    run.computed = onTime ? method.onTime : method.late;
    return { kind: 'deadline', status: onTime ? 'onTime' : 'late', day: toNumber(day) };
}
