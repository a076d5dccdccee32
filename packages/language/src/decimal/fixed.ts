/**
 * Exact decimal arithmetic for points, metrics and indices.
 *
 * A value is an integer count of millionths held in a plain number ("fixed"): sums and comparisons are
 * integer operations, exact and as fast as floats, while products and quotients go through BigInt and
 * round half away from zero. Six decimals hold every real rubric figure (points go to 3 decimals,
 * percentages to 2); values beyond ±9,007,199,254 are refused at the edge, never silently rounded.
 */
export type Fixed = number & { readonly __fixed: unique symbol };

export const DIGITS = 6;
export const SCALE = 1_000_000;
const BIG_SCALE = 1_000_000n;

export const ZERO = 0 as Fixed;
export const ONE = SCALE as Fixed;
export const HUNDRED = (100 * SCALE) as Fixed;

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Reads "18.5", "-0.25", "1e-3" exactly; undefined for anything else or anything finer than 6 decimals. */
export function parseFixed(text: string): Fixed | undefined {
    const match = DECIMAL_TEXT.exec(text.trim());
    if (!match) return undefined;
    const [, sign, whole, fraction = '', exponentText] = match;
    let digits = whole + fraction;
    let pointAt = whole.length + (exponentText ? Number(exponentText) : 0);
    if (!Number.isFinite(pointAt) || Math.abs(pointAt) > 400) return undefined;
    if (pointAt < 0) {
        digits = '0'.repeat(-pointAt) + digits;
        pointAt = 0;
    }
    if (pointAt > digits.length) digits += '0'.repeat(pointAt - digits.length);
    const integerPart = digits.slice(0, pointAt) || '0';
    let fractionPart = digits.slice(pointAt);
    if (/[1-9]/.test(fractionPart.slice(DIGITS))) return undefined;
    fractionPart = fractionPart.slice(0, DIGITS).padEnd(DIGITS, '0');
    const scaled = BigInt(integerPart) * BIG_SCALE + BigInt(fractionPart);
    if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
    const value = Number(scaled);
    return (sign === '-' && value !== 0 ? -value : value) as Fixed;
}

/** Below this magnitude doubles are spaced far finer than a millionth, so rounding finds the decimal. */
const FAST_LIMIT = 1e9;

/**
 * A JavaScript number (e.g. from JSON) read as the decimal it prints as: 0.1 is exactly 0.1. Scaling and
 * rounding finds the candidate and dividing back checks that the number really is that decimal, without
 * going through text; anything finer than a millionth, or very large, takes the text route. Scoring reads
 * every figure of every assessment this way, so this is its hottest path.
 */
export function fromNumber(value: number): Fixed | undefined {
    if (value > -FAST_LIMIT && value < FAST_LIMIT) {
        const scaled = Math.round(value * SCALE);
        if (scaled / SCALE === value) return (scaled === 0 ? 0 : scaled) as Fixed;
    }
    return Number.isFinite(value) ? parseFixed(String(value)) : undefined;
}

export function fromInteger(value: number): Fixed {
    return (value * SCALE) as Fixed;
}

/** The JSON number for this decimal: the double nearest to it, which prints as the exact decimal. */
export function toNumber(value: Fixed): number {
    return value / SCALE;
}

/** Plain decimal text without trailing zeros: "73.34", "100", "-0.5". */
export function toText(value: Fixed): string {
    const negative = value < 0;
    const magnitude = Math.abs(value);
    const whole = Math.floor(magnitude / SCALE);
    const fraction = fractionDigits(magnitude);
    return (negative ? '-' : '') + String(whole) + (fraction ? '.' + fraction : '');
}

/** The digits after the decimal point, without trailing zeros ('' for a whole number). */
function fractionDigits(magnitude: number): string {
    const part = magnitude % SCALE;
    return part === 0 ? '' : String(part).padStart(DIGITS, '0').replace(/0+$/, '');
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Text for people: Vietnamese writes 73,34 and groups thousands with dots (10.177). Reports write
 * millions of figures, so it is built directly rather than by splitting toText's result.
 */
export function formatFixed(value: Fixed, locale: 'vi' | 'en', minimumDecimals = 0): string {
    const magnitude = Math.abs(value);
    const whole = Math.floor(magnitude / SCALE);
    let fraction = fractionDigits(magnitude);
    if (fraction.length < minimumDecimals) fraction = fraction.padEnd(minimumDecimals, '0');
    const wholeText = whole < 1000 ? String(whole) : String(whole).replace(THOUSANDS, locale === 'vi' ? '.' : ',');
    return (value < 0 ? '-' : '') + wholeText + (fraction ? (locale === 'vi' ? ',' : '.') + fraction : '');
}

/** A text parameter that should hold a Fixed (its slot says `:points`); anything else is written as given. */
export function formatFixedParam(value: unknown, locale: 'vi' | 'en'): string {
    return Number.isSafeInteger(value) ? formatFixed(value as Fixed, locale) : String(value);
}

export function add(a: Fixed, b: Fixed): Fixed {
    return (a + b) as Fixed;
}

export function subtract(a: Fixed, b: Fixed): Fixed {
    return (a - b) as Fixed;
}

export function sum(values: Iterable<Fixed>): Fixed {
    let total = 0;
    for (const value of values) total += value;
    return total as Fixed;
}

export function negate(a: Fixed): Fixed {
    return (a === 0 ? 0 : -a) as Fixed;
}

export function min(a: Fixed, b: Fixed): Fixed {
    return a < b ? a : b;
}

export function max(a: Fixed, b: Fixed): Fixed {
    return a > b ? a : b;
}

export function clamp(value: Fixed, low: Fixed, high: Fixed): Fixed {
    return value < low ? low : value > high ? high : value;
}

export function compare(a: Fixed, b: Fixed): -1 | 0 | 1 {
    return a < b ? -1 : a > b ? 1 : 0;
}

function roundQuotient(numerator: bigint, denominator: bigint): bigint {
    const negative = (numerator < 0n) !== (denominator < 0n);
    const n = numerator < 0n ? -numerator : numerator;
    const d = denominator < 0n ? -denominator : denominator;
    const rounded = (2n * n + d) / (2n * d);
    return negative ? -rounded : rounded;
}

function toSafe(value: bigint): Fixed | undefined {
    return value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)
        ? undefined
        : (Number(value) as Fixed);
}

/*
 * Products and quotients avoid BigInt when every intermediate is an integer that a double holds exactly,
 * which is nearly always (a point total times 10⁸ is below 2⁵³); larger figures take the BigInt route,
 * and both round the same way, so a result never depends on which route ran.
 */

/** Integers up to 2⁵² in magnitude: their sums with one another are still exact doubles. */
const EXACT = 2 ** 52;

/**
 * n ÷ d rounded half away from zero, for integers |n|, |d| ≤ 2⁵² and d ≠ 0. The double quotient's floor
 * is at most one off; the remainder, computed exactly, corrects it.
 */
function roundedQuotient(n: number, d: number): Fixed {
    if (n === 0) return ZERO; // also for −0: BigInt has no negative zero, so neither do these results
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
    return (negative && q !== 0 ? -q : q) as Fixed;
}

/** a × b rounded to 6 decimals; undefined when the product leaves the representable range. */
export function multiply(a: Fixed, b: Fixed): Fixed | undefined {
    const product = a * b;
    if (product <= EXACT && product >= -EXACT) return roundedQuotient(product, SCALE);
    return toSafe(roundQuotient(BigInt(a) * BigInt(b), BIG_SCALE));
}

/** a ÷ b rounded to 6 decimals; undefined for division by zero or overflow. */
export function divide(a: Fixed, b: Fixed): Fixed | undefined {
    if (b === 0) return undefined;
    const numerator = a * SCALE;
    if (numerator <= EXACT && numerator >= -EXACT && b <= EXACT && b >= -EXACT) return roundedQuotient(numerator, b);
    return toSafe(roundQuotient(BigInt(a) * BIG_SCALE, BigInt(b)));
}

/** value % of max (value × max ÷ 100), rounded to a millionth once; value and max are never negative. */
export function percentOf(value: Fixed, max: Fixed): Fixed {
    const product = value * max;
    if (product >= 0 && product <= EXACT) return roundedQuotient(product, 100 * SCALE);
    return toSafe(roundQuotient(BigInt(value) * BigInt(max), BIG_SCALE * 100n)) ?? max;
}

/** Sign of a × b − c × d for integers (Fixed or counts), exactly. */
export function compareProducts(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
    const left = a * b;
    const right = c * d;
    if (left <= Number.MAX_SAFE_INTEGER && left >= -Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER && right >= -Number.MAX_SAFE_INTEGER) {
        return left === right ? 0 : left > right ? 1 : -1;
    }
    const bigLeft = BigInt(a) * BigInt(b);
    const bigRight = BigInt(c) * BigInt(d);
    return bigLeft === bigRight ? 0 : bigLeft > bigRight ? 1 : -1;
}

/**
 * A percentage as the ratio it stands for (90% → 0.9), exactly; undefined when the ratio would need more
 * than 6 decimals (33.33335% → 0.3333335), so that nobody rounds a threshold behind the author's back.
 */
export function percentToRatio(percent: Fixed): Fixed | undefined {
    return percent % 100 === 0 ? ((percent / 100) as Fixed) : undefined;
}

/** part as a percentage of whole (48 of 60 → 80), rounded to 6 decimals; undefined when whole is 0. */
export function percentageOf(part: Fixed, whole: Fixed): Fixed | undefined {
    return divide((part * 100) as Fixed, whole);
}

/** part as a percentage of whole to two decimals, as shares are shown (7 of 60 → 11.67); undefined when whole is not positive. */
export function percentShare(part: Fixed, whole: Fixed): Fixed | undefined {
    if (whole <= 0) return undefined;
    const percent = percentageOf(part, whole);
    return percent === undefined ? undefined : roundToStep(percent, (SCALE / 100) as Fixed);
}

/** part as a percentage of whole (48 of 60 → 80), when 6 decimals hold it exactly; undefined otherwise. */
export function exactPercentOf(part: Fixed, whole: Fixed): Fixed | undefined {
    if (whole <= 0) return undefined;
    const numerator = BigInt(part) * 100n * BIG_SCALE;
    const denominator = BigInt(whole);
    return numerator % denominator === 0n ? toSafe(numerator / denominator) : undefined;
}

export function isMultipleOf(value: Fixed, step: Fixed): boolean {
    return step > 0 ? value % step === 0 : true;
}

export type Rounding = 'half-up' | 'down' | 'up';

/** Rounds to a multiple of step (0.01, 0.25, …); half-up rounds halves away from zero. */
export function roundToStep(value: Fixed, step: Fixed, rounding: Rounding = 'half-up'): Fixed {
    if (step <= 0) return value;
    const remainder = ((value % step) + step) % step;
    if (remainder === 0) return value;
    const down = value - remainder;
    if (rounding === 'down') return down as Fixed;
    if (rounding === 'up') return (down + step) as Fixed;
    return (2 * remainder >= step ? down + step : down) as Fixed;
}

/**
 * An exact quotient of decimals, numerator ÷ denominator millionths (denominator > 0): what a formula's
 * products and quotients make before anything is rounded, so that a result is rounded once, to its step.
 */
export type Quotient = { readonly numerator: bigint; readonly denominator: bigint };

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

export function toQuotient(value: Fixed): Quotient {
    return { numerator: BigInt(value), denominator: 1n };
}

export function addQuotients(a: Quotient, b: Quotient): Quotient {
    if (a.denominator === b.denominator) return { numerator: a.numerator + b.numerator, denominator: a.denominator };
    return { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

export function negateQuotient(a: Quotient): Quotient {
    return { numerator: -a.numerator, denominator: a.denominator };
}

export function multiplyQuotients(a: Quotient, b: Quotient): Quotient {
    return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator * BIG_SCALE };
}

/** a ÷ b; undefined for division by zero. */
export function divideQuotients(a: Quotient, b: Quotient): Quotient | undefined {
    if (b.numerator === 0n) return undefined;
    const numerator = a.numerator * b.denominator * BIG_SCALE;
    const denominator = a.denominator * b.numerator;
    return denominator < 0n ? { numerator: -numerator, denominator: -denominator } : { numerator, denominator };
}

export function compareQuotients(a: Quotient, b: Quotient): -1 | 0 | 1 {
    const left = a.numerator * b.denominator;
    const right = b.numerator * a.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether the quotient lies within the range a Fixed holds (a formula's intermediate may not leave it). */
export function quotientFits(a: Quotient): boolean {
    const magnitude = a.numerator < 0n ? -a.numerator : a.numerator;
    return magnitude <= MAX_SAFE_BIG * a.denominator;
}

/** The quotient rounded once to a multiple of step, halves up as roundToStep does; a millionth without a step. */
export function roundQuotientToStep(a: Quotient, step: Fixed): Fixed | undefined {
    const unit = step > 0 ? BigInt(step) : 1n;
    const denominator = 2n * a.denominator * unit;
    const numerator = 2n * a.numerator + a.denominator * unit;
    // floor division: BigInt's truncates towards zero
    let steps = numerator / denominator;
    if (numerator % denominator !== 0n && numerator < 0n) steps -= 1n;
    return toSafe(steps * unit);
}

/** The step of a figure written to `decimals` places (2 → 0.01); 0 (no step) at 6 places or more. */
export function decimalStep(decimals: number): Fixed {
    const places = Math.max(0, Math.trunc(decimals));
    return (places >= DIGITS ? 0 : 10 ** (DIGITS - places)) as Fixed;
}
