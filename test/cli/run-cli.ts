import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repositoryRoot, 'packages/cli/bin/rubric.js');

export type CliRun = { status: number; stdout: string; stderr: string };

/** Runs the built `rubric` CLI as a user would (build first: `npm run build`). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
    const result = spawnSync(process.execPath, [bin, ...args], {
        cwd: options.cwd ?? repositoryRoot,
        encoding: 'utf8',
        env: { ...process.env, RUBRIC_LANG: 'en', ...options.env },
        timeout: 60_000,
    });
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
