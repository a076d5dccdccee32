import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** What the fuzz worker reports for a rubric: the checked file's diagnostics and, when clean, its compilation. */
export type CheckedRubric = {
    diagnostics: { range: Range; code?: string | number; severity?: number; message: string }[];
    hasRubric: boolean;
    compiled?: unknown;
    compileError?: string;
    /** What the language services wrote to console.error: Langium logs a crashing check there. */
    logged: string[];
};
export type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
export type ScoredAssessment = { ok: boolean; problems: number; total?: number; index?: number; grade?: string };

type Outcome = { kind: 'done'; result: unknown; ms: number } | { kind: 'crash'; error: string } | { kind: 'hang'; ms: number };

/**
 * Runs inputs in test/robustness/fuzz-worker.mjs, each with a deadline. A synchronous endless loop cannot
 * be interrupted from inside its own thread, so the deadline lives here: a missed one terminates the worker
 * (a fresh one serves the next input) and the input is reported as a hang.
 */
export class GuardedWorker {
    private worker: Worker | undefined;
    private ready: Promise<void> | undefined;
    private next = 0;

    constructor(private readonly deadlineMs: number) {}

    async checkRubric(files: { path: string; text: string }[], compile = true): Promise<Outcome & { result?: CheckedRubric }> {
        return (await this.run('rubric', { files, compile })) as Outcome & { result?: CheckedRubric };
    }

    async score(compiled: string, assessment: unknown): Promise<Outcome & { result?: ScoredAssessment }> {
        return (await this.run('score', { compiled, assessment })) as Outcome & { result?: ScoredAssessment };
    }

    async close(): Promise<void> {
        await this.worker?.terminate();
        this.worker = undefined;
    }

    private start(): Promise<void> {
        const worker = new Worker(path.join(import.meta.dirname, 'fuzz-worker.mjs'));
        this.worker = worker;
        this.ready = new Promise((resolve, reject) => {
            worker.once('message', () => resolve());
            worker.once('error', reject);
        });
        return this.ready;
    }

    private async run(kind: string, input: unknown): Promise<Outcome> {
        // the first start compiles the language services: it has its own, generous deadline
        if (!this.worker) await this.start();
        await this.ready;
        const worker = this.worker!;
        const id = this.next++;
        const started = performance.now();
        return new Promise<Outcome>((resolve) => {
            const timer = setTimeout(() => {
                worker.off('message', onMessage);
                worker.off('error', onError);
                this.worker = undefined;
                void worker.terminate();
                resolve({ kind: 'hang', ms: performance.now() - started });
            }, this.deadlineMs);
            const onMessage = (message: { id: number; ok: boolean; result?: unknown; error?: string; ms: number }) => {
                if (message.id !== id) return;
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                resolve(message.ok ? { kind: 'done', result: message.result, ms: message.ms } : { kind: 'crash', error: message.error! });
            };
            const onError = (error: Error) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                this.worker = undefined;
                resolve({ kind: 'crash', error: `${error.name}: ${error.message}\n${error.stack}` });
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.postMessage({ id, kind, input });
        });
    }
}
