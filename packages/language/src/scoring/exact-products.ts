import { divide as bigDivide, multiply as bigMultiply, SCALE, type Fixed } from '../decimal/fixed.js';

/**
 * The products and quotients scoring needs, exactly as decimal/fixed.ts computes them (rounded half away
 * from zero to a millionth), but without BigInt when every intermediate is an integer that a double holds
 * exactly — which is nearly always: a point total times 10⁸ is below 2⁵³. Larger figures take fixed.ts's
 * BigInt route, so results never depend on which path ran (the tests compare both on random figures).
 */

/** Integers up to 2⁵² in magnitude: their sums with one another are still exact doubles. */
const EXACT = 2 ** 52;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * n ÷ d rounded half away from zero, for integers |n|, |d| ≤ 2⁵² and d ≠ 0. The double quotient's floor
 * is at most one off; the remainder, computed exactly, corrects it.
 */
function roundedQuotient(n: number, d: number): number {
    if (n === 0) return 0; // also for −0: BigInt has no negative zero, so neither do these results
    const negative = n < 0 !== d < 0;
    const num = n < 0 ? -n : n;
    const den = d < 0 ? -d : d;
    let q = Math.floor(num / den);
    let r = num - q * den;
    while (r < 0) {
        q--;
        r += den;
    }
    while (r >= den) {
        q++;
        r -= den;
    }
    if (2 * r >= den) q++;
    return negative && q !== 0 ? -q : q;
}

/** a × b, as fixed.ts's multiply. */
export function multiplyExact(a: Fixed, b: Fixed): Fixed | undefined {
    const product = a * b;
    if (product <= EXACT && product >= -EXACT) return roundedQuotient(product, SCALE) as Fixed;
    return bigMultiply(a, b);
}

/** a ÷ b, as fixed.ts's divide (undefined for division by zero or overflow). */
export function divideExact(a: Fixed, b: Fixed): Fixed | undefined {
    if (b === 0) return undefined;
    const numerator = a * SCALE;
    if (numerator <= EXACT && numerator >= -EXACT && b <= EXACT && b >= -EXACT) return roundedQuotient(numerator, b) as Fixed;
    return bigDivide(a, b);
}

/** value % of max (value × max ÷ 100), rounded to a millionth once; value and max are never negative. */
export function percentOfExact(value: Fixed, max: Fixed): Fixed {
    const product = value * max;
    if (product >= 0 && product <= EXACT) return roundedQuotient(product, 100 * SCALE) as Fixed;
    const denominator = BigInt(SCALE) * 100n;
    return Number((2n * BigInt(value) * BigInt(max) + denominator) / (2n * denominator)) as Fixed;
}

/** Sign of a × b − c × d for integers, exactly. */
export function compareProducts(a: number, b: number, c: number, d: number): number {
    const left = a * b;
    const right = c * d;
    if (left <= MAX_SAFE && left >= -MAX_SAFE && right <= MAX_SAFE && right >= -MAX_SAFE) {
        return left === right ? 0 : left > right ? 1 : -1;
    }
    const bigLeft = BigInt(a) * BigInt(b);
    const bigRight = BigInt(c) * BigInt(d);
    return bigLeft === bigRight ? 0 : bigLeft > bigRight ? 1 : -1;
}
