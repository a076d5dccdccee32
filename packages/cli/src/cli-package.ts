import { createRequire } from 'node:module';

/** The CLI's name, version, home page and repository as its package.json gives them: the one place they are written. */
export const cliPackage: { version: string; homepage?: string; repository?: string | { url?: string } } = createRequire(import.meta.url)(
    '@par-rubric/cli/package.json',
);

/** Where the project lives on the web, if its package.json says: the home page, else the repository. */
export function projectHome(pkg: typeof cliPackage = cliPackage): string | undefined {
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const home = pkg.homepage ?? repository;
    return home && /^(git\+)?https?:\/\//.test(home) ? home : undefined;
}
