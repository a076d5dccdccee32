import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, type CliRun } from './run-cli.js';

const policeRubric = path.join(repositoryRoot, 'test/fixtures/cong-an-2024-as-published.rubric');
const policeSheet = path.join(repositoryRoot, 'test/fixtures/cong-an-2024-as-published.xlsx');
const SHEET = "'TÊN ĐƠN VỊ'";
const POLICE_OPTIONS = ['--id', 'BANG_I', '--year', '2024', '--unit-type', 'Đơn vị thuộc Công an tỉnh'];

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-import-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const inFolder = (name: string): string => path.join(folder, name);

type CompiledNode = { code: string; title: string; max: number; children?: CompiledNode[]; scoring?: Scoring };
type Scoring =
    | { method: 'choice'; outcomes: { label: string; points: number }[] }
    | { method: 'yesno'; outcomes: { yes: { points: number }; no: { points: number } } }
    | { method: 'deadline'; onTime: number; late: number; missing: number }
    | { method: 'bands'; bands: { points: number }[] }
    | { method: string };

async function compiled(file: string): Promise<{ nodes: CompiledNode[]; total: number; counts: Record<string, number> }> {
    const run = await runCli(['compile', file]);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
}

/** What a reader of the table sees of a node: code, title, max, and the outcomes' texts and points. */
function tableOf(nodes: CompiledNode[]): string[] {
    return nodes.flatMap((node) => [`${node.code} | ${node.title} | ${node.max} | ${outcomesOf(node.scoring)}`, ...tableOf(node.children ?? [])]);
}

/** Choice outcomes by text and points; the other methods by the points a unit can get, as the annex lists them. */
function outcomesOf(scoring: Scoring | undefined): string {
    if (!scoring) return '';
    if ('outcomes' in scoring && Array.isArray(scoring.outcomes)) return scoring.outcomes.map((o) => `${o.label}: ${o.points}`).join('; ');
    if ('outcomes' in scoring && !Array.isArray(scoring.outcomes)) return `${scoring.outcomes.yes.points}; ${scoring.outcomes.no.points}`;
    if ('onTime' in scoring) return `${scoring.onTime}; ${scoring.late}; ${scoring.missing}`;
    if ('bands' in scoring) return scoring.bands.map((b) => b.points).join('; ');
    return '';
}

/** The outcome points only, where the method keeps its outcome texts elsewhere than a choice. */
function pointsOnly(row: string): string {
    const [code, title, max, outcomes] = row.split(' | ');
    return [code, title, max, outcomes.split('; ').map((o) => o.replace(/^.*: /, '')).join('; ')].join(' | ');
}

async function importTo(input: string, output: string, extra: string[] = []): Promise<CliRun> {
    return runCli(['import', input, '-o', output, ...extra]);
}

function lineAbove(file: string, line: number): string {
    return fs.readFileSync(file, 'utf8').split('\n')[line - 2].trim();
}

describe('rubric import: the police sheet as published', () => {
    test('7 fields, 27 criteria, 63 sub-criteria, 100 points, and only the misnumbered 4.5.1 and 4.5.2 to fix', async () => {
        const out = inFolder('police.rubric');
        const run = await importTo(policeSheet, out, POLICE_OPTIONS);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('7 fields, 27 criteria, 63 sub-criteria; 0 warnings');
        const check = await runCli(['check', out, '--format', 'json']);
        const findings = (JSON.parse(check.stdout) as { findings: { code: string; severity: string; line: number; message: string }[] }).findings;
        const errors = findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.code)).toEqual(['code/parent', 'code/parent']);
        expect(errors.map((f) => lineAbove(out, f.line))).toEqual([`// ${SHEET}!A163`, `// ${SHEET}!A166`]);
        // the sheet's numbering put right, exactly what `check` asked for: the rest needs no change
        const fixed = inFolder('police-fixed.rubric');
        fs.writeFileSync(fixed, fs.readFileSync(out, 'utf8').replace('item 4.5.1 ', 'item 4.4.1 ').replace('item 4.5.2 ', 'item 4.4.2 '));
        const rubric = await compiled(fixed);
        expect(rubric.counts).toMatchObject({ fields: 7, criteria: 27, items: 63 });
        expect(rubric.total).toBe(100);
    });

    test('codes, titles, maxima and outcome texts are those of the hand transcription', async () => {
        const out = inFolder('police-table.rubric');
        await importTo(policeSheet, out, POLICE_OPTIONS);
        const corrected = (file: string) => fs.readFileSync(file, 'utf8').replace('item 4.5.1 ', 'item 4.4.1 ').replace('item 4.5.2 ', 'item 4.4.2 ');
        const a = inFolder('a.rubric');
        const b = inFolder('b.rubric');
        fs.writeFileSync(a, corrected(out));
        fs.writeFileSync(b, corrected(policeRubric));
        expect(tableOf((await compiled(a)).nodes)).toEqual(tableOf((await compiled(b)).nodes));
    });

    test('a unit choosing every best outcome scores 100', async () => {
        const out = inFolder('police-score.rubric');
        await importTo(policeSheet, out, POLICE_OPTIONS);
        fs.writeFileSync(out, fs.readFileSync(out, 'utf8').replace('item 4.5.1 ', 'item 4.4.1 ').replace('item 4.5.2 ', 'item 4.4.2 '));
        const leaves = (nodes: CompiledNode[]): CompiledNode[] => nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : [n]));
        const items: Record<string, { choice: number }> = {};
        for (const leaf of leaves((await compiled(out)).nodes)) {
            const outcomes = (leaf.scoring as { outcomes: { points: number }[] }).outcomes;
            const best = Math.max(...outcomes.map((o) => o.points));
            items[leaf.code] = { choice: outcomes.findIndex((o) => o.points === best) + 1 };
        }
        const assessment = inFolder('best.json');
        fs.writeFileSync(assessment, JSON.stringify({ rubric: 'BANG_I', year: 2024, unit: { id: 'U1', name: 'Đơn vị', type: 'Đơn vị thuộc Công an tỉnh' }, items }));
        const run = await runCli(['score', '--rubric', out, assessment, '--format', 'json']);
        expect(run.status, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout).results[0].total).toBe(100);
    });

    test('three defects typed into the sheet are the three findings of check, each under the comment naming its cell', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(policeSheet);
        const sheet = workbook.worksheets[0];
        sheet.getCell('C252').value = { formula: 'SUM(C5,C64,C119,C134,C169,C198,C235)', result: 101 }; // the total's max
        sheet.getCell('A11').value = '1.1.1'; // 1.1.2 numbered as the item before it
        sheet.getCell('B27').value = 'Đầy đủ nội dung: 3'; // an outcome of 1.2.2 (max 2) raised to 3
        sheet.getCell('C27').value = '3';
        const input = inFolder('defects.xlsx');
        await workbook.xlsx.writeFile(input);
        const out = inFolder('defects.rubric');
        expect((await importTo(input, out, POLICE_OPTIONS)).status).toBe(0);
        const check = await runCli(['check', out, '--format', 'json']);
        expect(check.status).toBe(1);
        const findings = (JSON.parse(check.stdout) as { findings: { code: string; severity: string; line: number }[] }).findings.filter(
            (f) => f.severity === 'error' && f.code !== 'code/parent',
        );
        expect(findings.map((f) => [f.code, lineAbove(out, f.line)])).toEqual([
            ['sum/total', `// ${SHEET}!C252`],
            ['code/duplicate', `// ${SHEET}!A11`],
            ['points/exceeds-max', `// ${SHEET}!B27`],
        ]);
    });
});
