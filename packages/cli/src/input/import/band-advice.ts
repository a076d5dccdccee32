import { toText, type Fixed, type Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { boundOperator, percentBounds, saysBelow } from './outcome-text.js';
import type { TablePlace } from './source-table.js';

type Outcome = { label: string; points: Fixed; place: TablePlace };

/**
 * Outcomes that read like bands over a figure ("Trên 90%", "Từ 70% - 90%", "Dưới 70%") stay a choice, as
 * the sheet has them, but the words rarely say which outcome a value exactly on a bound gets. The advice
 * names the bounds two outcomes share and shows the same outcomes written as `bands`, with the operator
 * the words suggest, for the author to confirm.
 */
export function bandAdvice(outcomes: readonly Outcome[], locale: Locale): { place: TablePlace; message: string } | undefined {
    const bounds = outcomes.map((o) => percentBounds(o.label));
    const first = bounds.findIndex((b) => b.length > 0);
    if (first < 0) return undefined;
    const counts = new Map<number, number>();
    for (const own of bounds) for (const bound of new Set(own)) counts.set(bound, (counts.get(bound) ?? 0) + 1);
    // a bound is clear where one of the outcomes sharing it says "dưới X" (below): the other then holds X
    const ambiguous = [...counts]
        .filter(([bound, count]) => count > 1 && !outcomes.some((o) => saysBelow(o.label, bound)))
        .map(([bound]) => bound);
    const bands = outcomes.map((o, i) => {
        const points = toText(o.points);
        if (i === outcomes.length - 1 || bounds[i].length === 0) return `else "…": ${points}`;
        const threshold = Math.min(...bounds[i]);
        return `${boundOperator(o.label, threshold)} ${threshold}% "…": ${points}`;
    });
    // once an else is written, the bands after it can never apply: cut the example there
    const end = bands.findIndex((band) => band.startsWith('else'));
    const example = `{ ${bands.slice(0, end + 1).join('  ')} }`;
    const message =
        ambiguous.length > 0
            ? text(locale, 'importBandText', { bounds: ambiguous.map((b) => `${b}%`).join(', '), bands: example })
            : text(locale, 'importBandTextClear', { bands: example });
    return { place: outcomes[first].place, message };
}
