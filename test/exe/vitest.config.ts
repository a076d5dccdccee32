import { defineConfig } from 'vitest/config';

// `npx vitest run --config test/exe/vitest.config.ts`: the Linux executable, built first when out of date
export default defineConfig({
    test: {
        include: ['test/exe/**/*.test.ts'],
        testTimeout: 120_000,
        // building the executables takes about a minute on a busy machine
        hookTimeout: 600_000,
        pool: 'forks',
    },
});
