import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot, type CliRun } from './run-cli.js';

type Main = (argv: string[], io?: unknown) => Promise<number>;
let loaded: Promise<Main> | undefined;

/**
 * Runs the built CLI's `main` inside this process (build first: `npm run build`), with its output
 * captured: the same texts and exit code as a spawned `rubric`, without starting Node again.
 */
export async function runInProcess(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliRun> {
    loaded ??= import(pathToFileURL(path.join(repositoryRoot, 'packages/cli/dist/rubric.mjs')).href).then((bundle) => bundle.main as Main);
    const main = await loaded;
    let stdout = '';
    let stderr = '';
    const status = await main(args, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: { RUBRIC_LANG: 'en', ...options.env },
    });
    return { status, stdout, stderr };
}
