import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-provisional-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** An example unit's file without its survey results, as it stands before the survey is published. */
function withoutSurvey(unit: string): string {
    const assessment = parse(fs.readFileSync(path.join(example, 'assessments', `${unit}.yaml`), 'utf8')) as { survey?: unknown };
    delete assessment.survey;
    const file = path.join(folder, `${unit}.yaml`);
    fs.writeFileSync(file, stringify(assessment));
    return file;
}

type Unit = { unit: { id: string }; total: number; grade: string; provisional: boolean; pending: { points: number; reachable: number; items: { code: string; max: number; awaiting: string }[] } | null };

describe('provisional results', () => {
    test('a unit without its survey results is scored, provisionally, with the pending survey points named', async () => {
        const file = withoutSurvey('song-cau');
        const run = await runCli(['score', '--rubric', rubric, file, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as { results: Unit[]; summary: { provisional: number } };
        const unit = json.results[0];
        expect(unit.provisional).toBe(true);
        expect(unit.pending!.items).toEqual([
            { code: '8.1.1', title: expect.any(String), max: 3, awaiting: 'survey' },
            { code: '8.1.2', title: expect.any(String), max: 2, awaiting: 'survey' },
        ]);
        expect(unit.pending!.points).toBe(5);
        expect(unit.pending!.reachable).toBe(Math.round((unit.total + 5) * 100) / 100);
        expect(json.summary.provisional).toBe(1);
        // with the survey the same unit is final, and its total is what it was without, plus the survey
        const final = JSON.parse((await runCli(['score', '--rubric', rubric, path.join(example, 'assessments/song-cau.yaml'), '--format', 'json'])).stdout) as { results: Unit[] };
        expect(final.results[0].provisional).toBe(false);
        expect(final.results[0].pending).toBeNull();
        expect(final.results[0].total).toBeGreaterThan(unit.total);
    });

    test('the report says so in words, and marks the grades and ranks of the batch provisional', async () => {
        const file = withoutSurvey('song-cau');
        const vi = await runCli(['score', '--rubric', rubric, file, path.join(example, 'assessments/tuy-hoa.yaml'), '--lang', 'vi']);
        expect(vi.status).toBe(0);
        expect(vi.stdout).toMatch(/đạt [\d,]+ điểm tạm tính; còn chờ 5 điểm điều tra xã hội học; tối đa còn có thể đạt [\d,]+ điểm/);
        expect(vi.stdout).toContain('Kết quả tạm tính: 1 đơn vị còn chờ điểm, xếp loại và xếp hạng có thể thay đổi');
        expect(vi.stdout).toMatch(/\(tạm tính\)/);
        const md = await runCli(['score', '--rubric', rubric, file, '--format', 'md']);
        expect(md.stdout).toContain('still to come: 5 survey points');
    });
});

describe('a commune sheet before the survey and the council', () => {
    const commune = path.join(repositoryRoot, 'examples/xa-2025');
    const communeRubric = path.join(commune, 'xa-2025.rubric');
    const ward = path.join(commune, 'assessments/phuong-tuy-hoa.yaml');

    test("the example ward's sheet has no survey results: a provisional result with the survey points pending and the maximum still reachable", async () => {
        const json = JSON.parse((await runCli(['score', '--rubric', communeRubric, ward, '--format', 'json'])).stdout) as { results: Unit[] };
        const unit = json.results[0];
        expect(unit.provisional).toBe(true);
        // field 7 is the survey, all of it pending
        expect(unit.pending!.items.map((i) => [i.code, i.awaiting])).toEqual([
            ['7.1', 'survey'],
            ['7.2', 'survey'],
            ['7.3', 'survey'],
            ['7.4', 'survey'],
        ]);
        const survey = unit.pending!.items.reduce((n, i) => n + i.max, 0);
        // appraised 80 + survey 20: the whole survey share is pending, and named
        expect(survey).toBe(20);
        expect(unit.pending!.points).toBe(20);
        const run = await runCli(['score', '--rubric', communeRubric, ward, '--lang', 'vi']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const total = String(unit.total).replace('.', ',');
        const reachable = String(Math.round((unit.total + survey) * 100) / 100).replace('.', ',');
        expect(run.stdout).toContain(`đạt ${total} điểm tạm tính; còn chờ 20 điểm điều tra xã hội học; tối đa còn có thể đạt ${reachable} điểm`);
        expect(run.stdout).toMatch(/Xếp loại[\s\S]*\(tạm tính\)/);
    });

    test('a judged item the council has not scored yet (and the unit did not claim) is pending, not 0: the result is provisional and names the council points', async () => {
        const assessment = parse(fs.readFileSync(ward, 'utf8')) as { items: Record<string, { self?: number; appraisal1?: number }> };
        const appraised = assessment.items['1.5'].appraisal1!;
        // a claim alone would stand until the council appraises it; without one there is no score yet
        delete assessment.items['1.5'].appraisal1;
        delete assessment.items['1.5'].self;
        const file = path.join(folder, 'phuong-tuy-hoa.yaml');
        fs.writeFileSync(file, stringify(assessment));
        const before = JSON.parse((await runCli(['score', '--rubric', communeRubric, ward, '--format', 'json'])).stdout) as { results: (Unit & { items: { code: string; score: number | null; source: string }[] })[] };
        const run = await runCli(['score', '--rubric', communeRubric, file, '--format', 'json']);
        expect(run.status).toBe(0);
        const unit = (JSON.parse(run.stdout) as typeof before).results[0];
        const judged = unit.pending!.items.find((i) => i.code === '1.5')!;
        expect(judged).toEqual({ code: '1.5', title: expect.any(String), max: 2, awaiting: 'council' });
        // the total lacks the council's points, and the unit's own claim does not stand in for them
        expect(unit.total).toBe(Math.round((before.results[0].total - appraised) * 100) / 100);
        expect(unit.pending!.points).toBe(before.results[0].pending!.points + judged.max);
        expect(unit.pending!.reachable).toBe(Math.round((unit.total + unit.pending!.points) * 100) / 100);
        const vi = await runCli(['score', '--rubric', communeRubric, file, '--lang', 'vi']);
        expect(vi.stdout).toContain('2 điểm do Hội đồng chấm');
    });
});
