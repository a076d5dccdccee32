import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';
import { docxWords } from './word/docx-text.js';

const rubric = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-export-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric export: the annex table of the decision', () => {
    test('Markdown: the six columns, the rule in words, the evidence, the lead agency, the decision line', async () => {
        const run = await runCli(['export', rubric, '--format', 'md', '--lang', 'vi']);
        expect(run.status).toBe(0);
        const md = run.stdout;
        expect(md).toContain('| STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Cách chấm điểm | Tài liệu kiểm chứng | Cơ quan chủ trì |');
        expect(md).toContain('8 lĩnh vực, 34 tiêu chí, 62 tiêu chí thành phần; tổng điểm tối đa 100');
        expect(md).toContain('| 1.1.1 | Ban hành kế hoạch CCHC năm | 1 | Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0 | Kế hoạch cải cách hành chính năm |');
        expect(md).toContain('| 1.1.4 | Mức độ thực hiện kế hoạch CCHC | 2 | Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0 | Báo cáo kết quả thực hiện công tác CCHC năm (thiếu: tối đa 1 điểm; hoặc giải trình) |');
        expect(md).toContain('| **1** | **Công tác chỉ đạo điều hành CCHC** | **18,5** |  |  | Sở Nội vụ |');
        expect(md).toContain('(Kèm theo Quyết định số 1149/QĐ-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phú Yên)');
        expect(md).toContain('|  | **TỔNG ĐIỂM** | **100** |  |  |  |');
        expect(md).toContain('- Khá: Từ 70% đến dưới 80%');
        expect(md).toContain('Các báo cáo CCHC định kỳ (quý I, quý III, 6 tháng, năm) (ít nhất 04 văn bản)');
    });

    test('English headings and decimals with --lang en', async () => {
        const md = (await runCli(['export', rubric, '--format', 'md', '--lang', 'en'])).stdout;
        expect(md).toContain('| No. | Field/Criterion/Sub-criterion | Max points | Scoring rule | Evidence | Lead agency |');
        expect(md).toContain('| 1.1.4 | Mức độ thực hiện kế hoạch CCHC | 2 | Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0 |');
    });

    test('HTML: a printable page, the header repeated on each printed page', async () => {
        const html = (await runCli(['export', rubric, '--format', 'html', '--lang', 'vi'])).stdout;
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('thead { display: table-header-group; }');
        expect(html).toContain('<tr class="item"><td class="n">1.1.4</td><td>Mức độ thực hiện kế hoạch CCHC</td><td class="n">2</td><td>Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0</td>');
    });

    test('CSV: plain decimals', async () => {
        const lines = (await runCli(['export', rubric, '--format', 'csv', '--lang', 'vi'])).stdout.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).toBe('STT,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm tối đa,Cách chấm điểm,Tài liệu kiểm chứng,Cơ quan chủ trì');
        expect(lines.find((l) => l.startsWith('1,'))).toBe('1,Công tác chỉ đạo điều hành CCHC,18.5,,,Sở Nội vụ');
    });

    test('XLSX: the Word annex\'s columns and typography, one bordered table with -o', async () => {
        const out = path.join(folder, 'annex.xlsx');
        expect((await runCli(['export', rubric, '--format', 'xlsx', '-o', out, '--lang', 'vi'])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.getCell('A2').value).toBe('(Kèm theo Quyết định số 1149/QĐ-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phú Yên)');
        expect(sheet.getCell('D7').font).toMatchObject({ name: 'Times New Roman', size: 13 });
        expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm điểm', 'Tài liệu kiểm chứng', 'Cơ quan chủ trì']);
        expect((sheet.getRow(6).values as unknown[]).slice(1)).toEqual(['1', 'Công tác chỉ đạo điều hành CCHC', 18.5, '', '', 'Sở Nội vụ']);
        // a band label that states its threshold is not followed by the derived one ("… kế hoạch (trên 90%)")
        const planDone = sheet.getColumn(1).values.findIndex((v) => v === '1.1.4');
        expect(sheet.getCell(planDone, 4).value).toBe('Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0');
    });

    test('Word: the annex of the decision, A4 landscape, Times New Roman 13, heading row repeated, page numbers', async () => {
        const out = path.join(folder, 'annex.docx');
        expect((await runCli(['export', rubric, '--format', 'docx', '-o', out, '--lang', 'vi'])).status).toBe(0);
        const bytes = fs.readFileSync(out);
        const { words, document, zip } = await docxWords(bytes);
        const styles = await zip.file('word/styles.xml')!.async('string');
        expect(words).toContain('PHỤ LỤC|');
        expect(words).toContain('(Kèm theo Quyết định số 1149/QĐ-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phú Yên)');
        expect(words).toContain('STT|Lĩnh vực/Tiêu chí/Tiêu chí thành phần|Điểm tối đa|Cách chấm điểm|Tài liệu kiểm chứng|Cơ quan chủ trì');
        expect(words).toContain('1.1.1|Ban hành kế hoạch CCHC năm|1|Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0|Kế hoạch cải cách hành chính năm');
        expect(words).toContain('1|Công tác chỉ đạo điều hành CCHC|18,5|||Sở Nội vụ');
        expect(words).toContain('1.1.4|Mức độ thực hiện kế hoạch CCHC|2|Thực hiện trên 90% kế hoạch: 2; Thực hiện từ 70% - 90% kế hoạch: 1; Dưới 70% kế hoạch: 0|');
        expect(words).not.toMatch(/kế hoạch \((trên|từ|dưới) \d+%/);
        // A4 landscape: 297 × 210 mm; margins 20 / 15 / 20 / 30 mm
        expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
        expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
        expect(document).toContain('<w:tblHeader/>');
        expect(document).toContain('<w:titlePg/>');
        const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
        expect(headers.some((xml) => xml.includes('PAGE'))).toBe(true);
        expect(styles).toContain('w:ascii="Times New Roman"');
        expect(styles).toContain('<w:sz w:val="26"/>');
        // the same rubric gives the same bytes
        const again = path.join(folder, 'annex-again.docx');
        await runCli(['export', rubric, '--format', 'docx', '-o', again, '--lang', 'vi']);
        expect(fs.readFileSync(again).equals(bytes)).toBe(true);
    });

    test('Word needs -o', async () => {
        const run = await runCli(['export', rubric, '--format', 'docx']);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
    });

    test('a rubric with errors is not exported', async () => {
        const broken = path.join(repositoryRoot, 'examples/huyen-2022/.broken-export.rubric');
        fs.writeFileSync(broken, fs.readFileSync(rubric, 'utf8').replace('max 18.5', 'max 18'));
        try {
            const run = await runCli(['export', broken]);
            expect(run.status).toBe(1);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(/the rubric has \d+ errors? to fix first/);
        } finally {
            fs.rmSync(broken);
        }
    });
});
