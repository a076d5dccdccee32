import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const bundle = pathToFileURL(path.join(repositoryRoot, 'packages/cli/dist/rubric.mjs')).href;

export type CliRun = { status: number; stdout: string; stderr: string };
/** `terminal`: standard error is a terminal (a progress bar may be drawn on it), as in an interactive shell. */
export type CliOptions = { cwd?: string; env?: Record<string, string>; terminal?: boolean };

type Main = (argv: string[], io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown; isTTY?: boolean }; env: Record<string, string | undefined> }) => Promise<number>;
let loaded: Promise<Main> | undefined;

/**
 * Runs the built `rubric` CLI (build first: `npm run build`) through its `main(argv, io)` inside this
 * process: the same texts and exit code as a spawned `rubric`, without starting Node and loading the
 * bundle again for every run. The working folder is changed for the run and restored after it (the
 * forks pool allows `process.chdir`), so runs must not overlap: await each one.
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
    loaded ??= import(bundle).then((module: { main: Main }) => module.main);
    const main = await loaded;
    let stdout = '';
    let stderr = '';
    const io = {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text), ...(options.terminal ? { isTTY: true, columns: 100 } : {}) },
        env: { ...process.env, RUBRIC_LANG: 'en', ...options.env },
    };
    const cwd = process.cwd();
    process.chdir(options.cwd ?? repositoryRoot);
    try {
        const status = await main(args, io);
        return { status, stdout, stderr };
    } finally {
        process.chdir(cwd);
    }
}
