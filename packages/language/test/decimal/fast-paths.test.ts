import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareProducts, divide, multiply, percentOf, type Fixed } from '../../src/decimal/fixed.js';

// The engine's shortcuts must give exactly what the plain routes give: each is checked against the
// reference it replaces, on random figures that cross the line where the shortcut hands over.

/** Integers in millionths: mostly ordinary point figures, some near and beyond the double-exact range. */
const fixed = fc.oneof(
    fc.integer({ min: -200_000_000, max: 200_000_000 }),
    fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(0, 1, -1, 500_000, -500_000, 2 ** 26, 2 ** 27 + 1, 2 ** 52, -(2 ** 52), Number.MAX_SAFE_INTEGER),
) as fc.Arbitrary<Fixed>;

/** a ÷ b rounded half away from zero, in BigInt: the route the shortcuts stand in for. */
function roundedReference(numerator: bigint, denominator: bigint): Fixed | undefined {
    const negative = numerator < 0n !== denominator < 0n;
    const n = numerator < 0n ? -numerator : numerator;
    const d = denominator < 0n ? -denominator : denominator;
    const rounded = (2n * n + d) / (2n * d);
    if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
    return (negative && rounded !== 0n ? -Number(rounded) : Number(rounded)) as Fixed;
}

const multiplyReference = (a: Fixed, b: Fixed) => roundedReference(BigInt(a) * BigInt(b), 1_000_000n);
const divideReference = (a: Fixed, b: Fixed) => (b === 0 ? undefined : roundedReference(BigInt(a) * 1_000_000n, BigInt(b)));

/** The BigInt formula of value% of max that the engine used before its shortcut. */
function percentReference(value: Fixed, max: Fixed): Fixed {
    const denominator = 100_000_000n;
    return Number((2n * BigInt(value) * BigInt(max) + denominator) / (2n * denominator)) as Fixed;
}

describe('exact products and quotients without BigInt', () => {
    test('multiply and divide equal the BigInt route, including halves and overflow', () => {
        fc.assert(
            fc.property(fixed, fixed, (a, b) => {
                expect(multiply(a, b)).toBe(multiplyReference(a, b));
                expect(divide(a, b)).toBe(divideReference(a, b));
            }),
            { numRuns: 20_000, seed: 2022 },
        );
        // exact halves round away from zero on both routes
        expect(multiply(1_500_000 as Fixed, 1 as Fixed)).toBe(2);
        expect(multiply(-1_500_000 as Fixed, 1 as Fixed)).toBe(-2);
        expect(divide(1 as Fixed, 2_000_000 as Fixed)).toBe(1);
        expect(divide(-1 as Fixed, 2_000_000 as Fixed)).toBe(-1);
        expect(divide(7 as Fixed, 0 as Fixed)).toBeUndefined();
    });

    test('percentOf equals the BigInt formula for every percentage of every maximum', () => {
        const percent = fc.integer({ min: 0, max: 100_000_000 }) as fc.Arbitrary<Fixed>;
        const max = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })) as fc.Arbitrary<Fixed>;
        fc.assert(
            fc.property(percent, max, (value, top) => {
                expect(percentOf(value, top)).toBe(percentReference(value, top));
            }),
            { numRuns: 20_000, seed: 93 },
        );
        // 0.5% of 1 millionth is half a millionth of a point: rounds up, as the BigInt formula does
        expect(percentOf(50_000_000 as Fixed, 1 as Fixed)).toBe(percentReference(50_000_000 as Fixed, 1 as Fixed));
    });

    test('compareProducts gives the sign of a·b − c·d, also where the products pass 2^53', () => {
        fc.assert(
            fc.property(fixed, fixed, fixed, fixed, (a, b, c, d) => {
                const left = BigInt(a) * BigInt(b);
                const right = BigInt(c) * BigInt(d);
                expect(compareProducts(a, b, c, d)).toBe(left === right ? 0 : left > right ? 1 : -1);
            }),
            { numRuns: 20_000, seed: 5 },
        );
        // 90.000001 points × 10⁸ against 90.000001% × 100 points: equal only exactly
        expect(compareProducts(90_000_001, 100_000_000, 90_000_001, 100_000_000)).toBe(0);
        expect(compareProducts(90_000_001, 100_000_000, 90_000_000, 100_000_001)).toBe(1);
    });
});
