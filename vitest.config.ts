import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', 'test/editor/**'],
        setupFiles: ['packages/language/src/polyfill.ts'],
        testTimeout: 30_000,
        pool: 'forks',
    },
});
