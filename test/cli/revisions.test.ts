import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-revisions-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Assessment = { hash?: string; items: Record<string, { choice?: string }> };

function songCau(change: (a: Assessment) => void, name: string): string {
    const assessment = parse(fs.readFileSync(path.join(example, 'assessments/song-cau.yaml'), 'utf8')) as Assessment;
    change(assessment);
    const file = path.join(folder, name);
    fs.writeFileSync(file, stringify(assessment));
    return file;
}

describe('assessments made against another version of the rubric', () => {
    test('the example files carry the hash of the rubric they were made for, and score without a word', async () => {
        const run = await runCli(['score', '--rubric', rubric, path.join(example, 'assessments'), '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('a missing hash is a warning that says what was not verified, and cannot hide a revision', async () => {
        const file = songCau((a) => delete a.hash, 'no-hash.yaml');
        const run = await runCli(['score', '--rubric', rubric, file, '--format', 'json']);
        expect(run.status).toBe(0);
        expect(run.stderr).toMatch(/no-hash\.yaml:\d+:\d+: hash: warning: The assessment has no rubric hash: that it was made against this version of the rubric was not verified/);
        expect(JSON.parse(run.stdout).results[0].warnings[0].code).toBe('assessment/hash-missing');
    });

    test('an earlier version whose codes, metrics and outcomes all still exist is accepted, with a warning', async () => {
        const file = songCau((a) => (a.hash = 'sha256:0123'), 'earlier.yaml');
        const run = await runCli(['score', '--rubric', rubric, file, '--format', 'json']);
        expect(run.status).toBe(0);
        expect(run.stderr).toContain('warning: The assessment was made against another version of the rubric (sha256:0123); every code, metric and outcome it uses still exists');
        expect(JSON.parse(run.stdout).results[0].total).toBe(73.34);
    });

    test('an earlier version with an outcome that is gone: the hash and exactly that answer are reported', async () => {
        const file = songCau((a) => {
            a.hash = 'sha256:0123';
            a.items['1.1.1'].choice = 'Có thực hiện';
        }, 'gone.yaml');
        const run = await runCli(['score', '--rubric', rubric, file]);
        expect(run.status).toBe(1);
        const lines = run.stderr.split('\n').filter((l) => l.includes('gone.yaml'));
        expect(lines[0]).toMatch(/hash: The assessment was made against another version of the rubric \(sha256:0123 ≠ sha256:[0-9a-f]+\); the answers below no longer fit it/);
        expect(lines[1]).toMatch(/items\["1\.1\.1"\]\.choice: "Có thực hiện" is not an outcome of this item \(/);
        expect(lines).toHaveLength(2);
    });
});
