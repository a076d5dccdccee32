import { formatFixed, SCALE, toNumber, type Fixed } from '../decimal/fixed.js';
import type { Locale } from '../i18n/locale.js';
import { dayText } from '../calendar/calendar-day.js';
import type { Value } from './expression.js';
import type { PlanMetric } from './plan-types.js';

/** The words every reason is built from: figures, points and metric values in the reader's language. */

export function numberText(value: Fixed, locale: Locale): string {
    return formatFixed(value, locale);
}

export function pointsText(value: Fixed, locale: Locale): string {
    if (locale === 'vi') return `${numberText(value, locale)} điểm`;
    return `${numberText(value, locale)} ${value === SCALE ? 'point' : 'points'}`;
}

/** "→ 1 điểm": what a rule gives. */
export function givesText(value: Fixed, locale: Locale): string {
    return `→ ${pointsText(value, locale)}`;
}

export function metricValueText(metric: PlanMetric, value: Value | undefined, locale: Locale): string {
    if (value === undefined) return locale === 'vi' ? 'không có' : 'none';
    if (typeof value === 'boolean') return locale === 'vi' ? (value ? 'có' : 'không') : value ? 'yes' : 'no';
    if (typeof value === 'string') return `"${value}"`;
    if (metric.type === 'date') return dayText(toNumber(value));
    return numberText(value, locale) + (metric.type === 'percent' ? '%' : '');
}
