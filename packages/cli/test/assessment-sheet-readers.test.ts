import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { prepareRubric, scoreAssessment, type CompiledRubric } from '@par-rubric/language/scoring';
import { parseCsv } from '../src/layouts/csv-table.js';
import { locateProblems } from '@par-rubric/language/assessment-input';
import { checkAssessmentFile, readAssessmentFile } from '../src/input/assessment/read-assessment.js';
import csvTemplate from '../src/report/template/csv.js';
import xlsxTemplate from '../src/report/template/xlsx.js';
import { exampleCompiled, problemsOf, temporaryFolder } from './helpers.js';

let rubric: CompiledRubric;
let folder: string;
beforeAll(async () => (rubric = await exampleCompiled()));
beforeEach(() => (folder = temporaryFolder()));
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
}

/** The CSV template with values typed into some cells: (record kind, code, column key) → value. */
function filledCsv(values: [string, string, string, string][], delimiter = ','): string {
    const parsed = parseCsv(csvTemplate(rubric, 'vi').replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw new Error('template does not parse');
    const [header, ...rows] = parsed.rows.map((row) => row.cells.map((cell) => cell.value));
    for (const [record, code, key, value] of values) {
        const row = rows.find((r) => r[0] === record && r[header.indexOf('code')] === code);
        if (!row) throw new Error(`no ${record} row ${code}`);
        row[header.indexOf(key)] = value;
    }
    const quote = (cell: string): string => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    return [header, ...rows].map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

const UNIT: [string, string, string, string][] = [
    ['header', 'unit.id', 'value', 'PY-SONGCAU'],
    ['header', 'unit.name', 'value', 'UBND thị xã Sông Cầu'],
];

describe('CSV assessments (the template filled in)', () => {
    test('header, metrics, answers and evidence read into the assessment', async () => {
        const text = filledCsv([
            ...UNIT,
            ['metric', 'planDone', 'value', '95,7'],
            ['metric', 'propagandaPlanDate', 'value', '20/01/2022'],
            ['metric', 'tasksDefined', 'value', 'Có'],
            ['item', '1.1.1', 'choice', 'Ban hành kịp thời'],
            ['item', '1.1.1', 'self', '1'],
            ['item', '1.1.1', 'evidenceTitle', 'Kế hoạch CCHC năm 2022'],
            ['item', '1.1.1', 'evidenceNumber', '12/KH-UBND'],
            ['item', '1.1.1', 'evidenceDate', '14/01/2022'],
            ['item', '1.1.3', 'choice', 'Đạt yêu cầu'],
            ['item', '1.5', 'self', '1,25'],
            ['item', '1.5', 'appraisal1', '1'],
            ['bonus', 'initiative', 'points', '1'],
            ['item', '3.6', 'notApplicable', 'x'],
        ]);
        const loaded = await readAssessmentFile(write('a.csv', text), rubric, 'vi');
        const a = loaded.assessment;
        expect(a.rubric).toBe('PAR_HUYEN_2022');
        expect(a.unit).toEqual({ id: 'PY-SONGCAU', name: 'UBND thị xã Sông Cầu', type: 'district' });
        expect(a.metrics).toEqual({ planDone: 95.7, propagandaPlanDate: '2022-01-20', tasksDefined: true });
        expect(a.items?.['1.1.1']).toEqual({
            choice: 'Ban hành kịp thời',
            self: 1,
            evidence: [{ title: 'Kế hoạch CCHC năm 2022', number: '12/KH-UBND', date: '2022-01-14', ref: 'planDoc' }],
        });
        expect(a.items?.['1.1.3']).toEqual({ answer: true });
        expect(a.items?.['1.5']).toEqual({ self: 1.25, appraisal1: 1 });
        expect(a.bonuses).toEqual([{ key: 'initiative', points: 1 }]);
        expect(a.notApplicable).toEqual(['3.6']);
    });

    test("semicolons and decimal commas, as Excel saves CSV on a Vietnamese Windows", async () => {
        const text = filledCsv([...UNIT, ['item', '1.6.1', 'self', '2,64']], ';');
        const loaded = await readAssessmentFile(write('a.csv', '\uFEFF' + text), rubric, 'vi');
        expect(loaded.assessment.items?.['1.6.1']).toEqual({ self: 2.64 });
    });

    test('a cell that is not a number: its line and column', async () => {
        const text = filledCsv([...UNIT, ['item', '1.6.1', 'self', 'hai']]);
        const file = write('a.csv', text);
        const line = text.split('\r\n').findIndex((l) => l.startsWith('item,1.6.1,')) + 1;
        const column = text.split('\r\n')[line - 1].indexOf(',hai') + 2;
        expect((await problemsOf(file, rubric)).lines).toEqual([`${file}:${line}:${column}: "hai" is not a number`]);
    });

    test('a quote that is never closed', async () => {
        const file = write('a.csv', 'record,code,value\nheader,unit.id,"PY-SONGCAU\n');
        expect((await problemsOf(file, rubric)).lines).toEqual([`${file}:2:16: a quoted cell is never closed`]);
    });

    test('a header line without the key columns', async () => {
        const file = write('a.csv', 'STT,Nội dung\n1,x\n');
        const { lines } = await problemsOf(file, rubric);
        expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:1:1: missing columns record, code; the first line must be: record,code,`));
    });

    test('a blank cell is reported at its own column: a unit id, a metric value, a choice', async () => {
        /** Line and column where a record's cell of a column starts in the text. */
        const placeOf = (text: string, record: string, code: string, key: string): string => {
            const parsed = parseCsv(text);
            if (!parsed.ok) throw new Error('does not parse');
            const column = parsed.rows[0].cells.findIndex((c) => c.value === key);
            const row = parsed.rows.find((r) => r.cells[0].value === record && r.cells[1].value === code)!;
            return `${row.cells[column].line}:${row.cells[column].column}`;
        };
        const noId = filledCsv([['header', 'unit.name', 'value', 'UBND thị xã Sông Cầu']]);
        const file = write('no-id.csv', noId);
        expect((await problemsOf(file, rubric)).lines).toEqual([`${file}:${placeOf(noId, 'header', 'unit.id', 'value')}: unit.id: Required field is missing`]);

        const half = filledCsv(UNIT);
        const checked = await checkAssessmentFile(write('half.csv', half), rubric, 'en');
        const problems = locateProblems(checked.file, checked.locations, scoreAssessment(prepareRubric(rubric), checked.assessment).problems, 'en');
        const at = (path: string) => problems.find((p) => JSON.stringify(p.path) === path)?.location;
        expect(at('["metrics","planDone"]')).toMatchObject({ kind: 'text', line: Number(placeOf(half, 'metric', 'planDone', 'value').split(':')[0]), column: Number(placeOf(half, 'metric', 'planDone', 'value').split(':')[1]) });
        const choice = placeOf(half, 'item', '1.1.1', 'choice').split(':').map(Number);
        expect(at('["items","1.1.1","choice"]')).toEqual({ kind: 'text', line: choice[0], column: choice[1] });
    });

    test('an unknown record kind, and what the file then lacks, in one run', async () => {
        const file = write('a.csv', 'record,code,value\nunit,unit.id,X\n');
        expect((await problemsOf(file, rubric)).lines).toEqual([
            `${file}:2:1: unknown record "unit" (header, metric, item, bonus, penalty)`,
            `${file}:1:1: rubric: Required field is missing`,
            `${file}:1:1: year: Required field is missing`,
            `${file}:1:1: unit: Required field is missing`,
        ]);
    });
});

/** The XLSX template with values typed into cells of the assessment sheet, found by code and column key. */
async function filledXlsx(fill: (cell: (code: string, key: string) => ExcelJS.Cell, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxTemplate(rubric, 'vi')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Tự đánh giá')!;
    let keyRow = 0;
    const columns = new Map<string, number>();
    for (let r = 1; r < 40 && keyRow === 0; r++) {
        sheet.getRow(r).eachCell((cell, c) => columns.set(String(cell.value), c));
        if (columns.has('code') && columns.has('self')) keyRow = r;
        else columns.clear();
    }
    const rowOf = (code: string): number => {
        for (let r = keyRow + 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, columns.get('code')!).value === code) return r;
        throw new Error(`no row ${code}`);
    };
    for (let r = 1; r < keyRow; r++) {
        if (sheet.getCell(r, 2).value === 'Mã đơn vị') sheet.getCell(r, 3).value = 'PY-SONGCAU';
        if (sheet.getCell(r, 2).value === 'Tên đơn vị') sheet.getCell(r, 3).value = 'UBND thị xã Sông Cầu';
    }
    fill((code, key) => sheet.getCell(code.startsWith('+') ? rowOf(code.slice(1)) + 1 : rowOf(code), columns.get(key)!), workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('XLSX assessments (the template filled in)', () => {
    test('the template offers each choice leaf its outcomes as a drop-down', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await xlsxTemplate(rubric, 'vi')) as unknown as ExcelJS.Buffer);
        const sheet = workbook.getWorksheet('Tự đánh giá')!;
        const lists = workbook.getWorksheet('Danh mục')!;
        const row = sheet.getColumn(1).values.findIndex((v) => v === '1.1.1');
        const validation = sheet.getCell(row, 6).dataValidation;
        expect(validation.type).toBe('list');
        const listRow = Number(/\$(\d+)$/.exec(String(validation.formulae[0]))![1]);
        expect(lists.getRow(listRow).values).toEqual([undefined, 'Ban hành kịp thời', 'Ban hành không kịp thời', 'Không ban hành']);
        expect(lists.state).toBe('hidden');
        // the header block carries the rubric's id and hash for the reader
        const header = new Map<string, unknown>();
        for (let r = 1; r < 12; r++) header.set(String(sheet.getCell(r, 2).value), sheet.getCell(r, 3).value);
        expect(header.get('Bộ chỉ số')).toBe('PAR_HUYEN_2022');
        expect(header.get('Mã kiểm tra (hash)')).toBe(rubric.hash);
        expect(header.get('Loại đơn vị')).toBe('Cấp huyện');
    });

    test('answers, dates, percentages and evidence rows read back', async () => {
        const bytes = await filledXlsx((cell, workbook) => {
            cell('1.1.1', 'choice').value = 'Ban hành không kịp thời';
            cell('1.1.1', 'self').value = 0.5;
            cell('1.2.1', 'evidenceTitle').value = 'Báo cáo CCHC quý I năm 2022';
            cell('1.2.1', 'evidenceNumber').value = '45/BC-UBND';
            cell('1.2.1', 'evidenceDate').value = new Date(Date.UTC(2022, 2, 28));
            cell('+1.2.1', 'evidenceTitle').value = 'Báo cáo CCHC 6 tháng năm 2022';
            cell('+1.2.1', 'evidenceDate').value = '24/6/2022';
            cell('1.2.2', 'choice').value = 'Không đạt yêu cầu';
            cell('8.1.1', 'survey').value = 2.48;
            cell('3.6', 'notApplicable').value = 'Có';
            const metrics = workbook.getWorksheet('Số liệu')!;
            const planRow = metrics.getColumn(1).values.findIndex((v) => v === 'planDone');
            metrics.getCell(planRow, 4).value = 0.957;
            metrics.getCell(planRow, 4).numFmt = '0.0%';
        });
        const loaded = await readAssessmentFile(write('a.xlsx', bytes), rubric, 'vi');
        const a = loaded.assessment;
        expect(a.unit.id).toBe('PY-SONGCAU');
        expect(a.items?.['1.1.1']).toEqual({ choice: 'Ban hành không kịp thời', self: 0.5 });
        expect(a.items?.['1.2.1']?.evidence).toEqual([
            { title: 'Báo cáo CCHC quý I năm 2022', number: '45/BC-UBND', date: '2022-03-28', ref: 'periodicReports' },
            { title: 'Báo cáo CCHC 6 tháng năm 2022', date: '2022-06-24', ref: 'periodicReports' },
        ]);
        expect(a.items?.['1.2.2']).toEqual({ answer: false });
        expect(a.survey).toEqual({ '8.1.1': 2.48 });
        expect(a.metrics).toEqual({ planDone: 95.7 });
        expect(a.notApplicable).toEqual(['3.6']);
        expect(loaded.locations.get(['items', '1.1.1', 'self'])).toMatchObject({ kind: 'cell', sheet: 'Tự đánh giá' });
    });

    test('a cell that is not a number: the sheet and cell', async () => {
        let address = '';
        const bytes = await filledXlsx((cell) => {
            cell('1.6.1', 'self').value = 'ba điểm';
            address = cell('1.6.1', 'self').address;
        });
        const file = write('a.xlsx', bytes);
        expect((await problemsOf(file, rubric)).lines).toEqual([`${file}: 'Tự đánh giá'!${address}: "ba điểm" is not a number`]);
    });

    test('a schema problem points at the cell too', async () => {
        let address = '';
        const bytes = await filledXlsx((cell) => {
            cell('1.6.1', 'self').value = -1;
            address = cell('1.6.1', 'self').address;
        });
        const file = write('a.xlsx', bytes);
        expect((await problemsOf(file, rubric)).lines).toEqual([`${file}: 'Tự đánh giá'!${address}: Must be at least 0`]);
    });

    test('a file that is no workbook', async () => {
        const file = write('a.xlsx', 'this is not a zip file');
        const { lines, exitCode } = await problemsOf(file, rubric);
        expect(lines).toEqual([`${file}: not an XLSX file (not readable as a zip archive)`]);
        expect(exitCode).toBe(1);
    });

    test('a workbook not made by rubric template', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Sheet1').getCell('A1').value = 'STT';
        const file = write('a.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
        expect((await problemsOf(file, rubric, 'vi')).lines).toEqual([
            `${file}: không tìm thấy trang "Tự đánh giá" do rubric template tạo (dòng mã cột code, title)`,
        ]);
    });

    test('an empty file', async () => {
        const file = write('a.xlsx', '');
        expect((await problemsOf(file, rubric)).lines).toEqual([`${file}: the file is empty`]);
    });
});
