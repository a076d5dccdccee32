import { fromNumber, SCALE, type Fixed } from '../decimal/fixed.js';

/** Below this magnitude doubles are spaced far finer than a millionth, so rounding finds the decimal. */
const FAST_LIMIT = 1e9;

/**
 * A JSON number read as the decimal it prints as (0.1 is exactly 0.1), as decimal/fixed.ts's fromNumber
 * does, without going through text: scaling and rounding finds the candidate, and dividing back checks
 * that the number really is that decimal. Anything finer than a millionth, or very large, takes the text
 * route. Scoring reads every figure of every assessment, so this is its hottest path.
 */
export function exactNumber(value: number): Fixed | undefined {
    if (value > -FAST_LIMIT && value < FAST_LIMIT) {
        const scaled = Math.round(value * SCALE);
        if (scaled / SCALE === value) return (scaled === 0 ? 0 : scaled) as Fixed;
    }
    return fromNumber(value);
}
