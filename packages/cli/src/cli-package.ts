import { createRequire } from 'node:module';

/** The CLI's name, version, home page and repository as its package.json gives them: the one place they are written. */
export const cliPackage: { version: string; homepage?: string; repository?: string | { url?: string } } = createRequire(import.meta.url)(
    '@par-rubric/cli/package.json',
);

/**
 * Where the project lives on the web: PAR_RUBRIC_HOME where a runner knows it (the GitHub Action sets it to
 * the action's own repository), else the package.json's home page, else its repository.
 */
export function projectHome(pkg: typeof cliPackage = cliPackage, env: Readonly<Record<string, string | undefined>> = {}): string | undefined {
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const home = env.PAR_RUBRIC_HOME || pkg.homepage || repository;
    return home && /^(git\+)?https?:\/\//.test(home) ? home : undefined;
}
