import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromNumber, toText } from '../../src/decimal/fixed.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { assessment, planOf, rubricText } from './helpers.js';

const FIELDS = 8;

/** thousandths → the decimal text, exactly, via BigInt: the reference the engine must match. */
function exactText(thousandths: bigint): string {
    const whole = thousandths / 1000n;
    const fraction = (thousandths % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : `${whole}`;
}

describe('exact sums', () => {
    let plan: ScoringPlan;
    beforeAll(async () => {
        const fields = Array.from({ length: FIELDS }, (_, i) => `  field ${i + 1} "F" max 1000 { criterion ${i + 1}.1 "C" max 1000 { judged } }`).join('\n');
        plan = await planOf(rubricText(fields, '  step 0.001', String(FIELDS * 1000)));
    });

    test('the engine total equals the exact sum of decimals with up to 3 places; floats drift on some', () => {
        let floatDrifted = 0;
        fc.assert(
            fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: FIELDS, maxLength: FIELDS }), (thousandths) => {
                const points = thousandths.map((t) => t / 1000);
                const items = Object.fromEntries(points.map((p, i) => [`${i + 1}.1`, { appraisal1: p }]));
                const result = scoreAssessment(plan, assessment(plan, { items }));
                const exact = exactText(thousandths.reduce((sum, t) => sum + BigInt(t), 0n));
                expect(result.problems).toEqual([]);
                expect(toText(result.total)).toBe(exact);
                if (String(points.reduce((a, b) => a + b, 0)) !== exact) floatDrifted++;
            }),
            { numRuns: 500, seed: 20221 },
        );
        expect(floatDrifted).toBeGreaterThan(0);
    });

    test('a JSON number is read as the decimal it prints as', () => {
        fc.assert(
            fc.property(fc.integer({ min: -8_999_999_999, max: 8_999_999_999 }), fc.integer({ min: 0, max: 6 }), (digits, places) => {
                const text = (Number(digits) / 10 ** places).toString();
                const value = Number(text);
                const fixed = fromNumber(value);
                expect(fixed).toBeDefined();
                expect(Number(toText(fixed!))).toBe(value);
            }),
            { numRuns: 2000, seed: 7 },
        );
        expect(fromNumber(0.1)).toBe(100_000);
        expect(fromNumber(73.34)).toBe(73_340_000);
        expect(fromNumber(0.1234567)).toBeUndefined();
        expect(fromNumber(Number.NaN)).toBeUndefined();
    });
});

describe('the scoring engine stands alone', () => {
    test('nothing under src/scoring imports Langium, directly or through its imports', () => {
        const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
        const seen = new Set<string>();
        const queue = [path.join(root, 'scoring/index.ts')];
        const offending: string[] = [];
        while (queue.length > 0) {
            const file = queue.pop()!;
            if (seen.has(file)) continue;
            seen.add(file);
            const source = fs.readFileSync(file, 'utf8');
            for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
                const specifier = match[1];
                if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
                else if (!specifier.startsWith('node:') && specifier !== 'zod') offending.push(`${path.relative(root, file)} → ${specifier}`);
            }
        }
        expect(offending).toEqual([]);
        expect(seen.size).toBeGreaterThan(10);
    });
});
