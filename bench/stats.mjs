// Small timing helpers shared by the benchmarks.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const usageHook = pathToFileURL(path.join(path.dirname(new URL(import.meta.url).pathname), 'report-usage.mjs')).href;

/**
 * Runs whole processes `runs` times each, interleaved (A B A B …) so that a noisy neighbour slows every
 * variant alike. Per variant: wall times (ms), CPU times (ms) and peak memory (bytes) of each run, and the
 * last run's result. CPU and memory come from bench/report-usage.mjs, loaded into each process; `node`
 * is the Node binary to run (default: this one).
 */
export function timeProcesses(variants, runs, { cwd, env, node = process.execPath } = {}) {
    const usageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-usage-')), 'usage.json');
    const results = Object.fromEntries(Object.keys(variants).map((name) => [name, { times: [], cpu: [], rss: [], last: undefined }]));
    for (let i = 0; i < runs; i++) {
        for (const [name, args] of Object.entries(variants)) {
            fs.rmSync(usageFile, { force: true });
            const started = now();
            const result = spawnSync(node, ['--import', usageHook, ...args], {
                cwd,
                env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile },
                encoding: 'utf8',
                maxBuffer: 256 * 1024 * 1024,
            });
            results[name].times.push(now() - started);
            results[name].last = result;
            if (fs.existsSync(usageFile)) {
                const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
                results[name].cpu.push(usage.cpuMs);
                results[name].rss.push(usage.maxRss);
            }
        }
    }
    fs.rmSync(path.dirname(usageFile), { recursive: true, force: true });
    return results;
}

/**
 * Like timeProcesses, for programs that are not Node scripts (a single-file executable, an installed bin):
 * each variant is [command, ...args]; wall times only, interleaved the same way.
 */
export function timeCommands(variants, runs, { cwd, env } = {}) {
    const results = Object.fromEntries(Object.keys(variants).map((name) => [name, { times: [], last: undefined }]));
    for (let i = 0; i < runs; i++) {
        for (const [name, [command, ...args]] of Object.entries(variants)) {
            const started = now();
            const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
            results[name].times.push(now() - started);
            results[name].last = result;
        }
    }
    return results;
}
