import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The single-file executables as `npm run build:exe` makes them, built again only when the CLI bundle or
// the executable's build changed since (a build takes about a minute; the Node binaries stay cached).

const root = path.resolve(import.meta.dirname, '../..');
export const releaseFolder = path.join(root, 'release');
const inputs = ['packages/cli/dist/rubric.mjs', 'packages/cli/dist/sea-main.js', 'packages/cli/exe/build.mjs', 'packages/cli/exe/package.json'];

export type Executables = { linux: string; windows: string; skipped?: string };

function newestInput(): number {
    return Math.max(...inputs.map((file) => fs.statSync(path.join(root, file)).mtimeMs));
}

/** Builds the executables if they are missing or older than their inputs; `skipped` says why they cannot be. */
export function builtExecutables(): Executables {
    const linux = path.join(releaseFolder, 'rubric-linux-x64');
    const windows = path.join(releaseFolder, 'rubric-win-x64.exe');
    if (process.platform !== 'linux' || process.arch !== 'x64') return { linux, windows, skipped: `the executables are built on Linux x64, not ${process.platform}-${process.arch}` };
    const current = [linux, windows].every((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > newestInput());
    if (current) return { linux, windows };
    const built = spawnSync(process.execPath, [path.join(root, 'packages/cli/exe/build.mjs')], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    if (built.status === 3) return { linux, windows, skipped: built.stderr.trim() };
    if (built.status !== 0) throw new Error(`npm run build:exe failed (exit ${built.status ?? built.signal}):\n${built.stderr}`);
    return { linux, windows };
}
