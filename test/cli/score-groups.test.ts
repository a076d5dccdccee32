import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';
import { docxWords } from './word/docx-text.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');
const assessments = path.join(example, 'assessments');

/** The province's two groups of districts: the towns and the city, and the rural districts. */
const TOWNS = 'thị xã, thành phố';
const TOWN_FILES = ['song-cau', 'tuy-hoa', 'dong-hoa'];

let folder: string;
let grouped: string;
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-groups-'));
    grouped = path.join(folder, 'grouped');
    fs.mkdirSync(grouped);
    // the example's units with their group in the header; Đồng Xuân's workbook stays without one
    for (const name of fs.readdirSync(assessments)) {
        const [base, extension] = name.split('.');
        const group = TOWN_FILES.includes(base) ? TOWNS : 'huyện';
        const source = fs.readFileSync(path.join(assessments, name));
        if (extension === 'xlsx') fs.writeFileSync(path.join(grouped, name), source);
        else {
            const assessment = parse(source.toString('utf8')) as { unit: Record<string, string> };
            assessment.unit.group = group;
            fs.writeFileSync(path.join(grouped, name), extension === 'json' ? JSON.stringify(assessment, null, 2) : stringify(assessment));
        }
    }
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Unit = { unit: { id: string; name: string }; total: number; index: number; grade: string; rank: number; of: number; group?: { name: string; rank: number; of: number } | null };
type Results = { results: Unit[]; summary: { grades: Record<string, number>; groups?: { type: string; group: string; count: number; grades: Record<string, number> }[] } };

async function scoreJson(args: string[]): Promise<Results> {
    const run = await runCli(['score', '--rubric', rubric, grouped, '--format', 'json', ...args]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as Results;
}

describe('rubric score --rank-within group', () => {
    test('each unit is ranked among its group as well as overall, and each group counts its grades', async () => {
        const json = await scoreJson(['--rank-within', 'group']);
        const groupOf = (unit: Unit): string | undefined => unit.group?.name;
        for (const name of [TOWNS, 'huyện']) {
            // the group's members in the overall order (best first): their group ranks count from 1
            const members = json.results.filter((u) => groupOf(u) === name);
            expect(members.length).toBe(name === TOWNS ? 3 : 5);
            expect(members.map((u) => u.group!.rank)).toEqual(members.map((_, i) => i + 1));
            expect(members.every((u) => u.group!.of === members.length)).toBe(true);
            const counts = json.summary.groups!.find((g) => g.group === name)!;
            expect(counts.count).toBe(members.length);
            for (const [grade, count] of Object.entries(counts.grades)) expect(count).toBe(members.filter((u) => u.grade === grade).length);
        }
        // the workbook names no group: ranked overall only
        const noGroup = json.results.filter((u) => u.group === null);
        expect(noGroup.map((u) => u.unit.id)).toEqual(['PY-DONGXUAN']);
        // the overall ranks are those of a run without groups
        const overall = await scoreJson([]);
        expect(json.results.map((u) => [u.unit.id, u.rank, u.of])).toEqual(overall.results.map((u) => [u.unit.id, u.rank, u.of]));
        expect(json.summary.grades).toEqual(overall.summary.grades);
    });

    test('without the flag the report is byte for byte what the same units give without any group', async () => {
        for (const format of ['json', 'csv', 'md', 'table']) {
            const withGroups = await runCli(['score', '--rubric', rubric, grouped, '--format', format]);
            const without = await runCli(['score', '--rubric', rubric, assessments, '--format', format]);
            expect(withGroups.status).toBe(0);
            expect(withGroups.stdout).toBe(without.stdout);
        }
    });

    test('the terminal, Markdown and HTML show the rank in the group beside the overall rank, and the counts per group', async () => {
        const json = await scoreJson(['--rank-within', 'group']);
        const songCau = json.results.find((u) => u.unit.id === 'PY-SONGCAU')!;
        const towns = json.results.filter((u) => u.group?.name === TOWNS);
        const groupRank = `${towns.indexOf(songCau) + 1}/3 trong nhóm ${TOWNS}`;
        const table = await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'group', '--lang', 'vi']);
        expect(table.status).toBe(0);
        expect(table.stdout).toMatch(new RegExp(`${songCau.rank}/${songCau.of} +${groupRank} +UBND thị xã Sông Cầu`));
        expect(table.stdout).toMatch(/Số đơn vị theo xếp loại trong nhóm huyện: \d\d /);
        expect(table.stdout).toContain(`Số đơn vị theo xếp loại trong nhóm ${TOWNS}: `);
        const md = await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'group', '--format', 'md', '--lang', 'vi']);
        expect(md.stdout).toContain(`| ${songCau.rank}/${songCau.of} | ${groupRank} | UBND thị xã Sông Cầu |`);
        const html = await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'group', '--format', 'html', '--lang', 'en']);
        expect(html.stdout).toContain(`<td>${towns.indexOf(songCau) + 1}/3 in group ${TOWNS}</td><td>UBND thị xã Sông Cầu</td>`);
        expect(html.stdout).toMatch(new RegExp(`ranked ${songCau.rank} of ${songCau.of}, ranked ${towns.indexOf(songCau) + 1} of 3 in group ${TOWNS}`));
        expect(html.stdout).toContain('Units per grade in group huyện: ');
    });

    test('CSV gives group, rank and size in columns of their own, and a table of each group per grade', async () => {
        const json = await scoreJson(['--rank-within', 'group']);
        const run = await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'group', '--format', 'csv']);
        const [units, counts] = run.stdout.replace('\uFEFF', '').split('\r\n\r\n');
        const lines = units.split('\r\n');
        expect(lines[0]).toMatch(/^Rank,Of,Unit id,Unit name,Unit type,Unit group,Rank in group,Of in group,Total,/);
        const songCau = json.results.find((u) => u.unit.id === 'PY-SONGCAU')!;
        expect(lines.find((l) => l.includes('PY-SONGCAU'))).toContain(`,district,"${TOWNS}",${songCau.group!.rank},3,`);
        expect(lines.find((l) => l.includes('PY-DONGXUAN'))).toMatch(/,district,,,,/);
        const rows = counts.trim().split('\r\n');
        expect(rows[0]).toBe('group_type,group,grade,count');
        const huyen = json.summary.groups!.find((g) => g.group === 'huyện')!;
        for (const [grade, count] of Object.entries(huyen.grades)) expect(rows).toContain(`district,huyện,${grade},${count}`);
    });

    test('the workbook and the Word report carry the group ranks and counts too', async () => {
        const json = await scoreJson(['--rank-within', 'group']);
        const songCau = json.results.find((u) => u.unit.id === 'PY-SONGCAU')!;
        const xlsx = path.join(folder, 'ket-qua.xlsx');
        expect((await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'group', '--format', 'xlsx', '-o', xlsx, '--lang', 'vi'])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(xlsx);
        const ranking = workbook.worksheets[0];
        expect(ranking.getCell('B3').value).toBe('Xếp hạng trong nhóm');
        const row = [...Array(ranking.rowCount).keys()].map((i) => ranking.getRow(i + 1)).find((r) => r.getCell(4).value === 'PY-SONGCAU')!;
        expect(row.getCell(2).value).toBe(`${songCau.group!.rank}/3 trong nhóm ${TOWNS}`);
        // the figures keep their columns' number format after the added column
        expect(row.getCell(5).value).toBe(songCau.total);
        const column = [...Array(ranking.rowCount).keys()].map((i) => String(ranking.getCell(i + 1, 1).value ?? ''));
        expect(column.some((v) => v.startsWith('Số đơn vị theo xếp loại trong nhóm huyện: '))).toBe(true);
        const docx = path.join(folder, 'bao-cao.docx');
        expect((await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'group', '--format', 'docx', '-o', docx, '--lang', 'vi'])).status).toBe(0);
        const { words } = await docxWords(fs.readFileSync(docx));
        expect(words).toContain(`${songCau.rank}/${songCau.of}|${songCau.group!.rank}/3 trong nhóm ${TOWNS}|UBND thị xã Sông Cầu`);
        expect(words).toContain(`Số đơn vị theo xếp loại trong nhóm ${TOWNS}: `);
    });

    test('an unknown kind of ranking is refused by the option', async () => {
        const run = await runCli(['score', '--rubric', rubric, grouped, '--rank-within', 'province']);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('province');
    });
});
