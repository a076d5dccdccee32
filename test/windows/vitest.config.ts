import { defineConfig } from 'vitest/config';

// `npx vitest run --config test/windows/vitest.config.ts`: the Windows executable under Wine (Wine and the
// executables are set up first when missing)
export default defineConfig({
    test: {
        include: ['test/windows/**/*.test.ts'],
        testTimeout: 300_000,
        hookTimeout: 900_000,
        pool: 'forks',
    },
});
