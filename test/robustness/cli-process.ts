import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(repositoryRoot, 'packages/cli/bin/rubric.js');

export type Run = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number };

/** The built CLI as a user runs it (needs `npm run build`), in English, with a time bound. */
export function rubric(args: string[], options: { cwd?: string } = {}): Run {
    const started = performance.now();
    const result = spawnSync(process.execPath, [bin, '--lang', 'en', ...args], {
        cwd: options.cwd ?? repositoryRoot,
        encoding: 'utf8',
        timeout: 90_000,
        maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/**
 * The built CLI spawned like `rubric`, with its peak resident memory (bytes) as the process itself
 * reports it at exit (bench/report-usage.mjs).
 */
export function rubricMeasured(args: string[], options: { cwd?: string } = {}): Run & { maxRss: number } {
    const usageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-usage-')), 'usage.json');
    const hook = pathToFileURL(path.join(repositoryRoot, 'bench/report-usage.mjs')).href;
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', hook, bin, '--lang', 'en', ...args], {
        cwd: options.cwd ?? repositoryRoot,
        encoding: 'utf8',
        timeout: 90_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    });
    const ms = performance.now() - started;
    const { maxRss } = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRss: number };
    fs.rmSync(path.dirname(usageFile), { recursive: true, force: true });
    return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms, maxRss };
}

/** Starts the CLI and kills it (SIGKILL) after `afterMs`; resolves when it is gone. */
export function rubricKilledAfter(args: string[], afterMs: number, cwd: string): Promise<void> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [bin, '--lang', 'en', ...args], { cwd, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
        child.on('exit', () => {
            clearTimeout(timer);
            resolve();
        });
    });
}

/** Lines of a stack trace ("    at f (file:1:2)"): a user must never see one. */
export function stackTraceLines(text: string): string[] {
    return text.split('\n').filter((line) => /^\s+at\s/.test(line));
}
