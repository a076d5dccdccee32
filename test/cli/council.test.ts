import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot, runCli, type CliRun } from './run-cli.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');
const assessments = path.join(example, 'assessments');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-council-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const cli = (args: string[]): Promise<CliRun> => runCli([...args, '--lang', 'en']);

type UnitJson = { unit: { id: string }; total: number; fields: { code: string; score: number }[] };

async function totals(args: string[]): Promise<Map<string, UnitJson>> {
    const run = await cli(['score', '--rubric', rubric, assessments, '--format', 'json', ...args]);
    expect(run.status, run.stderr).toBe(0);
    return new Map((JSON.parse(run.stdout) as { results: UnitJson[] }).results.map((r) => [r.unit.id, r]));
}

async function writeSheets(name: string, extra: string[] = [], from = assessments): Promise<string> {
    const out = path.join(folder, name);
    const run = await cli(['appraisal-sheets', rubric, from, '-o', out, ...extra]);
    expect(run.status, run.stderr).toBe(0);
    return out;
}

/** Opens a sheet as an agency would, lets the test edit it, and saves it. */
async function edit(file: string, change: (sheet: ExcelJS.Worksheet, find: Finder) => void): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    change(sheet, finder(sheet));
    await workbook.xlsx.writeFile(file);
}

type Finder = (unit: string, code: string, key: string) => ExcelJS.Cell;

/** The cell of a unit's item in the column of the given key (the grey key row names the columns). */
function finder(sheet: ExcelJS.Worksheet): Finder {
    let keyRow = 0;
    sheet.eachRow((row, r) => {
        if (keyRow === 0 && row.getCell(1).value === 'unit') keyRow = r;
    });
    const columns = new Map<string, number>();
    sheet.getRow(keyRow).eachCell((cell, c) => columns.set(String(cell.value), c));
    return (unit, code, key) => {
        for (let r = keyRow + 1; r <= sheet.rowCount; r++) {
            const row = sheet.getRow(r);
            if (row.getCell(columns.get('unit')!).value === unit && row.getCell(columns.get('code')!).value === code) return row.getCell(columns.get(key)!);
        }
        throw new Error(`no row for ${unit} ${code}`);
    };
}

const field = (unit: UnitJson, code: string) => unit.fields.find((f) => f.code === code)!.score;

describe('appraisal sheets per lead agency', () => {
    test('one workbook per lead agency named in the district rubric, every unit and only its items', async () => {
        const out = await writeSheets('round1');
        const leads = [...fs.readFileSync(rubric, 'utf8').matchAll(/lead "([^"]+)"/g)].map((m) => m[1]);
        const files = fs.readdirSync(out).sort();
        expect(files).toHaveLength(new Set(leads).size);
        expect(files).toContain('so-tu-phap.xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(out, 'so-tu-phap.xlsx'));
        const sheet = workbook.worksheets[0];
        const find = finder(sheet);
        // field 2 (legal documents) for each of the nine districts, nothing of field 1
        expect(find('PY-SONGCAU', '2.1.1', 'self').value).toBe(1);
        expect(() => find('PY-SONGCAU', '1.1.1', 'self')).toThrow();
        const units = new Set<string>();
        sheet.eachRow((row, r) => {
            if (r > 12 && typeof row.getCell(1).value === 'string') units.add(row.getCell(1).value as string);
        });
        expect(units.size).toBe(9);
        // a choice item offers its outcomes as a drop-down
        expect(find('PY-SONGCAU', '2.3.1', 'appraisal').dataValidation?.type).toBe('list');
        // the same input gives the same bytes
        const again = await writeSheets('round1-again');
        expect(fs.readFileSync(path.join(again, 'so-tu-phap.xlsx')).equals(fs.readFileSync(path.join(out, 'so-tu-phap.xlsx')))).toBe(true);
    });

    test('--lead writes only that agency; an unknown one is refused', async () => {
        const out = await writeSheets('one-lead', ['--lead', 'Sở Tài chính']);
        expect(fs.readdirSync(out)).toEqual(['so-tai-chinh.xlsx']);
        const run = await cli(['appraisal-sheets', rubric, assessments, '-o', path.join(folder, 'nobody'), '--lead', 'Sở Y tế']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Sở Y tế');
    });
});

describe('merging appraisals back', () => {
    test('scores that differ from the self-assessment give the appraised totals, by score --appraisals and by merge', async () => {
        const before = await totals([]);
        const out = await writeSheets('filled', ['--lead', 'Sở Tư pháp']);
        await edit(path.join(out, 'so-tu-phap.xlsx'), (_sheet, find) => {
            // Sông Cầu claimed 1 for 2.1.1 and the rule gives 1; the agency gives 0.5
            find('PY-SONGCAU', '2.1.1', 'appraisal').value = 0.5;
            find('PY-SONGCAU', '2.1.1', 'comment').value = 'Còn 01 văn bản chưa đúng kế hoạch';
            // Tuy Hòa chose "Ban hành kịp thời" (1) for 2.3.1; the agency picks the late outcome (0.5)
            find('PY-TUYHOA', '2.3.1', 'appraisal').value = 'Ban hành không kịp thời';
        });
        const after = await totals(['--appraisals', out]);
        expect(after.get('PY-SONGCAU')!.total).toBe(72.84);
        expect(field(after.get('PY-SONGCAU')!, '2')).toBe(5.4);
        expect(after.get('PY-TUYHOA')!.total).toBe(before.get('PY-TUYHOA')!.total - 0.5);
        expect(after.get('PY-DONGHOA')!.total).toBe(before.get('PY-DONGHOA')!.total);

        const merged = path.join(folder, 'merged');
        const run = await cli(['merge', rubric, assessments, '--appraisals', out, '-o', merged]);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('so-tu-phap.xlsx: applied');
        const songCau = parse(fs.readFileSync(path.join(merged, 'song-cau.yaml'), 'utf8'));
        expect(songCau.items['2.1.1'].appraisal1).toBe(0.5);
        expect(songCau.items['2.1.1'].appraisal1From).toMatchObject({ agency: 'Sở Tư pháp', sheet: 'so-tu-phap.xlsx', comment: 'Còn 01 văn bản chưa đúng kế hoạch' });
        expect(parse(fs.readFileSync(path.join(merged, 'tuy-hoa.yaml'), 'utf8')).items['2.3.1'].appraisal1Choice).toBe('Ban hành không kịp thời');
        // the comments of the unit's own file are kept
        expect(fs.readFileSync(path.join(merged, 'song-cau.yaml'), 'utf8')).toContain('# Tự đánh giá chỉ số CCHC năm 2022 — UBND thị xã Sông Cầu');
        const rescored = await cli(['score', '--rubric', rubric, merged, '--format', 'json']);
        const unit = (JSON.parse(rescored.stdout) as { results: UnitJson[] }).results.find((r) => r.unit.id === 'PY-SONGCAU')!;
        expect(unit.total).toBe(72.84);
    });

    test('the same item appraised differently by two sheets: the second is refused at its cell, the first applied', async () => {
        const out = await writeSheets('conflict', ['--lead', 'Sở Tư pháp']);
        const first = path.join(out, 'so-tu-phap.xlsx');
        await edit(first, (_sheet, find) => (find('PY-SONGCAU', '2.1.1', 'appraisal').value = 0.5));
        const second = path.join(out, 'so-tu-phap-ban-2.xlsx');
        fs.copyFileSync(first, second);
        let cell = '';
        await edit(second, (_sheet, find) => {
            const target = find('PY-SONGCAU', '2.1.1', 'appraisal');
            target.value = 1;
            cell = target.address;
        });
        const run = await cli(['merge', rubric, assessments, '--appraisals', out, '-o', path.join(folder, 'conflict-merged')]);
        expect(run.status).toBe(1);
        // names sort "so-tu-phap-ban-2" first: it is applied, and the other is refused at its cell
        expect(run.stderr).toContain(`so-tu-phap.xlsx: Appraisal!${cell}: this item is appraised differently in`);
        expect(run.stderr).toMatch(/so-tu-phap\.xlsx: refused \(1 finding\)/);
        expect(run.stderr).toContain('so-tu-phap-ban-2.xlsx: applied');
        const scored = await cli(['score', '--rubric', rubric, assessments, '--appraisals', out, '--format', 'json']);
        expect(scored.status).toBe(1);
        expect(scored.stdout).toBe('');
    });

    test.each([
        ['a score between outcomes on a choice item', (_s: ExcelJS.Worksheet, f: Finder) => (f('PY-SONGCAU', '2.3.1', 'appraisal').value = 0.75), /Appraisal!N\d+: The appraised score 0.75 is not the points of an outcome \(1 \/ 0.5 \/ 0\)/],
        ['an off-step score', (_s: ExcelJS.Worksheet, f: Finder) => (f('PY-SONGCAU', '2.1.1', 'appraisal').value = 0.333), /Appraisal!N\d+: The score 0.333 must lie within 0 – 1 in steps of 0.01/],
        ['text in a score cell', (_s: ExcelJS.Worksheet, f: Finder) => (f('PY-SONGCAU', '2.1.1', 'appraisal').value = 'đạt'), /Appraisal!N\d+: "đạt" is not a score/],
        ['a formula instead of a value', (_s: ExcelJS.Worksheet, f: Finder) => (f('PY-SONGCAU', '2.1.1', 'appraisal').value = { formula: '1/2', result: 0.5 }), /Appraisal!N\d+: the cell holds a formula/],
        ['an edit outside the input columns', (_s: ExcelJS.Worksheet, f: Finder) => (f('PY-SONGCAU', '2.1.1', 'self').value = 0.5), /Appraisal!I\d+: this cell must not be edited \(it was "1"\)/],
        ['a value beyond the last column', (_s: ExcelJS.Worksheet, f: Finder) => (f('PY-SONGCAU', '2.1.1', 'comment').worksheet.getCell(f('PY-SONGCAU', '2.1.1', 'comment').row as unknown as number, 20).value = 1), /Appraisal!T\d+: a value outside the sheet's columns/],
        ['merged cells', (s: ExcelJS.Worksheet, f: Finder) => s.mergeCells(`N${f('PY-SONGCAU', '2.1.1', 'appraisal').row}:O${f('PY-SONGCAU', '2.1.1', 'appraisal').row}`), /Appraisal!N\d+: merged cells \(N\d+:O\d+\)/],
        ['a deleted row', (s: ExcelJS.Worksheet, f: Finder) => s.spliceRows(Number(f('PY-SONGCAU', '2.1.1', 'appraisal').row), 1), /Appraisal!A\d+: (row \d+ \(PY-SONGCAU 2.1.1\) was deleted|this row was row \d+)/],
        ['reordered units', (s: ExcelJS.Worksheet) => {
            const a = s.getRow(13).values as ExcelJS.CellValue[];
            const b = s.getRow(20).values as ExcelJS.CellValue[];
            s.getRow(13).values = b;
            s.getRow(20).values = a;
        }, /Appraisal!A13: this row was row 20: rows must not be reordered/],
    ])('%s is refused at its cell and nothing of the sheet is merged', async (_name, change, message) => {
        const out = await writeSheets(`bad-${_name.replace(/\W+/g, '-')}`, ['--lead', 'Sở Tư pháp']);
        await edit(path.join(out, 'so-tu-phap.xlsx'), (sheet, find) => {
            find('PY-TUYHOA', '2.1.1', 'appraisal').value = 0; // a good appraisal that must not be applied either
            change(sheet, find);
        });
        const merged = path.join(folder, `bad-merged-${_name.replace(/\W+/g, '-')}`);
        const run = await cli(['merge', rubric, assessments, '--appraisals', out, '-o', merged]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toContain('so-tu-phap.xlsx: refused');
        expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
        expect(parse(fs.readFileSync(path.join(merged, 'tuy-hoa.yaml'), 'utf8')).items['2.1.1'].appraisal1).toBeUndefined();
    });

    test('a sheet made for another version of the rubric is refused', async () => {
        const changed = path.join(example, '.council-test-other-version.rubric');
        fs.writeFileSync(changed, fs.readFileSync(rubric, 'utf8').replace('"Kế hoạch CCHC năm"', '"Kế hoạch CCHC hằng năm"'));
        try {
            const out = path.join(folder, 'other-version');
            const written = await cli(['appraisal-sheets', changed, assessments, '-o', out, '--lead', 'Sở Tư pháp']);
            expect(written.status, written.stderr).toBe(0);
            const run = await cli(['merge', rubric, assessments, '--appraisals', out, '-o', path.join(folder, 'other-version-merged')]);
            expect(run.status).toBe(1);
            expect(run.stderr).toContain('so-tu-phap.xlsx: the sheet was made for another version of the rubric');
        } finally {
            fs.rmSync(changed, { force: true });
        }
    });
});

const UNITS = ['PY-DONGHOA', 'PY-DONGXUAN', 'PY-PHUHOA', 'PY-SONHOA', 'PY-SONGCAU', 'PY-SONGHINH', 'PY-TAYHOA', 'PY-TUYAN', 'PY-TUYHOA'];

describe('survey results for all units at once', () => {
    test('a CSV table of points sets every unit survey points, and the scores follow', async () => {
        const table = path.join(folder, 'sipas.csv');
        fs.writeFileSync(table, ['Mã đơn vị;8.1.1;8.1.2', ...UNITS.map((unit, i) => `${unit};${(2 + i * 0.1).toFixed(2).replace('.', ',')};1,5`)].join('\r\n'));
        const merged = path.join(folder, 'survey-merged');
        const run = await cli(['merge', rubric, assessments, '--survey', table, '-o', merged]);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('sipas.csv: applied, survey results of 9 units');
        const songCau = parse(fs.readFileSync(path.join(merged, 'song-cau.yaml'), 'utf8'));
        expect(songCau.survey).toEqual({ '8.1.1': 2.4, '8.1.2': 1.5 });
        const dongXuan = parse(fs.readFileSync(path.join(merged, 'dong-xuan.yaml'), 'utf8'));
        expect(dongXuan.survey).toEqual({ '8.1.1': 2.1, '8.1.2': 1.5 });
        // Sông Cầu had 2.48 + 1.65 from the survey: 0.23 points less now
        const rescored = await cli(['score', '--rubric', rubric, merged, '--format', 'json']);
        const unit = (JSON.parse(rescored.stdout) as { results: UnitJson[] }).results.find((r) => r.unit.id === 'PY-SONGCAU')!;
        expect(unit.total).toBe(73.11);
    });

    test('percentages of satisfied respondents become points by the rule the rubric states', async () => {
        const scaled = path.join(example, `.council-test-survey-${process.pid}.rubric`);
        fs.writeFileSync(scaled, fs.readFileSync(rubric, 'utf8').replaceAll('(phương pháp SIPAS)"', '(phương pháp SIPAS)" from percent'));
        try {
            const workbook = new ExcelJS.Workbook();
            const sheet = workbook.addWorksheet('SIPAS');
            sheet.addRow(['Kết quả điều tra xã hội học năm 2022']);
            sheet.addRow(['Mã đơn vị', 'Tên đơn vị', '8.1.1', '8.1.2']);
            UNITS.forEach((unit) => sheet.addRow([unit, '', 82.5, 90]));
            const table = path.join(folder, 'sipas-percent.xlsx');
            await workbook.xlsx.writeFile(table);
            const merged = path.join(folder, 'survey-percent');
            const run = await cli(['merge', scaled, assessments, '--survey', table, '-o', merged]);
            expect(run.status, run.stderr).toBe(0);
            // 82.5 % of 3 is 2.475 → 2.48 at step 0.01; 90 % of 2 is 1.8
            expect(parse(fs.readFileSync(path.join(merged, 'tuy-an.yaml'), 'utf8')).survey).toEqual({ '8.1.1': 2.48, '8.1.2': 1.8 });

            sheet.getCell('C5').value = 120;
            sheet.getCell('D6').value = { formula: '90', result: 90 };
            await workbook.xlsx.writeFile(table);
            const bad = await cli(['merge', scaled, assessments, '--survey', table, '-o', path.join(folder, 'survey-bad')]);
            expect(bad.status).toBe(1);
            expect(bad.stderr).toContain('SIPAS!C5: "120" is not a valid figure for 8.1.1 (a number within 0 – 100)');
            expect(bad.stderr).toContain('SIPAS!D6: the cell holds a formula');
            expect(bad.stderr).toContain('sipas-percent.xlsx: refused');
            // nothing of the refused table: the unit's own survey results stay
            const original = parse(fs.readFileSync(path.join(assessments, 'tuy-an.yaml'), 'utf8')).survey;
            expect(parse(fs.readFileSync(path.join(folder, 'survey-bad', 'tuy-an.yaml'), 'utf8')).survey).toEqual(original);
        } finally {
            fs.rmSync(scaled, { force: true });
        }
    });
});

describe('the explanation round', () => {
    test("an explained item goes from 0 in round 1 to its explained score in round 2, and the report and rubric explain show it", async () => {
        // round 1: Sở Tư pháp gives Sông Cầu 0 for 2.1.1 (claimed 1)
        const round1 = await writeSheets('x-round1', ['--lead', 'Sở Tư pháp']);
        await edit(path.join(round1, 'so-tu-phap.xlsx'), (_sheet, find) => {
            find('PY-SONGCAU', '2.1.1', 'appraisal').value = 0;
            find('PY-SONGCAU', '2.1.1', 'comment').value = 'Không có kế hoạch ban hành văn bản QPPL';
        });
        const appraised = path.join(folder, 'x-appraised');
        expect((await cli(['merge', rubric, assessments, '--appraisals', round1, '-o', appraised])).status).toBe(0);

        // the unit's sheet lists what it lost and why
        const sheets = path.join(folder, 'x-explanations');
        const written = await cli(['explanation-sheets', rubric, appraised, '-o', sheets]);
        expect(written.status, written.stderr).toBe(0);
        const sheet = path.join(sheets, 'py-songcau.xlsx');
        await edit(sheet, (_s, find) => {
            expect(find('PY-SONGCAU', '2.1.1', 'lost').value).toBe(1);
            expect(String(find('PY-SONGCAU', '2.1.1', 'why').value)).toContain('Không có kế hoạch ban hành văn bản QPPL');
            find('PY-SONGCAU', '2.1.1', 'explanation').value = 'Kế hoạch đã ban hành, gửi kèm bản chụp';
            find('PY-SONGCAU', '2.1.1', 'evidenceTitle').value = 'Kế hoạch ban hành văn bản QPPL năm 2022';
            find('PY-SONGCAU', '2.1.1', 'evidenceNumber').value = '12/KH-UBND';
            find('PY-SONGCAU', '2.1.1', 'evidenceDate').value = '20/01/2022';
        });
        const explained = path.join(folder, 'x-explained');
        const folded = await cli(['merge', rubric, appraised, '--explanations', sheets, '-o', explained]);
        expect(folded.status, folded.stderr).toBe(0);
        expect(folded.stderr).toContain('py-songcau.xlsx: applied, 1 explanation');

        // round 2: the agency sees the explanation and gives the point back
        const round2 = path.join(folder, 'x-round2');
        expect((await cli(['appraisal-sheets', rubric, explained, '-o', round2, '--round', '2', '--lead', 'Sở Tư pháp'])).status).toBe(0);
        let cell = '';
        await edit(path.join(round2, 'so-tu-phap.xlsx'), (_s, find) => {
            expect(String(find('PY-SONGCAU', '2.1.1', 'explanation').value)).toContain('Kế hoạch đã ban hành');
            expect(find('PY-SONGCAU', '2.1.1', 'previous').value).toBe(0);
            const target = find('PY-SONGCAU', '2.1.1', 'appraisal');
            target.value = 1;
            cell = target.address;
        });
        const final = path.join(folder, 'x-final');
        expect((await cli(['merge', rubric, explained, '--appraisals', round2, '-o', final])).status).toBe(0);

        const before = await cli(['score', '--rubric', rubric, explained, '--format', 'json']);
        const after = await cli(['score', '--rubric', rubric, final, '--format', 'json']);
        const songCau = (run: CliRun) => (JSON.parse(run.stdout) as { results: UnitJson[] }).results.find((r) => r.unit.id === 'PY-SONGCAU')!;
        expect(songCau(before).total).toBe(72.34);
        expect(songCau(after).total).toBe(73.34);
        const report = await cli(['score', '--rubric', rubric, final, '--format', 'md']);
        expect(report.stdout).toContain('### Explanations after appraisal round 1');
        expect(report.stdout).toContain(`: accepted — Appraisal round 2 (Sở Tư pháp, so-tu-phap.xlsx!${cell}), explanation accepted: 1 point`);

        const audit = await cli(['explain', rubric, path.join(final, 'song-cau.yaml'), '2.1.1']);
        expect(audit.status).toBe(0);
        expect(audit.stdout).toContain('Final score: 1 — appraisal round 2');
        expect(audit.stdout).toContain('Appraisal round 1: 0 — Sở Tư pháp, so-tu-phap.xlsx!N');
        expect(audit.stdout).toContain('Explanation: "Kế hoạch đã ban hành, gửi kèm bản chụp" (accepted) — py-songcau.xlsx!I');
        expect(audit.stdout).toContain('+ 12/KH-UBND 2022-01-20 Kế hoạch ban hành văn bản QPPL năm 2022');
        expect(audit.stdout).toContain(`Appraisal round 2: 1 — Sở Tư pháp, so-tu-phap.xlsx!${cell}`);
    });

    test("rubric explain names the source of Sông Cầu's 1.1.4: the rule, its figure and the evidence", async () => {
        const run = await cli(['explain', rubric, path.join(assessments, 'song-cau.yaml'), '1.1.4']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('1.1.4 Mức độ thực hiện kế hoạch CCHC');
        expect(run.stdout).toContain('Final score: 2 — computed by the rule');
        expect(run.stdout).toContain('Tỷ lệ nhiệm vụ trong kế hoạch CCHC năm đã hoàn thành 95.7% > 90% → 2 points');
        expect(run.stdout).toContain('424/BC-UBND 2022-12-19 Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2022 (Mục I.4)');
        const unknown = await cli(['explain', rubric, path.join(assessments, 'song-cau.yaml'), '1.1']);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('the rubric has no item "1.1" to score');
    });

    test('a date that is none in an explanation sheet is refused at its cell', async () => {
        const round1 = await writeSheets('y-round1', ['--lead', 'Sở Tư pháp']);
        await edit(path.join(round1, 'so-tu-phap.xlsx'), (_sheet, find) => (find('PY-SONGCAU', '2.1.1', 'appraisal').value = 0));
        const appraised = path.join(folder, 'y-appraised');
        await cli(['merge', rubric, assessments, '--appraisals', round1, '-o', appraised]);
        const sheets = path.join(folder, 'y-explanations');
        await cli(['explanation-sheets', rubric, appraised, '-o', sheets]);
        await edit(path.join(sheets, 'py-songcau.xlsx'), (_s, find) => {
            find('PY-SONGCAU', '2.1.1', 'explanation').value = 'Có kế hoạch';
            find('PY-SONGCAU', '2.1.1', 'evidenceTitle').value = 'Kế hoạch';
            find('PY-SONGCAU', '2.1.1', 'evidenceDate').value = '31/02/2022';
        });
        const run = await cli(['merge', rubric, appraised, '--explanations', sheets, '-o', path.join(folder, 'y-explained')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/py-songcau\.xlsx: Explanation!L\d+: "31\/02\/2022" is not a date/);
    });
});

test('rubric diff says when the survey rule changes', async () => {
    const scaled = path.join(example, `.council-test-diff-${process.pid}.rubric`);
    fs.writeFileSync(scaled, fs.readFileSync(rubric, 'utf8').replaceAll('(phương pháp SIPAS)"', '(phương pháp SIPAS)" from percent round down'));
    try {
        const run = await cli(['diff', rubric, scaled]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('8.1.1 «Mức độ hài lòng đối với việc giải quyết TTHC»\n    - survey figures become points: points → percentage, rounded down');
    } finally {
        fs.rmSync(scaled, { force: true });
    }
});

test("a unit's workbook records the council's chosen outcome in its appraisal cell; a score between outcomes is refused at its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(assessments, 'dong-xuan.xlsx'));
    const sheet = workbook.worksheets[0];
    let keyRow = 0;
    sheet.eachRow((row, r) => {
        if (keyRow === 0 && row.values.toString().includes('appraisal1')) keyRow = r;
    });
    const column = (key: string) => (sheet.getRow(keyRow).values as ExcelJS.CellValue[]).indexOf(key);
    let row = 0;
    sheet.eachRow((r, n) => {
        if (r.getCell(column('code')).value === '1.1.1') row = n;
    });
    const cell = sheet.getCell(row, column('appraisal1'));
    expect(cell.dataValidation?.type).toBe('list');
    cell.value = 'Ban hành không kịp thời';
    const chosen = path.join(folder, 'dong-xuan-chosen.xlsx');
    await workbook.xlsx.writeFile(chosen);
    const run = await cli(['score', '--rubric', rubric, chosen, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const item = (JSON.parse(run.stdout) as { results: { items: { code: string; score: number; reason: string }[] }[] }).results[0].items.find((i) => i.code === '1.1.1')!;
    expect(item.score).toBe(0.5);
    expect(item.reason).toContain('the council chose "Ban hành không kịp thời"');

    cell.value = 0.75;
    await workbook.xlsx.writeFile(chosen);
    const refused = await cli(['score', '--rubric', rubric, chosen]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`!${cell.address}`);
    expect(refused.stderr).toContain('The appraised score 0.75 is not the points of an outcome (1 / 0.5 / 0)');
});

describe('sheets that do not fit the assessments or the agency', () => {
    test('a unit without an assessment is refused at its cell', async () => {
        const out = await writeSheets('unknown-unit', ['--lead', 'Sở Tư pháp']);
        await edit(path.join(out, 'so-tu-phap.xlsx'), (_sheet, find) => (find('PY-TUYHOA', '2.1.1', 'appraisal').value = 0.5));
        const eight = path.join(folder, 'eight-units');
        fs.mkdirSync(eight);
        for (const name of fs.readdirSync(assessments).filter((n) => n !== 'tuy-hoa.yaml')) fs.copyFileSync(path.join(assessments, name), path.join(eight, name));
        const run = await cli(['merge', rubric, eight, '--appraisals', out, '-o', path.join(folder, 'eight-merged')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/so-tu-phap\.xlsx: Appraisal!A\d+: no assessment of unit "PY-TUYHOA"/);
    });

    test("an item outside the sheet's agency is refused, even where the hidden copy was edited to match", async () => {
        const out = await writeSheets('other-agency', ['--lead', 'Sở Tư pháp']);
        const file = path.join(out, 'so-tu-phap.xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        for (const sheet of workbook.worksheets.slice(0, 2)) {
            sheet.eachRow((row) => {
                if (row.getCell(3).value === 'Sở Tư pháp') row.getCell(3).value = 'Sở Tài chính';
            });
        }
        finder(workbook.worksheets[0])('PY-SONGCAU', '2.1.1', 'appraisal').value = 0.5;
        await workbook.xlsx.writeFile(file);
        const run = await cli(['merge', rubric, assessments, '--appraisals', out, '-o', path.join(folder, 'other-agency-merged')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/Appraisal!C\d+: item 2\.1\.1 is outside Sở Tài chính's fields \(its lead agency is Sở Tư pháp\)/);
    });
});
