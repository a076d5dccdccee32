import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', 'test/editor/**'],
        setupFiles: [fileURLToPath(new URL('./packages/language/src/polyfill.ts', import.meta.url))],
        testTimeout: 30_000,
        pool: 'forks',
        // the built packages (the CLI bundle above all) run as Node loads them, not transformed again per test file
        server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
    },
});
