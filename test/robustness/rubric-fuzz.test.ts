import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateRubric } from '../../bench/generate-rubric.mjs';
import { diagnosticProblems } from './diagnostic-checks.js';
import { GuardedWorker, type CheckedRubric } from './guarded-worker.js';
import { mutate, mutations, tokenSoup } from './mutations.js';

// Needs `npm run build`: the worker runs the built language package. RUBRIC_FUZZ_RUNS=2000 digs deeper.
const RUNS = Number(process.env.RUBRIC_FUZZ_RUNS ?? 60);
/** Far above the ~50 ms a mutated 500-line rubric takes, even on a machine busy with other work: only a hang misses it. */
const DEADLINE_MS = 30_000;

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const common = { path: 'common/cchc-common.rubric', text: read('examples/common/cchc-common.rubric') };
/** The examples, each with the shared file it imports beside it at the same relative place. */
const bases = [
    { path: 'huyen-2022/huyen-2022.rubric', text: read('examples/huyen-2022/huyen-2022.rubric') },
    { path: 'xa-2025/xa-2025.rubric', text: read('examples/xa-2025/xa-2025.rubric') },
    { path: 'cong-an-2024/cong-an-2024.rubric', text: read('examples/cong-an-2024/cong-an-2024.rubric') },
    { path: 'generated/small.rubric', text: generateRubric({ items: 12, seed: 7 }) },
].filter((base) => base.text.length > 0);
/** Counterexamples name the base file instead of printing all of its text. */
const baseNames = fc.constantFrom(...bases.map((base) => base.path));
const baseText = (name: string) => bases.find((base) => base.path === name)!.text;

const worker = new GuardedWorker(DEADLINE_MS);
afterAll(() => worker.close());

/** Checks one text and fails with the text itself when the checker crashed, hung or gave bad ranges. */
async function expectSound(file: { path: string; text: string }): Promise<CheckedRubric> {
    const outcome = await worker.checkRubric([file, common]);
    const shown = file.text.length > 600 ? `${file.text.slice(0, 600)}…` : file.text;
    if (outcome.kind === 'hang') expect.fail(`no answer within ${DEADLINE_MS} ms for:\n${shown}`);
    if (outcome.kind === 'crash') expect.fail(`crashed: ${outcome.error}\nfor:\n${shown}`);
    const checked = outcome.result!;
    expect(diagnosticProblems(file.text, checked), file.path).toEqual([]);
    return checked;
}

describe('rubric fuzzing: parser, linker, validator and compiler never crash or hang', () => {
    test('the unmutated examples are clean and compile', async () => {
        for (const base of bases) {
            const checked = await expectSound(base);
            expect(checked.diagnostics.filter((d) => d.severity === 1).map((d) => d.message), base.path).toEqual([]);
            expect(checked.compiled, base.path).toBeDefined();
        }
    });

    test('mutated examples (characters and tokens deleted, duplicated, swapped, replaced)', async () => {
        await fc.assert(
            fc.asyncProperty(baseNames, mutations(), async (name, edits) => {
                await expectSound({ path: name, text: mutate(baseText(name), edits) });
            }),
            { numRuns: RUNS * 4, seed: Number(process.env.RUBRIC_FUZZ_SEED ?? 20220319) },
        );
    });

    test('one mutation gives few diagnostics, never a cascade', async () => {
        // one mistake, one diagnostic at the right place: bounded here at a handful, not dozens
        await fc.assert(
            fc.asyncProperty(baseNames, mutations(1), async (name, edits) => {
                const checked = await expectSound({ path: name, text: mutate(baseText(name), edits) });
                expect(checked.diagnostics.length, JSON.stringify(edits)).toBeLessThanOrEqual(12);
            }),
            { numRuns: RUNS * 2, seed: 2022 },
        );
    });

    test('random token soup', async () => {
        await fc.assert(
            fc.asyncProperty(tokenSoup, async (text) => {
                await expectSound({ path: 'soup/random.rubric', text });
            }),
            { numRuns: RUNS * 2, seed: 42 },
        );
    });

    test('arbitrary unicode text, including lone surrogates and control characters', async () => {
        await fc.assert(
            fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
                await expectSound({ path: 'soup/unicode.rubric', text });
            }),
            { numRuns: RUNS, seed: 7 },
        );
    });

    test('deep nesting: 10,000 open braces and 10,000 nested nodes', async () => {
        await expectSound({ path: 'deep/braces.rubric', text: `rubric R "x" {\n${'{'.repeat(10_000)}\n}` });
        const nested = Array.from({ length: 10_000 }, (_, i) => `item ${i + 1} "t" max 1 {`).join('\n');
        await expectSound({ path: 'deep/nodes.rubric', text: `rubric R "x" {\n  total 1\n${nested}\n${'}'.repeat(10_000)}\n}` });
        const formula = `rubric R "x" { metric m number\n field 1 "a" max 1 { formula ${'('.repeat(5_000)}m${')'.repeat(5_000)} } }`;
        await expectSound({ path: 'deep/formula.rubric', text: formula });
    });
});
