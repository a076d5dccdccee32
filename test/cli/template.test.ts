import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const rubric = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');

type Node = { code: string; children?: Node[]; scoring?: { method: string } };
let leaves: Node[];
let folder: string;

beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-template-'));
    const compiled = JSON.parse((await runCli(['compile', rubric])).stdout) as { nodes: Node[] };
    const walk = (nodes: Node[]): Node[] => nodes.flatMap((n) => (n.children?.length ? walk(n.children) : [n]));
    leaves = walk(compiled.nodes);
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric template', () => {
    test('YAML: every leaf present, with its rule in a comment, and it reads back', async () => {
        const run = await runCli(['template', rubric, '--format', 'yaml', '--lang', 'vi']);
        expect(run.status).toBe(0);
        const template = parse(run.stdout) as { items: Record<string, unknown>; survey: Record<string, unknown>; unit: { type: string } };
        const codes = [...Object.keys(template.items), ...Object.keys(template.survey)].sort();
        expect(codes).toEqual(leaves.map((l) => l.code).sort());
        expect(template.unit.type).toBe('district');
        expect(run.stdout).toContain('  #   Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0\n');
        // the blank template parses; what it still lacks is the unit, reported at its place
        const file = path.join(folder, 'blank.yaml');
        fs.writeFileSync(file, run.stdout);
        const scored = await runCli(['score', '--rubric', rubric, file]);
        expect(scored.status).toBe(1);
        expect(scored.stderr).toMatch(/blank\.yaml:\d+:\d+: unit\.id: Must not be empty/);
    });

    test('JSON: the same shape, nulls where answers go', async () => {
        const run = await runCli(['template', rubric, '--format', 'json']);
        const template = JSON.parse(run.stdout) as { items: Record<string, Record<string, unknown>>; metrics: Record<string, unknown> };
        expect(template.items['1.1.1']).toEqual({ choice: null, self: null, evidence: [], explanation: null, notes: null, appraisal1: null, appraisal2: null });
        expect(template.items['1.1.3']).toMatchObject({ answer: null });
        expect(Object.values(template.metrics).every((v) => v === null)).toBe(true);
    });

    test('JSON filled in by hand scores', async () => {
        const template = JSON.parse((await runCli(['template', rubric, '--format', 'json'])).stdout);
        const filled = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'examples/huyen-2022/assessments/dong-hoa.json'), 'utf8'));
        // the template's nulls for what the unit did not give are not errors
        for (const [code, answer] of Object.entries(filled.items)) template.items[code] = { ...template.items[code], ...(answer as object) };
        Object.assign(template.metrics, filled.metrics);
        Object.assign(template.survey, filled.survey);
        template.unit = filled.unit;
        const file = path.join(folder, 'filled.json');
        fs.writeFileSync(file, JSON.stringify(template));
        const run = await runCli(['score', '--rubric', rubric, file, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout).results[0].total).toBe(79.02);
    });

    test('CSV: a header of keys, one line per leaf', async () => {
        const run = await runCli(['template', rubric, '--format', 'csv']);
        const lines = run.stdout.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).toMatch(/^record,code,title,max,method,required,choice,self,survey,evidenceTitle,/);
        const itemCodes = lines.filter((l) => l.startsWith('item,') && !l.startsWith('item,,')).map((l) => l.split(',')[1]);
        // the leaves, and the criterion that may not apply (3.6) so that it can be marked
        expect(itemCodes.filter((c) => c !== '3.6')).toEqual(leaves.map((l) => l.code));
        expect(itemCodes).toContain('3.6');
    });

    test('XLSX: written with -o, byte-identical on a second run, with the three sheets a unit fills', async () => {
        const a = path.join(folder, 'a.xlsx');
        const b = path.join(folder, 'b.xlsx');
        expect((await runCli(['template', rubric, '--format', 'xlsx', '-o', a, '--lang', 'vi'])).status).toBe(0);
        expect((await runCli(['template', rubric, '--format', 'xlsx', '-o', b, '--lang', 'vi'])).status).toBe(0);
        expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(a) as unknown as ExcelJS.Buffer);
        expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
            ['Tự đánh giá', 'visible'],
            ['Số liệu', 'visible'],
            ['Thưởng, trừ', 'visible'],
            ['Danh mục', 'hidden'],
        ]);
        const headings = workbook.worksheets[0].getRow(13).values as unknown[];
        expect(headings.slice(1, 8)).toEqual(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm', 'Tài liệu kiểm chứng yêu cầu', 'Kết quả (chọn)', 'Điểm tự chấm']);
    });

    test('XLSX: live subtotals, the council’s columns locked and grey, dates validated, Vietnamese words', async () => {
        const out = path.join(folder, 'formulas.xlsx');
        expect((await runCli(['template', rubric, '--format', 'xlsx', '-o', out, '--lang', 'vi'])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets[0];
        const keyRow = 14;
        const column: Record<string, number> = {};
        sheet.getRow(keyRow).eachCell((cell, n) => (column[String(cell.value)] = n));
        const rowOf = (code: string): ExcelJS.Row => {
            for (let r = keyRow + 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, column.code).value === code) return sheet.getRow(r);
            throw new Error(code);
        };
        const criterion = rowOf('1.1').getCell(column.self).value as { formula: string };
        const children = ['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((code) => `G${rowOf(code).number}`);
        expect(criterion.formula).toBe(`MIN(C${rowOf('1.1').number},SUM(${children.join(',')}))`);
        const leaf = rowOf('1.1.1');
        expect(leaf.getCell(column.self).protection?.locked).toBe(false);
        expect(leaf.getCell(column.appraisal1).protection?.locked).not.toBe(false);
        expect(JSON.stringify(leaf.getCell(column.appraisal1).fill)).not.toBe(JSON.stringify(leaf.getCell(column.self).fill));
        // exceljs sets sheetProtection when the sheet is protected; its types do not declare it
        expect((sheet as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
        expect(leaf.getCell(column.evidenceDate).dataValidation?.type).toBe('date');
        const texts: string[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && texts.push(cell.value)));
        expect(texts).toContain('Cấp huyện');
        expect(texts).toContain('TỔNG CỘNG');
        expect(texts).not.toContain('district');
    });

    test('XLSX: the subtotal formulas are not read back as answers', async () => {
        // dong-xuan.xlsx is the template typed in: its parent and total rows hold formulas
        const run = await runCli(['score', '--rubric', rubric, path.join(repositoryRoot, 'examples/huyen-2022/assessments/dong-xuan.xlsx'), '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('English headings with --lang en', async () => {
        const out = path.join(folder, 'en.xlsx');
        expect((await runCli(['template', rubric, '--format', 'xlsx', '-o', out, '--lang', 'en'])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
        expect(workbook.worksheets[0].name).toBe('Assessment');
        expect((workbook.worksheets[0].getRow(13).values as unknown[])[7]).toBe('Self score');
    });

    test('usage errors: xlsx to the terminal, -o over the rubric, a missing rubric', async () => {
        expect((await runCli(['template', rubric, '--format', 'xlsx'])).status).toBe(2);
        const over = await runCli(['template', rubric, '--format', 'yaml', '-o', rubric]);
        expect(over.status).toBe(2);
        expect(over.stderr).toContain('refusing to overwrite');
        expect((await runCli(['template', path.join(folder, 'none.rubric')])).status).toBe(2);
    });
});
