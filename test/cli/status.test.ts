import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');
const assessments = path.join(example, 'assessments');

let folder: string;
let round: string;
let units: string;

/** The nine districts' list; their files came back except Tuy An's and Phú Hòa's, and Sơn Hòa's is half filled. */
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-status-'));
    round = path.join(folder, 'returned');
    fs.mkdirSync(round);
    const rows = ['Mã đơn vị,Tên đơn vị'];
    for (const name of fs.readdirSync(assessments).sort()) {
        if (name.endsWith('.xlsx')) {
            rows.push('PY-DONGXUAN,UBND huyện Đồng Xuân');
            fs.copyFileSync(path.join(assessments, name), path.join(round, name));
            continue;
        }
        const text = fs.readFileSync(path.join(assessments, name), 'utf8');
        const assessment = (name.endsWith('.json') ? JSON.parse(text) : parse(text)) as { unit: { id: string; name: string }; items: Record<string, unknown> };
        rows.push(`${assessment.unit.id},${assessment.unit.name}`);
        if (name === 'tuy-an.yaml' || name === 'phu-hoa.json') continue;
        if (name === 'son-hoa.yaml') {
            const codes = Object.keys(assessment.items);
            for (const code of codes.slice(0, 30)) delete assessment.items[code];
            fs.writeFileSync(path.join(round, name), stringify(assessment));
        } else {
            fs.copyFileSync(path.join(assessments, name), path.join(round, name));
        }
    }
    units = path.join(folder, 'units.csv');
    fs.writeFileSync(units, rows.join('\n') + '\n');
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Status = { round: Record<string, number>; units: { id: string; file: string | null; state: string; answered: number; required: number; selfTotal: number | null }[] };

describe('rubric status', () => {
    test('two units without a file and one half-filled file, per unit and for the round', async () => {
        const run = await runCli(['status', rubric, round, '--units', units, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const status = JSON.parse(run.stdout) as Status;
        expect(status.units).toHaveLength(9);
        expect(status.units.filter((u) => u.state === 'missing').map((u) => u.id).sort()).toEqual(['PY-PHUHOA', 'PY-TUYAN']);
        const sonHoa = status.units.find((u) => u.id === 'PY-SONHOA')!;
        expect(sonHoa.state).toBe('incomplete');
        expect(sonHoa.answered).toBeLessThan(sonHoa.required);
        expect(sonHoa.answered).toBeGreaterThan(0);
        expect(status.units.filter((u) => u.state === 'complete')).toHaveLength(6);
        expect(status.round).toMatchObject({ units: 9, filesFound: 7, missing: 2, incomplete: 1, complete: 6, unreadable: 0 });
        // the self-assessed total so far is what scoring sums from the same file
        const songCau = status.units.find((u) => u.id === 'PY-SONGCAU')!;
        const scored = JSON.parse((await runCli(['score', '--rubric', rubric, path.join(assessments, 'song-cau.yaml'), '--format', 'json'])).stdout);
        expect(songCau.selfTotal).toBe(scored.results[0].selfTotal);
    });

    test('the table says it in Vietnamese, one line for the round', async () => {
        const run = await runCli(['status', rubric, round, '--units', units, '--lang', 'vi']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/UBND huyện Tuy An\s+–\s+chưa nộp/);
        expect(run.stdout).toMatch(/UBND huyện Sơn Hòa\s+\S+son-hoa\.yaml\s+còn thiếu/);
        expect(run.stdout).toContain('9 đơn vị: 7 đã nộp, 2 chưa nộp; 6 đầy đủ, 1 còn thiếu, 0 không đọc được;');
    });

    test('md and xlsx', async () => {
        const md = await runCli(['status', rubric, round, '--units', units, '--format', 'md']);
        expect(md.stdout).toMatch(/\| UBND huyện Phú Hòa \| – \| no file \|/);
        const out = path.join(folder, 'status.xlsx');
        expect((await runCli(['status', rubric, round, '--units', units, '--format', 'xlsx', '-o', out])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(out);
        const names: unknown[] = [];
        workbook.worksheets[0].eachRow((row) => names.push(row.getCell(1).value));
        expect(names).toContain('UBND huyện Tuy An');
        expect((await runCli(['status', rubric, round, '--format', 'xlsx'])).status).toBe(2);
    });

    test('a file for no listed unit and two files for one unit are named, exit 1', async () => {
        const extra = path.join(folder, 'extra');
        fs.cpSync(round, extra, { recursive: true });
        fs.copyFileSync(path.join(assessments, 'tuy-hoa.yaml'), path.join(extra, 'tuy-hoa-again.yaml'));
        const list = path.join(folder, 'short.csv');
        fs.writeFileSync(list, fs.readFileSync(units, 'utf8').split('\n').filter((l) => !l.startsWith('PY-DONGHOA')).join('\n'));
        const run = await runCli(['status', rubric, extra, '--units', list]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/dong-hoa\.json: unit "PY-DONGHOA" is not in the unit list/);
        expect(run.stderr).toMatch(/tuy-hoa\.yaml: a second file for unit "PY-TUYHOA" \(also \S*tuy-hoa-again\.yaml\)/);
    });
});
