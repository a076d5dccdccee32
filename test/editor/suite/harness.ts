import * as fs from 'node:fs';

/**
 * A small test runner for the extension host (the editor tests need nothing more than ordered async tests
 * with a timeout each). Counts go to the file named by PAR_RUBRIC_EDITOR_COUNTS for scripts/test-all.mjs.
 */
type Test = { name: string; run: () => Promise<void>; timeout: number; skip?: string };

const tests: Test[] = [];
const DEFAULT_TIMEOUT_MS = 30_000;

export function test(name: string, run: () => Promise<void>, timeout = DEFAULT_TIMEOUT_MS): void {
    tests.push({ name, run, timeout });
}

/** A test that cannot run here, reported as skipped with the reason. */
export function skip(name: string, reason: string): void {
    tests.push({ name, run: async () => undefined, timeout: 0, skip: reason });
}

async function withTimeout(test: Test): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${test.timeout / 1000} s`)), test.timeout);
    });
    try {
        await Promise.race([test.run(), timeout]);
    } finally {
        clearTimeout(timer);
    }
}

export async function runAll(): Promise<void> {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const only = process.env.PAR_RUBRIC_EDITOR_ONLY;
    for (const test of tests) {
        if (test.skip || (only && !test.name.includes(only))) {
            counts.skipped++;
            console.log(`  - ${test.name} (skipped${test.skip ? `: ${test.skip}` : ''})`);
            continue;
        }
        const started = Date.now();
        try {
            await withTimeout(test);
            counts.passed++;
            console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
        } catch (error) {
            counts.failed++;
            console.error(`  ✗ ${test.name}\n    ${error instanceof Error ? (error.stack ?? error.message).replace(/\n/g, '\n    ') : error}`);
        }
    }
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    const file = process.env.PAR_RUBRIC_EDITOR_COUNTS;
    if (file) fs.writeFileSync(file, JSON.stringify(counts) + '\n');
    if (counts.failed > 0) throw new Error(`${counts.failed} editor test(s) failed`);
}
