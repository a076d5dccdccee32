import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deflatedZeros, readRawEntries, writeRawEntries } from '../robustness/hostile-zip.js';
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

/** Field 1 of Cà Mau's table (QĐ 1880/QĐ-UBND, 2013), every outcome of a criterion in one cell. */
const CA_MAU: [string, string, number | string][] = [
    ['1', 'Công tác chỉ đạo, điều hành CCHC', 20],
    ['1.1', 'Kế hoạch CCHC năm', 5],
    ['1.1.1', 'Ban hành kế hoạch CCHC năm', 1],
    ['', 'Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0', ''],
    ['1.1.2', 'Xác định đầy đủ các nhiệm vụ CCHC … và bố trí kinh phí thực hiện', 1],
    ['', 'Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1; Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí: 0', ''],
    ['1.1.3', 'Các kết quả phải đạt được xác định rõ ràng, cụ thể …', 1],
    ['', 'Đạt yêu cầu: 1; Không đạt yêu cầu: 0', ''],
    ['1.1.4', 'Mức độ thực hiện kế hoạch CCHC', 2],
    ['', 'Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0', ''],
    ['1.2', 'Báo cáo CCHC', 2],
    ['1.2.1', 'Tất cả báo cáo được gửi đúng thời gian quy định (quí I, quí III, 6 tháng, năm)', 1],
    ['', 'Đủ số lượng và đúng thời gian quy định: 1; Không đủ số lượng báo cáo hoặc không đúng thời gian quy định: 0', ''],
    ['1.2.2', 'Tất cả báo cáo có đầy đủ nội dung theo hướng dẫn', 1],
    ['', 'Đạt yêu cầu: 1; Không đạt yêu cầu: 0', ''],
    ['1.3', 'Kiểm tra công tác CCHC', 3],
];

async function caMauWorkbook(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.mergeCells('A1:I1');
    sheet.getCell('A1').value = 'BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH TỈNH CÀ MAU';
    sheet.getRow(3).values = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm đánh giá', '', '', 'Điểm đạt được', 'Chỉ số', 'Ghi chú'];
    sheet.mergeCells('D3:F3');
    sheet.getRow(4).values = ['', '', '', 'Điều tra XHH', 'Tự đánh giá', 'SNV đánh giá'];
    CA_MAU.forEach((row, i) => (sheet.getRow(5 + i).values = [...row, '', ' ', '']));
    const file = inFolder('ca-mau.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
}

describe('rubric import: the layouts real annexes use', () => {
    test('Cà Mau field 1: every outcome from one cell, decimal commas, a criterion without sub-criteria judged', async () => {
        const out = inFolder('ca-mau.rubric');
        const run = await importTo(await caMauWorkbook(), out, ['--year', '2013', '--unit-type', 'department']);
        expect(run.status, run.stderr).toBe(0);
        const rubric = fs.readFileSync(out, 'utf8');
        expect(rubric).toContain('rubric CA_MAU "BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH TỈNH CÀ MAU" {');
        for (const [code, title, max] of CA_MAU.filter(([code]) => code !== '')) expect(rubric).toContain(`${code} "${title}" max ${max}`);
        expect(rubric).toMatch(/choice \{\n\s+\/\/ 'Sheet1'!B8\n\s+"Ban hành kịp thời": 1\n\s+\/\/ 'Sheet1'!B8\n\s+"Ban hành không kịp thời": 0.5\n\s+\/\/ 'Sheet1'!B8\n\s+"Không ban hành": 0\n/);
        const outcomes = CA_MAU.filter(([code]) => code === '').flatMap(([, cell]) => cell.split('; '));
        for (const outcome of outcomes) {
            const [label, points] = outcome.split(': ');
            expect(rubric).toContain(`"${label}": ${points.replace(',', '.')}`);
        }
        expect(rubric).toMatch(/\/\/ 'Sheet1'!A20\n\s+criterion 1.3 "Kiểm tra công tác CCHC" max 3 \{\n\s+judged\n/);
        const findings = run.stderr.split('\n');
        expect(findings.filter((line) => / (info|warning) /.test(line))).toEqual([
            expect.stringMatching(/^.*ca-mau\.xlsx: 'Sheet1'!B14: info import\/band-text: .*at 90% the texts do not say which outcome applies.*bands <metric> \{ > 90% "…": 2  >= 70% "…": 1  else "…": 0 \}/),
            expect.stringMatching(/ca-mau\.xlsx: 'Sheet1'!A20: warning import\/no-outcomes: 1\.3 has no outcome that can be read; it is scored judged$/),
        ]);
        // the table's field 1 is partial (1.3's sub-criteria are not quoted): check says so, nothing else
        const check = await runCli(['check', out, '--format', 'json']);
        const errors = (JSON.parse(check.stdout) as { findings: { code: string; severity: string }[] }).findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.code)).toEqual(['sum/children']);
    });

    test('CSV in Vietnamese: outcomes on the lines of the title cell, roman fields, "1." and "a)" codes, text maxima with a decimal comma, a total row', async () => {
        const csv = [
            'BẢNG ĐIỂM THỬ NGHIỆM NĂM 2025;;;',
            ';;;',
            'TT;Nội dung;Điểm tối đa;Ghi chú',
            'I;Lĩnh vực một;"4,5";',
            '1.;Tiêu chí có hai ý;"4,5";',
            'a);"Ý thứ nhất\nCó: 2,5\nKhông: 0";"2,5";',
            'b);Ý thứ hai;2;',
            ';Đạt (2 điểm);;',
            ';Không đạt;0;',
            ';   ;;tự chấm',
            ';Tổng cộng;"4,5";',
            ';Ghi chú: không đọc;;',
        ].join('\n');
        const input = inFolder('thu-nghiem.csv');
        fs.writeFileSync(input, '\uFEFF' + csv);
        const out = inFolder('thu-nghiem.rubric');
        const run = await importTo(input, out, ['--lang', 'vi', '--unit-type', 'commune']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('1 lĩnh vực, 1 tiêu chí, 2 tiêu chí thành phần; 0 cảnh báo');
        const rubric = fs.readFileSync(out, 'utf8');
        expect(rubric).toContain('year 2025');
        expect(rubric).toContain('total 4.5');
        expect(rubric).toContain('// dòng 4, cột 1 (I)\n  field 1 "Lĩnh vực một" max 4.5 {');
        expect(rubric).toContain('criterion 1.1 "Tiêu chí có hai ý" max 4.5 {');
        expect(rubric).toMatch(/item 1\.1\.1 "Ý thứ nhất" max 2\.5 \{\n\s+choice \{\n\s+\/\/ dòng 6, cột 4\n\s+"Có": 2\.5\n\s+\/\/ dòng 6, cột 4\n\s+"Không": 0\n/);
        expect(rubric).toMatch(/item 1\.1\.2 "Ý thứ hai" max 2 \{\n\s+choice \{\n\s+\/\/ dòng 10, cột 2\n\s+"Đạt": 2\n\s+\/\/ dòng 11, cột 2\n\s+"Không đạt": 0\n/);
        expect(rubric).not.toContain('Ghi chú: không đọc');
        const check = await runCli(['check', out, '--format', 'json']);
        expect((JSON.parse(check.stdout) as { findings: { severity: string }[] }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    test('nothing is corrected: a best outcome below the max and a child numbered under the next parent reach check at their rows', async () => {
        const input = inFolder('uncorrected.csv');
        fs.writeFileSync(
            input,
            ['STT,Nội dung,Điểm tối đa', '1,Lĩnh vực,4', '1.1,Tiêu chí,2', ',Có: 1,', ',Không: 0,', '1.2,Tiêu chí hai,2', '1.2.1,Ý một,1', ',Có,1', ',Không,0', '1.3.2,Ý hai,1', ',Có,1', ',Không,0'].join('\n'),
        );
        const out = inFolder('uncorrected.rubric');
        expect((await importTo(input, out, ['--year', '2025', '--unit-type', 'commune'])).status).toBe(0);
        const rubric = fs.readFileSync(out, 'utf8');
        expect(rubric).toContain('criterion 1.1 "Tiêu chí" max 2 {');
        expect(rubric).toContain('item 1.3.2 "Ý hai" max 1 {');
        const check = await runCli(['check', out, '--format', 'json']);
        expect(check.status).toBe(1);
        const errors = (JSON.parse(check.stdout) as { findings: { code: string; severity: string; line: number }[] }).findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => [f.code, lineAbove(out, f.line)])).toEqual([
            ['points/best-not-max', '// line 3, column 1'],
            ['code/parent', '// line 10, column 1'],
        ]);
    });

    test('maxima and a total computed by formulas read as the sheet shows them, not as the stored double', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Sheet1');
        sheet.addRow(['STT', 'Tiêu chí', 'Điểm tối đa']);
        // what Excel stores for =SUM(C3:C4) over 0.1 and 0.2, and shows as 0.3
        sheet.addRow(['1', 'Lĩnh vực', { formula: 'SUM(C3:C4)', result: 0.30000000000000004 }]);
        sheet.addRow(['1.1', 'Tiêu chí một', 0.1]);
        sheet.addRow(['', 'Có', 0.1]);
        sheet.addRow(['', 'Không', 0]);
        sheet.addRow(['1.2', 'Tiêu chí hai', 0.2]);
        sheet.addRow(['', 'Có', 0.2]);
        sheet.addRow(['', 'Không', 0]);
        sheet.addRow(['', 'Tổng cộng', { formula: 'C2', result: 0.30000000000000004 }]);
        const input = inFolder('formulas.xlsx');
        await workbook.xlsx.writeFile(input);
        const out = inFolder('formulas.rubric');
        const run = await importTo(input, out, ['--year', '2025', '--unit-type', 'commune']);
        expect(run.stderr).toContain('0 warnings');
        const rubric = fs.readFileSync(out, 'utf8');
        expect(rubric).toContain("// 'Sheet1'!C9\n  total 0.3\n");
        expect(rubric).toContain('field 1 "Lĩnh vực" max 0.3 {');
        const check = await runCli(['check', out, '--format', 'json']);
        expect((JSON.parse(check.stdout) as { findings: { severity: string }[] }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    test('a "Thang điểm" column is read as the scoring rule, its outcomes beside the item', async () => {
        const input = inFolder('thang-diem.csv');
        fs.writeFileSync(input, ['TT,Nội dung,Điểm tối đa,Thang điểm,Tự chấm', '1,Lĩnh vực,2,,', '1.1,Kế hoạch,2,"Ban hành kịp thời: 2; Không ban hành: 0",2'].join('\n'));
        const out = inFolder('thang-diem.rubric');
        const run = await importTo(input, out, ['--year', '2025', '--unit-type', 'commune']);
        expect(run.stderr).toContain('0 warnings');
        expect(fs.readFileSync(out, 'utf8')).toMatch(/criterion 1\.1 "Kế hoạch" max 2 \{\n\s+choice \{\n\s+\/\/ line 3, column 16\n\s+"Ban hành kịp thời": 2\n\s+\/\/ line 3, column 16\n\s+"Không ban hành": 0\n/);
    });

    test('a dash or bullet in the code column marks an outcome row', async () => {
        const input = inFolder('bullets.csv');
        fs.writeFileSync(input, ['STT,Nội dung,Điểm tối đa', '1,Lĩnh vực,2', '1.1,Kế hoạch,2', '-,Ban hành kịp thời,2', '•,Ban hành chậm: 1,', '+,Không ban hành,0'].join('\n'));
        const out = inFolder('bullets.rubric');
        const run = await importTo(input, out, ['--year', '2025', '--unit-type', 'commune']);
        expect(run.stderr).toContain('0 warnings');
        expect(fs.readFileSync(out, 'utf8')).toMatch(/choice \{\n\s+\/\/ line 4, column 3\n\s+"Ban hành kịp thời": 2\n\s+\/\/ line 5, column 3\n\s+"Ban hành chậm": 1\n\s+\/\/ line 6, column 3\n\s+"Không ban hành": 0\n/);
    });

    test('a row that cannot be read: the item is judged, the row kept as a comment, a warning names the cell', async () => {
        const input = inFolder('unread.csv');
        fs.writeFileSync(input, ['STT,Tiêu chí,Điểm tối đa', '1,Lĩnh vực,2', '1.1,Tiêu chí,2', ',Có thực hiện,2', ',Tùy trường hợp,', '1.2,Khác,x'].join('\n'));
        const out = inFolder('unread.rubric');
        const run = await importTo(input, out, ['--year', '2025', '--unit-type', 'commune']);
        expect(run.status).toBe(0);
        expect(run.stderr).toContain('unread.csv:5:2: warning import/unread-row: cannot read the row "Tùy trường hợp" (no code, no points); 1.1 is scored judged');
        expect(run.stderr).toContain('unread.csv:6:10: warning import/unread-max: cannot read the max "x"; left out');
        const rubric = fs.readFileSync(out, 'utf8');
        expect(rubric).toMatch(/criterion 1\.1 "Tiêu chí" max 2 \{\n\s+\/\/ line 5, column 2: not read: Tùy trường hợp\n\s+\/\/ line 4, column 2: Có thực hiện: 2\n\s+judged\n/);
    });
});

describe('rubric import: round trips through the published annex', () => {
    // every example rubric (a file that declares a rubric; the shared library of metrics declares none)
    const examples = fs
        .readdirSync(path.join(repositoryRoot, 'examples'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.rubric') && /^rubric\s/m.test(fs.readFileSync(path.join(repositoryRoot, 'examples', name), 'utf8')))
        .map((name) => name.replace(/\.rubric$/, '').split(path.sep).join('/'))
        .sort();
    test('the round trips cover the examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));
    for (const example of examples) {
        for (const format of ['xlsx', 'csv', 'docx']) {
            test(`${example} → export --format ${format} → import: the same codes, titles, maxima, outcome texts and points`, async () => {
                const original = path.join(repositoryRoot, 'examples', `${example}.rubric`);
                const annex = inFolder(`${path.basename(example)}.${format}`);
                expect((await runCli(['export', original, '--format', format, '-o', annex, '--lang', 'vi'])).status).toBe(0);
                const imported = inFolder(`${path.basename(example)}-${format}.rubric`);
                const run = await importTo(annex, imported, ['--lang', 'vi']);
                expect(run.status, run.stderr).toBe(0);
                const before = await compiled(original);
                const after = await compiled(imported);
                expect(after.total).toBe(before.total);
                // a choice keeps its texts; other methods are listed by the annex in words, so their points are compared
                const choices = new Set(tableOf(before.nodes).filter((row) => /: /.test(row.split(' | ')[3])).map((row) => row.split(' | ')[0]));
                const comparable = (rows: string[]) => rows.map((row) => (choices.has(row.split(' | ')[0]) && isChoice(before.nodes, row.split(' | ')[0]) ? row : pointsOnly(row)));
                expect(comparable(tableOf(after.nodes))).toEqual(comparable(tableOf(before.nodes)));
            });
        }
    }
});

function isChoice(nodes: CompiledNode[], code: string): boolean {
    for (const node of nodes) {
        if (node.code === code) return node.scoring?.method === 'choice';
        if (node.children && isChoice(node.children, code)) return true;
    }
    return false;
}

/**
 * What Excel and Word write for a file saved with a password: an OLE compound file (its signature, then a
 * directory of UTF-16 stream names) whose streams hold the encryption details and the encrypted zip.
 */
function passwordProtected(): Uint8Array {
    const file = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
    ['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'].forEach((name, i) => {
        Buffer.from(name, 'utf16le').copy(file, 512 + i * 128);
        file.writeUInt16LE((name.length + 1) * 2, 512 + i * 128 + 64);
    });
    return file;
}

describe('rubric import: files it cannot use', () => {
    const refused = async (name: string, content: Uint8Array | string, message: string): Promise<void> => {
        const input = inFolder(name);
        fs.writeFileSync(input, content);
        const out = inFolder(`${name}.rubric`);
        const run = await importTo(input, out);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
        expect(fs.existsSync(out)).toBe(false);
    };

    test('not a workbook, an empty CSV, a CSV without a rubric table, another kind of file', async () => {
        await refused('text.xlsx', 'STT,Tiêu chí', 'text.xlsx: not an XLSX file (not readable as a zip archive)');
        await refused('empty.csv', '', 'empty.csv: the file is empty');
        await refused('letter.csv', 'Kính gửi,Sở Nội vụ\nNội dung,Báo cáo', 'letter.csv: no table with a code, a title and a max column in the first 30 rows');
        await refused('rubric.pdf', '%PDF-1.4', 'rubric.pdf: rubric import reads .xlsx, .csv or .docx files');
    });

    test('a workbook or Word annex saved with a password is refused as such, not as a damaged file', async () => {
        await refused('locked.xlsx', passwordProtected(), 'locked.xlsx: the workbook is password-protected: save it again without a password');
        await refused('locked.docx', passwordProtected(), 'locked.docx: the Word document is password-protected: save it again without a password');
        // an old binary .xls renamed .xlsx is a compound file too, but holds no encrypted package
        const renamed = passwordProtected();
        renamed.set(Buffer.from('Workbook\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000', 'utf16le'), 512 + 2 * 128);
        await refused('old.xlsx', renamed, 'old.xlsx: not an XLSX file (not readable as a zip archive)');
    });

    test('a 50 MB sheet and a sheet that would inflate to 2 GB are refused before they are read', async () => {
        const big = inFolder('big.csv');
        fs.writeFileSync(big, '');
        fs.truncateSync(big, 50 * 1024 * 1024);
        const run = await importTo(big, inFolder('big.rubric'));
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/big\.csv: the file is too large \(50\.0 MB; at most 32 MB\)\n$/);
        const annex = inFolder('annex.xlsx');
        await runCli(['export', path.join(repositoryRoot, 'examples/xa-2025/xa-2025.rubric'), '--format', 'xlsx', '-o', annex]);
        const entries = readRawEntries(fs.readFileSync(annex)).map((entry) =>
            entry.name === 'xl/worksheets/sheet1.xml' ? { ...entry, method: 8, declaredSize: 2 * 1024 ** 3, data: deflatedZeros(2 * 1024 ** 3) } : entry,
        );
        await refused('bomb.xlsx', writeRawEntries(entries), 'bomb.xlsx: the workbook part xl/worksheets/sheet1.xml would expand to 2 GB (limit 64 MB)');
    });
});

describe('rubric import: a Word annex', () => {
    /** A cell of paragraphs, one per line given. */
    const cell = (lines: string, columnSpan?: number): TableCell =>
        new TableCell({ children: lines.split('\n').map((line) => new Paragraph(line)), ...(columnSpan ? { columnSpan } : {}) });
    const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });

    async function annex(): Promise<string> {
        const table = new Table({
            rows: [
                row(cell('PHỤ LỤC: BỘ CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH TỈNH CÀ MAU NĂM 2013', 4)),
                row(cell('STT'), cell('Lĩnh vực/Tiêu chí/Tiêu chí thành phần'), cell('Điểm tối đa'), cell('Ghi chú')),
                row(cell('1'), cell('Công tác chỉ đạo, điều hành CCHC'), cell('3'), cell('')),
                row(cell('1.1'), cell('Kế hoạch CCHC năm'), cell('3'), cell('')),
                row(cell('1.1.1'), cell('Ban hành kế hoạch CCHC năm'), cell('1'), cell('')),
                row(cell(''), cell('Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0'), cell(''), cell('tự chấm')),
                row(cell('1.1.2'), cell('Mức độ thực hiện kế hoạch CCHC\nThực hiện trên 90% kế hoạch: 2\nThực hiện từ 70% - 90% kế hoạch: 1\nDưới 70% kế hoạch: 0'), cell('2'), cell('')),
                row(cell(''), cell('Tổng cộng'), cell('3'), cell('')),
            ],
        });
        const document = new Document({ sections: [{ children: [new Paragraph('QUYẾT ĐỊNH 1880/QĐ-UBND'), table, new Paragraph('Ghi chú')] }] });
        const file = inFolder('phu-luc.docx');
        fs.writeFileSync(file, await Packer.toBuffer(document));
        return file;
    }

    test('the table of the annex: outcomes in one cell or on the lines under the title, each node commented with its cell', async () => {
        const out = inFolder('phu-luc.rubric');
        const run = await importTo(await annex(), out, ['--unit-type', 'department']);
        expect(run.status, run.stderr).toBe(0);
        const rubric = fs.readFileSync(out, 'utf8');
        expect(rubric).toContain('rubric PHU_LUC "PHỤ LỤC: BỘ CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH TỈNH CÀ MAU NĂM 2013" {');
        expect(rubric).toContain('year 2013');
        expect(rubric).toContain('// table 1, row 8, cell 3\n  total 3');
        expect(rubric).toMatch(/\/\/ table 1, row 5, cell 1\n\s+item 1\.1\.1 "Ban hành kế hoạch CCHC năm" max 1 \{\n\s+choice \{\n\s+\/\/ table 1, row 6, cell 2\n\s+"Ban hành kịp thời": 1\n\s+\/\/ table 1, row 6, cell 2\n\s+"Ban hành không kịp thời": 0.5\n/);
        expect(rubric).toMatch(/item 1\.1\.2 "Mức độ thực hiện kế hoạch CCHC" max 2 \{\n\s+choice \{\n\s+\/\/ table 1, row 7, cell 2\n\s+"Thực hiện trên 90% kế hoạch": 2\n\s+\/\/ table 1, row 7, cell 2\n\s+"Thực hiện từ 70% - 90% kế hoạch": 1\n\s+\/\/ table 1, row 7, cell 2\n\s+"Dưới 70% kế hoạch": 0\n/);
        expect(run.stderr).toMatch(/phu-luc\.docx: table 1, row 7, cell 2: info import\/band-text: .*at 90% /);
        const check = await runCli(['check', out, '--format', 'json']);
        expect((JSON.parse(check.stdout) as { findings: { severity: string }[] }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    test('--sheet N picks the Nth table of a Word document; without it the first table with headings is read', async () => {
        const contents = new Table({ rows: [row(cell('Mục lục'), cell('Trang'), cell(''))] });
        const tableTwo = new Table({ rows: [row(cell('STT'), cell('Nội dung'), cell('Điểm tối đa')), row(cell('1'), cell('Lĩnh vực của bảng 2'), cell('1')), row(cell('1.1'), cell('Tiêu chí'), cell('1')), row(cell(''), cell('Có: 1; Không: 0'), cell(''))] });
        const tableThree = new Table({
            rows: [
                row(cell('STT'), cell('Nội dung'), cell('Điểm tối đa')),
                row(cell('1'), cell('Lĩnh vực của bảng 3'), cell('2')),
                row(cell('1.1'), cell('Tiêu chí'), cell('2')),
                row(cell(''), cell('Có: 2; Không: 0'), cell('')),
            ],
        });
        const file = inFolder('hai-bang.docx');
        fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [contents, new Paragraph(''), tableTwo, new Paragraph(''), tableThree] }] })));
        const options = ['--year', '2025', '--unit-type', 'commune'];
        expect((await importTo(file, inFolder('hai-bang.rubric'), options)).status).toBe(0);
        expect(fs.readFileSync(inFolder('hai-bang.rubric'), 'utf8')).toContain('field 1 "Lĩnh vực của bảng 2" max 1 {');
        const run = await importTo(file, inFolder('hai-bang-3.rubric'), [...options, '--sheet', '3']);
        expect(run.status, run.stderr).toBe(0);
        const rubric = fs.readFileSync(inFolder('hai-bang-3.rubric'), 'utf8');
        expect(rubric).toContain('rubric HAI_BANG "hai-bang (3)" {');
        expect(rubric).toContain('// table 3, row 2, cell 1\n  field 1 "Lĩnh vực của bảng 3" max 2 {');
    });

    test('a .docx that is not a zip archive, or whose body would inflate to 2 GB, is refused in one line', async () => {
        const fake = inFolder('fake.docx');
        fs.writeFileSync(fake, 'STT;Nội dung');
        const run = await importTo(fake, inFolder('fake.rubric'));
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/fake\.docx: not a Word \.docx file \(not readable as a zip archive\)\n$/);
        const entries = readRawEntries(fs.readFileSync(await annex())).map((entry) =>
            entry.name === 'word/document.xml' ? { ...entry, method: 8, declaredSize: 2 * 1024 ** 3, data: deflatedZeros(2 * 1024 ** 3) } : entry,
        );
        const bomb = inFolder('bomb.docx');
        fs.writeFileSync(bomb, writeRawEntries(entries));
        const refused = await importTo(bomb, inFolder('bomb.rubric'));
        expect(refused.status).toBe(2);
        expect(refused.stderr).toMatch(/bomb\.docx: the Word document part word\/document\.xml would expand to 2 GB \(limit 64 MB\)\n$/);
    });
});

describe('rubric import: options', () => {
    test('--sheet picks a sheet, --columns names the columns of a table without headings, the same input gives the same bytes', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Ghi chú').addRow(['Bảng này không có tiêu đề cột']);
        const sheet = workbook.addWorksheet('Bảng điểm');
        sheet.addRow(['', 'A', '1', 'Lĩnh vực duy nhất', 2]);
        sheet.addRow(['', 'x', '1.1', 'Tiêu chí duy nhất', 2]);
        sheet.addRow(['', '', '', 'Có: 2; Không: 0', '']);
        const input = inFolder('columns.xlsx');
        await workbook.xlsx.writeFile(input);
        const options = ['--sheet', 'Bảng điểm', '--columns', 'code=C,title=D,max=5', '--id', 'MAPPED', '--year', '2025', '--unit-type', 'commune'];
        const first = await importTo(input, inFolder('columns-1.rubric'), options);
        expect(first.status, first.stderr).toBe(0);
        const rubric = fs.readFileSync(inFolder('columns-1.rubric'), 'utf8');
        expect(rubric).toContain('rubric MAPPED "columns (Bảng điểm)" {');
        expect(rubric).toMatch(/\/\/ 'Bảng điểm'!C2\n\s+criterion 1\.1 "Tiêu chí duy nhất" max 2 \{\n\s+choice \{\n\s+\/\/ 'Bảng điểm'!D3\n\s+"Có": 2/);
        await importTo(input, inFolder('columns-2.rubric'), options);
        expect(fs.readFileSync(inFolder('columns-2.rubric'))).toEqual(fs.readFileSync(inFolder('columns-1.rubric')));
        const wrongSheet = await importTo(input, inFolder('columns-3.rubric'), ['--sheet', 'Sheet9']);
        expect(wrongSheet.status).toBe(2);
        expect(wrongSheet.stderr).toContain('no sheet "Sheet9" (there are: Ghi chú, Bảng điểm)');
        const withoutMapping = await importTo(input, inFolder('columns-4.rubric'));
        expect(withoutMapping.status).toBe(2);
        expect(withoutMapping.stderr).toContain('--columns code=A,title=B,max=C');
    });

    test('without -o the rubric goes to stdout and the findings to stderr; a bad --year or --id is refused before reading', async () => {
        const input = inFolder('stdout.csv');
        fs.writeFileSync(input, ['STT,Nội dung,Điểm tối đa', '1,Lĩnh vực,1', '1.1,Tiêu chí,1', ',Có: 1,', ',Không: 0,'].join('\n'));
        const run = await runCli(['import', input, '--id', 'IN_RA', '--year', '2025', '--unit-type', 'commune']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/^\/\/ Imported from stdout\.csv by rubric import\nrubric IN_RA "stdout" \{\n/);
        expect(run.stdout).not.toContain('sub-criteria');
        expect(run.stderr).toBe('1 field, 1 criterion, 0 sub-criteria; 0 warnings\n');
        const badYear = await runCli(['import', input, '--year', '25']);
        expect([badYear.status, badYear.stdout]).toEqual([2, '']);
        expect(badYear.stderr).toContain('not a year: 25');
        const badId = await runCli(['import', input, '--id', '1-bang']);
        expect([badId.status, badId.stdout]).toEqual([2, '']);
        expect(badId.stderr).toContain('not a rubric id: 1-bang');
    });

    test('messages in Vietnamese with --lang vi; an input is never overwritten', async () => {
        const input = inFolder('vi.csv');
        fs.writeFileSync(input, ['STT,Nội dung,Điểm tối đa', '1,Lĩnh vực,1', '1.1,Tiêu chí,1', ',Tùy trường hợp,'].join('\n'));
        const run = await importTo(input, inFolder('vi.rubric'), ['--lang', 'vi', '--year', '2025']);
        expect(run.stderr).toContain('vi.csv:4:2: warning import/unread-row: không đọc được dòng "Tùy trường hợp" (không có mã, không có điểm); 1.1 được chấm theo đánh giá (judged)');
        expect(fs.readFileSync(inFolder('vi.rubric'), 'utf8')).toContain('unitType "chưa xác định"');
        const over = await runCli(['import', input, '-o', input]);
        expect(over.status).toBe(2);
        expect(fs.readFileSync(input, 'utf8')).toContain('Tùy trường hợp');
    });
});
