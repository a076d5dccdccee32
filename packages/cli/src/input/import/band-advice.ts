import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import { boundOperator, percentBounds } from './outcome-text.js';
import type { TablePlace } from './source-table.js';
import { toText, type Fixed } from '@par-rubric/language';

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
    const shared = [...counts].filter(([, count]) => count > 1).map(([bound]) => bound);
    const ambiguous = shared.length > 0 ? shared : [...counts.keys()];
    const bands = outcomes.map((o, i) => {
        const points = toText(o.points);
        if (i === outcomes.length - 1 || bounds[i].length === 0) return `else "…": ${points}`;
        const threshold = Math.min(...bounds[i]);
        return `${boundOperator(o.label, threshold)} ${threshold}% "…": ${points}`;
    });
    // once an else is written, the bands after it can never apply: cut the example there
    const end = bands.findIndex((band) => band.startsWith('else'));
    return {
        place: outcomes[first].place,
        message: text(locale, 'importBandText', { bounds: ambiguous.map((b) => `${b}%`).join(', '), bands: `{ ${bands.slice(0, end + 1).join('  ')} }` }),
    };
}
