import { createRequire } from 'node:module';

/** The CLI's name, version and home page as its package.json gives them: the one place they are written. */
export const cliPackage: { version: string; homepage?: string } = createRequire(import.meta.url)('@par-rubric/cli/package.json');
