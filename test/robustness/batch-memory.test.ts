import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAssessments } from '../../bench/generate-assessments.mjs';
import { repositoryRoot, rubric, rubricMeasured } from './cli-process.js';

const DISTRICT = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
const MiB = 1024 * 1024;
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

describe('a batch does not hold every unit in memory', () => {
    test('four times the units (200 → 800): json stays flat, while html (built whole) grows with them', () => {
        const compiled = rubric(['compile', DISTRICT]);
        expect(compiled.status, compiled.stderr).toBe(0);
        const rubricJson = JSON.parse(compiled.stdout);
        const folders = { small: batch(rubricJson, 200), large: batch(rubricJson, 800) };
        const growth = (format: string): number => {
            const peak = (folder: string): number => {
                const run = rubricMeasured(['score', '--rubric', DISTRICT, folder, '--format', format, '-o', path.join(work, `results.${format}`)]);
                expect(run.status, run.stderr).toBe(0);
                return run.maxRss;
            };
            return (peak(folders.large) - peak(folders.small)) / MiB;
        };
        // the whole-document report holds 600 more units' detail: the measure sees it (about 100 MB)
        expect(growth('html')).toBeGreaterThan(50);
        // the streamed one holds the ranking's few figures per unit
        expect(growth('json')).toBeLessThan(20);
    });
});
