import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const rubric = path.join(repositoryRoot, 'examples/xa-2025/xa-2025.rubric');

/** Thirteen communes of one district, as a province's unit list names them. */
const COMMUNES = [
    ['phuong-1', 'Phường 1', 'phường'],
    ['phuong-2', 'Phường 2', 'phường'],
    ['phuong-9', 'Phường 9', 'phường'],
    ['xa-an-phu', 'Xã An Phú', 'xã'],
    ['xa-an-my', 'Xã An Mỹ', 'xã'],
    ['xa-an-chan', 'Xã An Chấn', 'xã'],
    ['xa-an-dan', 'Xã An Dân', 'xã'],
    ['xa-an-hiep', 'Xã An Hiệp', 'xã'],
    ['xa-an-hoa', 'Xã An Hòa Hải', 'xã'],
    ['xa-an-linh', 'Xã An Lĩnh', 'xã'],
    ['xa-an-nghiep', 'Xã An Nghiệp', 'xã'],
    ['xa-an-ninh', 'Xã An Ninh Tây', 'xã'],
    ['xa-an-tho', 'Xã An Thọ', 'xã'],
];

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-units-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
}

const unitList = (rows: string[][]): string => ['Mã đơn vị,Tên đơn vị,Nhóm', ...rows.map((r) => r.join(','))].join('\n') + '\n';

describe('rubric template --units', () => {
    test('13 communes from a CSV list: 13 workbooks, each with its unit filled in', async () => {
        const list = write('communes.csv', unitList(COMMUNES));
        const out = path.join(folder, 'sheets');
        const run = await runCli(['template', rubric, '--units', list, '-o', out, '--lang', 'vi']);
        expect(run.stderr).toContain('đã ghi 13 mẫu');
        expect(run.status).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(COMMUNES.map(([id]) => `${id}.xlsx`).sort());
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(out, 'xa-an-my.xlsx'));
        const sheet = workbook.getWorksheet('Tự đánh giá')!;
        const header = new Map<string, unknown>();
        for (let r = 3; r <= 10; r++) header.set(String(sheet.getCell(r, 2).value), sheet.getCell(r, 3).value);
        expect(header.get('Mã đơn vị')).toBe('xa-an-my');
        expect(header.get('Tên đơn vị')).toBe('Xã An Mỹ');
        expect(header.get('Nhóm đơn vị')).toBe('xã');
        // the unit type in words, not the rubric's key
        expect(header.get('Loại đơn vị')).toBe('Cấp xã');
    });

    test('YAML templates carry id, name, type and group', async () => {
        const list = write('two.csv', unitList(COMMUNES.slice(0, 2)));
        const out = path.join(folder, 'yaml');
        expect((await runCli(['template', rubric, '--units', list, '-o', out, '--format', 'yaml'])).status).toBe(0);
        const template = parse(fs.readFileSync(path.join(out, 'phuong-2.yaml'), 'utf8')) as { unit: unknown };
        expect(template.unit).toEqual({ id: 'phuong-2', name: 'Phường 2', type: 'commune', group: 'phường' });
    });

    test('a list with a duplicate id is refused with both places, and nothing is written', async () => {
        const list = write('dup.csv', unitList([...COMMUNES.slice(0, 3), ['phuong-2', 'Phường Hai', 'phường']]));
        const out = path.join(folder, 'dup');
        const run = await runCli(['template', rubric, '--units', list, '-o', out]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/dup\.csv:5:1: unit id "phuong-2" is listed twice \(also at line 3, column 1\)/);
        expect(fs.existsSync(out)).toBe(false);
    });

    test('existing files are not overwritten without --force, and no other file is written either', async () => {
        const list = write('three.csv', unitList(COMMUNES.slice(0, 3)));
        const out = path.join(folder, 'existing');
        fs.mkdirSync(out);
        fs.writeFileSync(path.join(out, 'phuong-9.yaml'), 'returned answers\n');
        const refused = await runCli(['template', rubric, '--units', list, '-o', out, '--format', 'yaml']);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('phuong-9.yaml');
        expect(fs.readdirSync(out)).toEqual(['phuong-9.yaml']);
        expect(fs.readFileSync(path.join(out, 'phuong-9.yaml'), 'utf8')).toBe('returned answers\n');
        const forced = await runCli(['template', rubric, '--units', list, '-o', out, '--format', 'yaml', '--force']);
        expect(forced.status).toBe(0);
        expect(fs.readFileSync(path.join(out, 'phuong-9.yaml'), 'utf8')).toContain('id: "phuong-9"');
    });

    test('a unit of another type than the rubric assesses is named', async () => {
        const list = write('types.csv', 'id,name,type\nphu-hoa,Huyện Phú Hòa,district\nphuong-1,Phường 1,commune\n');
        const run = await runCli(['template', rubric, '--units', list, '-o', path.join(folder, 'types')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/types\.csv:2:23: unit "phu-hoa" is of type "district"; the rubric assesses "commune"/);
    });

    test('a list without id and name headings, and --units without -o', async () => {
        const list = write('bad.csv', 'a,b\n1,2\n');
        const run = await runCli(['template', rubric, '--units', list, '-o', path.join(folder, 'bad')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('no heading row');
        expect((await runCli(['template', rubric, '--units', list])).stderr).toContain('--units needs -o FOLDER');
    });

    test('13 communes from an XLSX list (a title row, then the headings): one workbook per unit, id, name, type and group filled in', async () => {
        // a province's list as it keeps one: a title, a numbered column, the type in words
        const list = new ExcelJS.Workbook();
        const sheet = list.addWorksheet('Danh sách');
        sheet.getCell('A1').value = 'DANH SÁCH UBND XÃ, PHƯỜNG NĂM 2025';
        sheet.getRow(3).values = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Nhóm'];
        COMMUNES.forEach(([id, name, group], i) => (sheet.getRow(4 + i).values = [i + 1, id, name, 'Cấp xã', group]));
        const file = path.join(folder, 'communes.xlsx');
        await list.xlsx.writeFile(file);
        const out = path.join(folder, 'from-xlsx');
        const run = await runCli(['template', rubric, '--units', file, '-o', out, '--lang', 'vi']);
        expect(run.stderr).toContain('đã ghi 13 mẫu');
        expect(run.status).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(COMMUNES.map(([id]) => `${id}.xlsx`).sort());
        for (const [id, name, group] of COMMUNES) {
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.readFile(path.join(out, `${id}.xlsx`));
            const header = new Map<string, unknown>();
            const form = workbook.getWorksheet('Tự đánh giá')!;
            for (let r = 3; r <= 10; r++) header.set(String(form.getCell(r, 2).value), form.getCell(r, 3).value);
            expect([header.get('Mã đơn vị'), header.get('Tên đơn vị'), header.get('Loại đơn vị'), header.get('Nhóm đơn vị')]).toEqual([id, name, 'Cấp xã', group]);
        }
        // the same list gives YAML templates whose unit is what `rubric score` reads back
        const yaml = path.join(folder, 'from-xlsx-yaml');
        expect((await runCli(['template', rubric, '--units', file, '-o', yaml, '--format', 'yaml'])).status).toBe(0);
        const template = parse(fs.readFileSync(path.join(yaml, 'xa-an-tho.yaml'), 'utf8')) as { unit: unknown };
        expect(template.unit).toEqual({ id: 'xa-an-tho', name: 'Xã An Thọ', type: 'commune', group: 'xã' });
    });

    test('a duplicate id in an XLSX list is named at its cell, and nothing is written', async () => {
        const list = new ExcelJS.Workbook();
        const sheet = list.addWorksheet('Danh sách');
        sheet.getRow(1).values = ['Mã đơn vị', 'Tên đơn vị', 'Nhóm'];
        [...COMMUNES.slice(0, 2), ['phuong-1', 'Phường Một', 'phường']].forEach((row, i) => (sheet.getRow(2 + i).values = row));
        const file = path.join(folder, 'dup.xlsx');
        await list.xlsx.writeFile(file);
        const out = path.join(folder, 'dup-xlsx');
        const run = await runCli(['template', rubric, '--units', file, '-o', out]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/dup\.xlsx.*A4.*unit id "phuong-1" is listed twice/);
        expect(fs.existsSync(out)).toBe(false);
    });
});
