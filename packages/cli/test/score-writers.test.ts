import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import csvReport from '../src/report/score/csv.js';
import htmlReport from '../src/report/score/html.js';
import jsonReport from '../src/report/score/json.js';
import markdownReport from '../src/report/score/md.js';
import type { ScoreReport } from '../src/contracts/score-report.js';
import tableReport from '../src/report/score/table.js';
import xlsxReport from '../src/report/score/xlsx.js';
import { exampleReport, streamedText } from './helpers.js';

let vi: ScoreReport;
let en: ScoreReport;
beforeAll(async () => {
    vi = await exampleReport('vi');
    en = await exampleReport('en');
});

describe('HTML report (what a council prints)', () => {
    test("Sông Cầu's page reads like the press report", () => {
        const html = htmlReport(vi);
        const page = html.slice(html.indexOf('id="unit-PY-SONGCAU"'), html.indexOf('</section>', html.indexOf('id="unit-PY-SONGCAU"')));
        expect(page).toContain('Năm 2022, chỉ số CCHC của UBND thị xã Sông Cầu đạt 73,34 điểm, xếp loại Khá, xếp thứ 3/9; so với năm 2021: tăng 8,48 điểm, tăng 03 bậc.');
        for (const field of ['17,64/18,50', '5,9/6', '12/22', '7/7', '11/14', '5,5/9,5', '8,42/16', '5,88/7', '73,34/100']) {
            expect(page).toContain(`<td class="n">${field}</td>`);
        }
    });

    test('the ranking, the count per grade and a chart for the batch', () => {
        const html = htmlReport(vi);
        expect(html).toContain('<tr><td class="n">3/9</td><td>UBND thị xã Sông Cầu</td><td class="n">73,34/100</td><td class="n">73,34</td><td>Khá</td><td>tăng 8,48 điểm, tăng 03 bậc</td></tr>');
        expect(html).toContain('Số đơn vị theo xếp loại: <strong>01 Tốt, 04 Khá, 04 Trung bình</strong>');
        expect(html).toMatch(/<svg [^>]*role="img"/);
        expect(html.match(/<rect class="bar" /g)).toHaveLength(9);
    });

    test('the chart labels each bar with the index it draws, has a legend of the grade colours, and totals keep two decimals', () => {
        const html = htmlReport(vi);
        const chart = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
        // Sông Hinh: total 57,88 of 96,5, index 59,98; the bar is the index
        expect(chart).toMatch(/>UBND huyện Sông Hinh<\/text><rect class="bar" [^>]*\/><text [^>]*>59,98<\/text>/);
        expect(chart).not.toContain('>57,88<');
        for (const grade of ['Tốt', 'Khá', 'Trung bình', 'Yếu']) expect(chart).toContain(`>${grade}</text>`);
        expect(chart.match(/<rect class="legend" /g)).toHaveLength(4);
        expect(html).toContain('<td class="n">68,90/100</td><td class="n">68,90</td>');
        expect(html).toContain('@media print');
    });

    test('one self-contained file: no script, no external asset', () => {
        const html = htmlReport(vi);
        expect(html).not.toMatch(/<script|<link|src=|url\(/i);
        expect(html.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    });

    test("a unit's deviations and missing evidence are listed for the council, with what each gap cost", () => {
        const html = htmlReport(vi);
        const page = html.slice(html.indexOf('id="unit-PY-TAYHOA"'));
        expect(page).toContain('<h3>Tài liệu kiểm chứng còn thiếu, chưa đủ hoặc ban hành trễ hạn</h3>');
        expect(page).toContain('<li><strong>5.4.1</strong> Ban hành kế hoạch đào tạo, bồi dưỡng năm: Kế hoạch đào tạo, bồi dưỡng CBCCVC năm 2022: không có — chấm 0 điểm, mất 1 điểm</li>');
        // the propaganda plan was issued, only after its deadline
        expect(page).toContain('<li><strong>1.4.1</strong> Ban hành kế hoạch tuyên truyền CCHC năm: Kế hoạch tuyên truyền CCHC năm 2022: ban hành trễ hạn (ngày 14/02/2022; hạn 31/01/2022) — chấm 0 điểm, mất 0,5 điểm</li>');
        expect(page).toMatch(/<tr><td>7\.4<\/td><td>[^<]*<\/td><td class="n">1,5<\/td><td class="n">0<\/td><td class="n">-1,5<\/td>/);
    });

    test('a not-applicable part lowers the maximum', () => {
        const html = htmlReport(vi);
        expect(html).toContain('<td>UBND huyện Sông Hinh</td><td class="n">57,88/96,50</td><td class="n">59,98</td>');
    });

    test('English words and number format with --lang en', () => {
        const html = htmlReport(en);
        expect(html).toContain('In 2022, the PAR index of UBND thị xã Sông Cầu was 73.34 points, grade Khá, ranked 3 of 9; compared with 2021: up 8.48 points, up 3 places.');
        expect(html).toContain('<td class="n">17.64/18.50</td>');
    });

    test('markup in names is escaped', () => {
        const results = structuredClone(vi.results);
        results.results[0].unit.name = '<b>UBND & co</b>';
        expect(htmlReport({ ...vi, results })).toContain('&lt;b&gt;UBND &amp; co&lt;/b&gt;');
    });
});

describe('other formats', () => {
    test('JSON: exact decimals as JSON numbers, the results contract', async () => {
        const json = JSON.parse(await streamedText(jsonReport, vi));
        const unit = json.results.find((r: { unit: { id: string } }) => r.unit.id === 'PY-SONGCAU');
        expect(unit).toMatchObject({ total: 73.34, max: 100, index: 73.34, grade: 'Khá', rank: 3, of: 9, change: { points: 8.48, rank: 3 } });
        expect(unit.fields.map((f: { score: number }) => f.score)).toEqual([17.64, 5.9, 12, 7, 11, 5.5, 8.42, 5.88]);
        expect(json.summary).toMatchObject({ count: 9, grades: { Tốt: 1, Khá: 4, 'Trung bình': 4, Yếu: 0 } });
    });

    test('CSV: a UTF-8 byte order mark for Excel, headings in the chosen language', async () => {
        const [viHead] = (await streamedText(csvReport, vi)).split('\r\n');
        const [enHead] = (await streamedText(csvReport, en)).split('\r\n');
        expect(viHead.startsWith('\uFEFFXếp hạng,Số đơn vị,Mã đơn vị,Tên đơn vị,')).toBe(true);
        expect(viHead.endsWith(',Điểm thưởng,Điểm trừ,Lĩnh vực 1,Lĩnh vực 2,Lĩnh vực 3,Lĩnh vực 4,Lĩnh vực 5,Lĩnh vực 6,Lĩnh vực 7,Lĩnh vực 8')).toBe(true);
        expect(enHead.startsWith('\uFEFFRank,Of,Unit id,Unit name,')).toBe(true);
    });

    test('CSV: plain decimals in both languages', async () => {
        const line = (await streamedText(csvReport, vi)).split('\r\n').find((l) => l.includes('PY-SONGCAU'))!;
        expect(line).toBe('3,9,PY-SONGCAU,UBND thị xã Sông Cầu,district,73.34,100,73.34,Khá,8.48,3,70.4,0,0,17.64,5.9,12,7,11,5.5,8.42,5.88');
    });

    test('Markdown: the ranking row and the field table', () => {
        const md = markdownReport(vi);
        expect(md).toContain('| 3/9 | UBND thị xã Sông Cầu | 73,34/100 | 73,34 | Khá | tăng 8,48 điểm, tăng 03 bậc |');
        expect(md).toContain('| 7 | Xây dựng chính quyền điện tử | 8,42/16 |');
        // a fractional maximum takes the score's decimals, as the press writes it
        expect(md).toContain('| 1 | Công tác chỉ đạo điều hành CCHC | 17,64/18,50 |');
        expect(md).toContain('|  | **Tổng điểm** | **57,88/96,50** |');
        expect(md).toContain('Số đơn vị theo xếp loại: 01 Tốt, 04 Khá, 04 Trung bình');
    });

    test('table: aligned columns for the terminal', () => {
        const table = tableReport(vi);
        expect(table).toMatch(/^3\/9 +UBND thị xã Sông Cầu +73,34\/100 +73,34 +Khá +tăng 8,48 điểm, tăng 03 bậc$/m);
        expect(table).toMatch(/^7 +Xây dựng chính quyền điện tử +8,42\/16$/m);
    });

    test('XLSX: a ranking sheet and one sheet per unit, figures as numbers', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await xlsxReport(vi)) as unknown as ExcelJS.Buffer);
        // the ranking, by field, the most points lost, the change on 2021, then the nine units
        expect(workbook.worksheets).toHaveLength(13);
        const ranking = workbook.worksheets[0];
        const row = ranking.getRows(1, ranking.rowCount)!.find((r) => r.getCell(3).value === 'PY-SONGCAU')!;
        expect([row.getCell(1).value, row.getCell(4).value, row.getCell(7).value, row.getCell(8).value]).toEqual(['3/9', 73.34, 'Khá', 'tăng 8,48 điểm, tăng 03 bậc']);
        const sheet = workbook.getWorksheet('UBND thị xã Sông Cầu')!;
        expect(sheet.getCell('A2').value).toContain('73,34 điểm');
        // field 1 is 17.64 of 18.50: score and maximum both shown to two decimals
        expect([sheet.getCell('C5').value, sheet.getCell('D5').value, sheet.getCell('C5').numFmt, sheet.getCell('D5').numFmt]).toEqual([17.64, 18.5, '0.00', '0.00']);
        expect(ranking.getCell('I3').value).toBe('1. Công tác chỉ đạo điều hành CCHC (18,50)');
    });

    test('XLSX: for every unit the field rows plus the bonus and penalty rows add up to the total, on its sheet and in the ranking', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await xlsxReport(vi)) as unknown as ExcelJS.Buffer);
        const cents = (value: unknown): number => Math.round(Number(value ?? 0) * 100);
        const ranking = workbook.worksheets[0];
        const heads = (ranking.getRow(3).values as unknown[]).slice(1);
        expect(heads.slice(-2)).toEqual(['Thưởng', 'Trừ']);
        for (const unit of vi.results.results) {
            const row = ranking.getRows(4, vi.results.results.length)!.find((r) => r.getCell(3).value === unit.unit.id)!;
            const parts = (row.values as unknown[]).slice(9).reduce((total: number, value) => total + cents(value), 0);
            expect(parts, unit.unit.id).toBe(cents(unit.total));
            const sheet = workbook.worksheets.find((w) => w.getCell('A1').value === unit.unit.name)!;
            let sum = 0;
            let r = 5;
            for (; sheet.getCell(r, 2).value !== 'Tổng điểm'; r++) sum += cents(sheet.getCell(r, 3).value);
            expect(sum, unit.unit.id).toBe(cents(sheet.getCell(r, 3).value));
        }
        const hinh = workbook.worksheets.find((w) => w.getCell('A1').value === 'UBND huyện Sông Hinh')!;
        const penalty = hinh.getRows(5, 12)!.find((row) => row.getCell(2).value === 'Trừ')!;
        expect(penalty.getCell(3).value).toBe(-1);
    });

    test('the same batch gives byte-identical files', async () => {
        expect(htmlReport(vi)).toBe(htmlReport(await exampleReport('vi')));
        expect(Buffer.from(await xlsxReport(vi)).equals(Buffer.from(await xlsxReport(vi)))).toBe(true);
    });
});

describe('files that were not scored are listed in every format', () => {
    const notScored = [
        {
            file: 'assessments/hong.xlsx',
            problems: [
                { where: "'Tự đánh giá'!F14", sheet: 'Tự đánh giá', cell: 'F14', path: 'items["1.1.1"].choice', message: '"Ban hành sớm" không phải phương án của tiêu chí này' },
                { where: "'Tự đánh giá'!D40", sheet: 'Tự đánh giá', cell: 'D40', path: 'metrics.planDone', message: 'Thiếu số liệu "planDone"' },
            ],
        },
        {
            file: 'assessments/hong.yaml',
            problems: [{ where: '12:5', line: 12, column: 5, message: 'invalid YAML' }],
        },
    ];
    const withRejected = (): ScoreReport => ({ ...vi, notScored });

    test('JSON: a "notScored" list beside the results, streamed byte for byte as the whole object prints', async () => {
        const text = await streamedText(jsonReport, withRejected());
        const json = JSON.parse(text);
        expect(json.notScored).toEqual(notScored);
        expect(text).toBe(JSON.stringify(json, null, 2) + '\n');
        const none = await streamedText(jsonReport, { ...vi, results: { ...vi.results, results: [] } });
        expect(none).toBe(JSON.stringify(JSON.parse(none), null, 2) + '\n');
        expect(JSON.parse(none).notScored).toEqual([]);
    });

    test('CSV: a second table after a blank line, one line per reason', async () => {
        const lines = (await streamedText(csvReport, withRejected())).split('\r\n');
        const blank = lines.indexOf('');
        expect(blank).toBe(10);
        expect(lines.slice(blank + 1, -1)).toEqual([
            'not_scored_file,line,column,sheet,cell,path,message',
            `assessments/hong.xlsx,,,Tự đánh giá,F14,"items[""1.1.1""].choice","""Ban hành sớm"" không phải phương án của tiêu chí này"`,
            `assessments/hong.xlsx,,,Tự đánh giá,D40,metrics.planDone,"Thiếu số liệu ""planDone"""`,
            'assessments/hong.yaml,12,5,,,,invalid YAML',
        ]);
        expect((await streamedText(csvReport, vi)).split('\r\n')).toHaveLength(11);
    });

    test('HTML, Markdown and the table: the ranking says it counts the scored units, a section lists the rest', () => {
        const report = withRejected();
        const html = htmlReport(report);
        expect(html).toContain('xếp thứ 3/9; 2 đơn vị chưa chấm được; so với năm 2021');
        expect(html).toContain('<h2>Chưa chấm được</h2>');
        expect(html).toContain(`<tr><td>assessments/hong.xlsx</td><td>&#39;Tự đánh giá&#39;!D40</td><td>metrics.planDone</td><td>Thiếu số liệu &quot;planDone&quot;</td></tr>`);
        const md = markdownReport(report);
        expect(md).toContain('Thứ hạng tính trong số 9 đơn vị đã chấm; 2 đơn vị chưa chấm được');
        expect(md).toMatch(/## Chưa chấm được\n\n\| Tệp \| Vị trí \| Đường dẫn JSON \| Lỗi \|/);
        const table = tableReport(report);
        expect(table).toMatch(/^assessments\/hong\.xlsx +'Tự đánh giá'!F14 +items\["1\.1\.1"\]\.choice +"Ban hành sớm"/m);
        expect(htmlReport(vi)).not.toContain('Chưa chấm được');
    });

    test('XLSX: a "Chưa chấm được" sheet', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await xlsxReport(withRejected())) as unknown as ExcelJS.Buffer);
        const sheet = workbook.getWorksheet('Chưa chấm được')!;
        expect(sheet.getRow(3).values).toEqual([undefined, 'assessments/hong.xlsx', "'Tự đánh giá'!D40", 'metrics.planDone', 'Thiếu số liệu "planDone"']);
    });
});
