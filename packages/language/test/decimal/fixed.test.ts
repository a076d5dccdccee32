import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
    addQuotients,
    compareQuotients,
    decimalStep,
    divide,
    divideQuotients,
    multiplyQuotients,
    negateQuotient,
    quotientFits,
    roundQuotientToStep,
    toQuotient,
    formatFixed,
    fromNumber,
    multiply,
    parseFixed,
    percentageOf,
    percentToRatio,
    roundToStep,
    sum,
    toNumber,
    toText,
    type Fixed,
} from '../../src/decimal/fixed.js';

const fixed = (text: string) => parseFixed(text) as Fixed;

/** Decimal text with up to 3 decimals, as points are written in rubrics. */
const pointsText = fc
    .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 3 }))
    .map(([whole, fraction, digits]) => (digits === 0 ? String(whole) : `${whole}.${String(fraction).padStart(3, '0').slice(0, digits)}`));

/** The exact sum of decimal texts, computed independently with BigInt thousandths. */
function exactSum(texts: string[]): string {
    let total = 0n;
    for (const text of texts) {
        const [whole, fraction = ''] = text.split('.');
        total += BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, '0'));
    }
    const whole = total / 1000n;
    const fraction = String(total % 1000n).padStart(3, '0').replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : String(whole);
}

describe('exact decimals', () => {
    test('the published Sông Cầu field scores add up to 73.34, not 73.33999999999999', () => {
        const fields = ['17.64', '5.9', '12', '7', '11', '5.5', '8.42', '5.88'];
        expect(fields.map(Number).reduce((a, b) => a + b)).not.toBe(73.34);
        const total = sum(fields.map(fixed));
        expect(toText(total)).toBe('73.34');
        expect(toNumber(total)).toBe(73.34);
        expect(formatFixed(total, 'vi')).toBe('73,34');
    });

    test('sums never drift: any list of decimals sums to the exact decimal', () => {
        fc.assert(
            fc.property(fc.array(pointsText, { minLength: 1, maxLength: 60 }), (texts) => {
                const total = sum(texts.map(fixed));
                expect(toText(total)).toBe(exactSum(texts));
                expect(String(toNumber(total))).toBe(exactSum(texts));
            }),
            { numRuns: 500 },
        );
    });

    test('plain floats do drift on the same kind of data (why the decimal module exists)', () => {
        let drifted = 0;
        fc.assert(
            fc.property(fc.array(pointsText, { minLength: 2, maxLength: 60 }), (texts) => {
                const floatTotal = texts.map(Number).reduce((a, b) => a + b, 0);
                if (String(floatTotal) !== exactSum(texts)) drifted++;
            }),
            { numRuns: 500, seed: 42 },
        );
        expect(drifted).toBeGreaterThan(0);
    });

    test('parsing keeps the decimal exactly and refuses what it cannot hold', () => {
        expect(toText(fixed('18.50'))).toBe('18.5');
        expect(toText(fixed('1e-3'))).toBe('0.001');
        expect(toText(fixed('-0.25'))).toBe('-0.25');
        expect(parseFixed('0.0000001')).toBeUndefined();
        expect(parseFixed('1e309')).toBeUndefined();
        expect(parseFixed('NaN')).toBeUndefined();
        expect(parseFixed('18,5')).toBeUndefined();
        expect(fromNumber(0.1 + 0.2)).toBeUndefined(); // 0.30000000000000004 has 17 decimals
        expect(toText(fromNumber(0.3)!)).toBe('0.3');
    });

    test('a percentage becomes its ratio exactly, or not at all when the ratio would need a 7th decimal', () => {
        expect(percentToRatio(fixed('90'))).toBe(fixed('0.9'));
        expect(percentToRatio(fixed('33.3333'))).toBe(fixed('0.333333'));
        expect(percentToRatio(fixed('33.33335'))).toBeUndefined();
    });

    test('products, quotients and step rounding round half away from zero', () => {
        expect(toText(multiply(fixed('0.84'), fixed('7'))!)).toBe('5.88');
        expect(toText(divide(fixed('68.32'), fixed('84'))!)).toBe('0.813333');
        expect(divide(fixed('1'), fixed('0'))).toBeUndefined();
        expect(toText(roundToStep(fixed('5.875'), fixed('0.01')))).toBe('5.88');
        expect(toText(roundToStep(fixed('5.874'), fixed('0.01')))).toBe('5.87');
        expect(toText(roundToStep(fixed('1.125'), fixed('0.25')))).toBe('1.25');
        expect(toText(roundToStep(fixed('1.124'), fixed('0.25'), 'down'))).toBe('1');
    });

    test('Vietnamese number format groups thousands with dots and uses a decimal comma', () => {
        expect(formatFixed(fixed('10177'), 'vi')).toBe('10.177');
        expect(formatFixed(fixed('42104.5'), 'vi')).toBe('42.104,5');
        expect(formatFixed(fixed('42104.5'), 'en')).toBe('42,104.5');
        expect(formatFixed(fixed('18.5'), 'vi', 2)).toBe('18,50');
    });

    test('a quotient keeps products and quotients exact until it is rounded once to a step', () => {
        const q = (text: string) => toQuotient(fixed(text));
        // 2 × 10079 ÷ 10311 = 1.954999515…: to the hundredth 1.95, where 1.955000 (its millionth) gives 1.96
        const ratio = divideQuotients(multiplyQuotients(q('2'), q('10079')), q('10311'))!;
        expect(roundQuotientToStep(ratio, fixed('0.01'))).toBe(fixed('1.95'));
        expect(roundToStep(divide(fixed('20158'), fixed('10311'))!, fixed('0.01'))).toBe(fixed('1.96'));
        expect(roundQuotientToStep(ratio, 0 as Fixed)).toBe(fixed('1.955'));
        // halves go up, as roundToStep does, also below zero
        expect(roundQuotientToStep(q('0.125'), fixed('0.25'))).toBe(fixed('0.25'));
        expect(roundQuotientToStep(negateQuotient(q('0.125')), fixed('0.25'))).toBe(fixed('0'));
        expect(roundQuotientToStep(negateQuotient(q('0.126')), fixed('0.25'))).toBe(fixed('-0.25'));
        expect(compareQuotients(addQuotients(divideQuotients(q('1'), q('3'))!, divideQuotients(q('2'), q('3'))!), q('1'))).toBe(0);
        expect(compareQuotients(divideQuotients(q('1'), q('3'))!, q('0.333333'))).toBe(1);
        expect(divideQuotients(q('1'), q('0'))).toBeUndefined();
        expect(compareQuotients(divideQuotients(q('1'), q('-4'))!, q('-0.25'))).toBe(0);
        expect(quotientFits(multiplyQuotients(q('9000000000'), q('9000000000')))).toBe(false);
        expect(quotientFits(divideQuotients(q('9000000000'), q('3'))!)).toBe(true);
    });

    test('the step of a figure written to a number of decimals', () => {
        expect(decimalStep(0)).toBe(fixed('1'));
        expect(decimalStep(2)).toBe(fixed('0.01'));
        expect(decimalStep(-1)).toBe(fixed('1'));
        expect(decimalStep(6)).toBe(0);
    });

    test('a share as a percentage, rounded to a millionth', () => {
        expect(percentageOf(fixed('48'), fixed('60'))).toBe(fixed('80'));
        expect(percentageOf(fixed('1'), fixed('3'))).toBe(fixed('33.333333'));
        expect(percentageOf(fixed('2'), fixed('3'))).toBe(fixed('66.666667'));
        expect(percentageOf(fixed('1'), 0 as Fixed)).toBeUndefined();
    });
});
