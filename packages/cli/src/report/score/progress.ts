import cliProgress from 'cli-progress';
import type { CliStream } from '../../contracts/cli-io.js';

/** Below this many files a batch finishes before a bar would be worth drawing. */
const BIG_BATCH = 50;

export type Progress = { tick(): void; stop(): void };

/**
 * A progress bar on standard error, only when it is a terminal and the batch is big: pipes, CI logs and
 * small batches get no escape codes.
 */
export function startProgress(total: number, label: string, stream: CliStream): Progress {
    if (!stream.isTTY || total < BIG_BATCH) return { tick() {}, stop() {} };
    const bar = new cliProgress.SingleBar(
        { stream: stream as NodeJS.WritableStream, format: `${label} [{bar}] {value}/{total} {percentage}%`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return {
        tick: () => bar.increment(),
        stop: () => bar.stop(),
    };
}
