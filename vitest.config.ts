import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        // the executables' suites run on their own (scripts/test-all.mjs): they build the executables first
        exclude: ['**/node_modules/**', 'test/editor/**', 'test/exe/**', 'test/windows/**'],
        setupFiles: [fileURLToPath(new URL('./packages/language/src/polyfill.ts', import.meta.url))],
        // only a hang should reach these, not a machine busy with other work
        testTimeout: 120_000,
        hookTimeout: 120_000,
        // forks, so that a test may change the working folder (the in-process CLI runs do)
        pool: 'forks',
        // one file per core: vitest's default leaves one core of two idle
        maxWorkers: availableParallelism(),
        // the built packages (the CLI bundle above all) run as Node loads them, not transformed again per test file
        server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
    },
});
