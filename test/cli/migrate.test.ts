import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const before = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
const after = path.join(repositoryRoot, 'examples/huyen-2023/huyen-2023.rubric');
const assessments = path.join(repositoryRoot, 'examples/huyen-2022/assessments');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-migrate-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Assessment = { rubric: string; hash: string; year: number; items: Record<string, { choice?: string; self?: number; answer?: boolean }> };

describe('rubric migrate', () => {
    test("last year's assessments carried to this year's rubric, with the changed items listed", async () => {
        const out = path.join(folder, '2023');
        const run = await runCli(['migrate', '--from', before, '--to', after, path.join(assessments, 'song-cau.yaml'), path.join(assessments, 'dong-xuan.xlsx'), path.join(assessments, 'dong-hoa.json'), '-o', out]);
        expect(run.status).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(['dong-hoa.json', 'dong-xuan.yaml', 'song-cau.yaml']);
        const songCau = run.stdout.split('\n').filter((l) => l.includes('song-cau.yaml'));
        expect(songCau).toEqual([
            expect.stringMatching(/song-cau\.yaml: decide: 1\.5 is no longer in the rubric: its answer was dropped$/),
            expect.stringMatching(/song-cau\.yaml: carried: 1\.6\.1 is now 1\.5\.1: its answer follows it$/),
            expect.stringMatching(/song-cau\.yaml: carried: 1\.6\.2 is now 1\.5\.2: its answer follows it$/),
            expect.stringMatching(/song-cau\.yaml: decide: 1\.6 "Ứng dụng công nghệ số trong theo dõi, đánh giá công tác CCHC" is new: it needs an answer$/),
        ]);
        // 5.5.1 lost half a point of its max: Đồng Xuân's claim of 1.5 no longer fits
        expect(run.stdout).toMatch(/dong-xuan\.xlsx: decide: 5\.5\.1: self 1\.5 is above the new max of 1; dropped/);
        expect(run.stderr).toMatch(/3 assessments carried to .*; \d+ points need a decision/);

        const original = parse(fs.readFileSync(path.join(assessments, 'song-cau.yaml'), 'utf8')) as Assessment;
        const carried = parse(fs.readFileSync(path.join(out, 'song-cau.yaml'), 'utf8')) as Assessment;
        expect(carried.rubric).toBe('PAR_HUYEN_2023');
        expect(carried.year).toBe(2023);
        expect(carried.items['1.5.1']).toEqual(original.items['1.6.1']);
        expect(carried.items['1.1.1']).toEqual(original.items['1.1.1']);

        // once the new item is answered, the carried file scores against this year's rubric
        carried.items['1.6'] = { answer: false };
        fs.writeFileSync(path.join(out, 'song-cau.yaml'), stringify(carried));
        const scored = await runCli(['score', '--rubric', after, path.join(out, 'song-cau.yaml'), '--format', 'json']);
        expect(scored.stderr).toBe('');
        expect(scored.status).toBe(0);
    });

    test('an outcome that is gone is named with the outcomes there are now', async () => {
        const assessment = parse(fs.readFileSync(path.join(assessments, 'song-cau.yaml'), 'utf8')) as Assessment;
        assessment.items['1.1.1'].choice = 'Có thực hiện';
        const file = path.join(folder, 'old-outcome.yaml');
        fs.writeFileSync(file, stringify(assessment));
        const run = await runCli(['migrate', '--from', before, '--to', after, file, '-o', path.join(folder, 'outcome')]);
        expect(run.stdout).toMatch(/decide: 1\.1\.1: outcome "Có thực hiện" no longer exists; now "[^"]+" \/ "[^"]+"/);
    });

    test('nothing is overwritten in the output folder without --force', async () => {
        const out = path.join(folder, 'kept');
        fs.mkdirSync(out);
        fs.writeFileSync(path.join(out, 'song-cau.yaml'), 'decided by hand\n');
        const run = await runCli(['migrate', '--from', before, '--to', after, path.join(assessments, 'song-cau.yaml'), '-o', out]);
        expect(run.status).toBe(2);
        expect(fs.readFileSync(path.join(out, 'song-cau.yaml'), 'utf8')).toBe('decided by hand\n');
        expect((await runCli(['migrate', '--from', before, '--to', after, path.join(assessments, 'song-cau.yaml'), '-o', out, '--force'])).status).toBe(0);
    });
});
