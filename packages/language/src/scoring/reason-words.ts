import { formatFixed, toNumber, type Fixed } from '../decimal/fixed.js';
import type { Locale } from '../i18n/locale.js';
import { dayText } from '../calendar/calendar-day.js';
import type { Value } from './expression.js';
import type { PlanMetric } from './plan-types.js';
import { reasonText } from './reason-text.js';

/** The words every reason is built from: figures, points and metric values in the reader's language. */

export function numberText(value: Fixed, locale: Locale): string {
    return formatFixed(value, locale);
}

/** "→ 1 điểm": what a rule gives. */
export function givesText(value: Fixed, locale: Locale): string {
    return reasonText(locale, 'gives', { points: value });
}

/** The metric as the rubric's reader knows it: its title, or its name where it has none. */
export function metricLabel(metric: PlanMetric): string {
    return metric.title ?? metric.name;
}

export function metricValueText(metric: PlanMetric, value: Value | undefined, locale: Locale): string {
    if (value === undefined) return reasonText(locale, 'none');
    if (typeof value === 'boolean') return reasonText(locale, value ? 'yes' : 'no');
    if (typeof value === 'string') return `"${value}"`;
    if (metric.type === 'date') return dateText(dayText(toNumber(value)), locale);
    return numberText(value, locale) + (metric.type === 'percent' ? '%' : '');
}

/** An ISO date as the reader writes it: 15/12/2025 in Vietnamese. */
function dateText(iso: string, locale: Locale): string {
    return reasonText(locale, 'date', { day: iso });
}
