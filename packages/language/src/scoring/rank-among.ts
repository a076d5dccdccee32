import type { Fixed } from '../decimal/fixed.js';

/** What ranking compares of a unit: its total over its applicable maximum; the id breaks ties in the listing. */
type Rankable = { readonly unit: { readonly id: string }; readonly total: Fixed; readonly max: Fixed; readonly index: Fixed | undefined };

/** A unit's place among the others it was ranked with; rank undefined when nothing applies to it. */
export type Placed<S> = { readonly score: S; readonly rank: number | undefined; readonly of: number };

/**
 * Ranks units by index (total over applicable maximum, compared exactly), best first, then those without
 * an index. Ties share a rank: "shared" gives 1, 2, 2, 4 and "dense" 1, 2, 2, 3.
 */
export function rankAmong<S extends Rankable>(units: readonly S[], ties: 'shared' | 'dense'): Placed<S>[] {
    const ranked = units.filter((u) => u.index !== undefined).sort((a, b) => compareRatio(b, a) || compareText(a.unit.id, b.unit.id));
    const unranked = units.filter((u) => u.index === undefined).sort((a, b) => compareText(a.unit.id, b.unit.id));
    const placed: Placed<S>[] = [];
    let rank = 0;
    let dense = 0;
    ranked.forEach((unit, position) => {
        const tied = position > 0 && compareRatio(unit, ranked[position - 1]) === 0;
        if (!tied) {
            dense++;
            rank = ties === 'dense' ? dense : position + 1;
        }
        placed.push({ score: unit, rank, of: ranked.length });
    });
    for (const unit of unranked) placed.push({ score: unit, rank: undefined, of: ranked.length });
    return placed;
}

export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Sign of a.total / a.max − b.total / b.max, exactly (both maxima positive). */
function compareRatio(a: Rankable, b: Rankable): number {
    if (a.max === b.max) return Math.sign(a.total - b.total);
    const left = BigInt(a.total) * BigInt(b.max);
    const right = BigInt(b.total) * BigInt(a.max);
    return left === right ? 0 : left > right ? 1 : -1;
}
