// Small timing helpers shared by the benchmarks.
import { spawnSync } from 'node:child_process';

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Wall time of whole processes, `runs` times each, interleaved (A B A B …) so that a noisy neighbour
 * slows every variant alike. Returns per variant the times in ms and the last result.
 */
export function timeProcesses(variants, runs, { cwd, env } = {}) {
    const results = Object.fromEntries(Object.keys(variants).map((name) => [name, { times: [], last: undefined }]));
    for (let i = 0; i < runs; i++) {
        for (const [name, args] of Object.entries(variants)) {
            const started = now();
            const result = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
            results[name].times.push(now() - started);
            results[name].last = result;
        }
    }
    return results;
}
