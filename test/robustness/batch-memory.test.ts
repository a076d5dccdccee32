import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAssessments } from '../../bench/generate-assessments.mjs';
import { spawnSync } from 'node:child_process';
import { bin, repositoryRoot, rubric } from './cli-process.js';

const DISTRICT = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
let work: string;

/** `count` generated district assessments, one JSON file each, in a folder of their own. */
function batch(compiled: unknown, count: number): string {
    const folder = path.join(work, `units-${count}`);
    fs.mkdirSync(folder);
    generateAssessments(compiled, count, 7).forEach((assessment: { unit: { id: string } }, i: number) => {
        assessment.unit.id = `U${String(i + 1).padStart(5, '0')}`;
        fs.writeFileSync(path.join(folder, `${assessment.unit.id}.json`), JSON.stringify(assessment));
    });
    return folder;
}

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-batch-memory-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Scores a folder with the JavaScript heap capped: a batch that held every unit's detail would not fit. */
function scoreWithHeap(folder: string, format: string, heapMiB: number) {
    return spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, bin, 'score', '--rubric', DISTRICT, folder, '--format', format, '-o', path.join(work, `results.${format}`)], {
        encoding: 'utf8',
        timeout: 240_000,
    });
}

// Peak RSS is a poor measure here: how far the heap grows before a full collection is the engine's choice
// (Node 24 lets it reach some 200 MB of garbage where Node 20 stays near 100 MB). A capped heap is not.
// two runs of 800 units: minutes, not seconds, on a loaded 2-core machine
describe('a batch does not hold every unit in memory', { timeout: 480_000 }, () => {
    test('800 units score to json within a 48 MB heap, where html (built whole) cannot', () => {
        const compiled = rubric(['compile', DISTRICT]);
        expect(compiled.status, compiled.stderr).toBe(0);
        const folder = batch(JSON.parse(compiled.stdout), 800);
        const streamed = scoreWithHeap(folder, 'json', 48);
        expect(streamed.status, streamed.stderr).toBe(0);
        expect((JSON.parse(fs.readFileSync(path.join(work, 'results.json'), 'utf8')) as { results: unknown[] }).results).toHaveLength(800);
        // the control: the whole-document report holds every unit's detail and runs out of that heap
        const whole = scoreWithHeap(folder, 'html', 48);
        expect(whole.status === 0 && whole.signal === null).toBe(false);
        expect(fs.existsSync(path.join(work, 'results.html'))).toBe(false);
    });
});
