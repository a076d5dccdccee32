import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';

const rubric = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-export-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric export: the annex table of the decision', () => {
    test('Markdown: the five columns, the rule in words, the evidence', async () => {
        const run = await runCli(['export', rubric, '--format', 'md', '--lang', 'vi']);
        expect(run.status).toBe(0);
        const md = run.stdout;
        expect(md).toContain('| STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Cách chấm | Tài liệu kiểm chứng |');
        expect(md).toContain('8 lĩnh vực, 34 tiêu chí, 62 tiêu chí thành phần; tổng điểm tối đa 100');
        expect(md).toContain('| 1.1.1 | Ban hành kế hoạch CCHC năm | 1 | Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0 | Kế hoạch cải cách hành chính năm |');
        expect(md).toContain('| 1.1.4 | Mức độ thực hiện kế hoạch CCHC | 2 | Thực hiện trên 90% kế hoạch (trên 90%): 2; Thực hiện từ 70% - 90% kế hoạch (từ 70% đến 90%): 1; Dưới 70% kế hoạch (dưới 70%): 0 | Báo cáo kết quả thực hiện công tác CCHC năm (thiếu: tối đa 1 điểm; hoặc giải trình) |');
        expect(md).toContain('| **1** | **Công tác chỉ đạo điều hành CCHC** | **18,5** |');
        expect(md).toContain('|  | **TỔNG ĐIỂM** | **100** |  |  |');
        expect(md).toContain('- Khá: Từ 70% đến dưới 80%');
        expect(md).toContain('Các báo cáo CCHC định kỳ (quý I, quý III, 6 tháng, năm) (ít nhất 04 văn bản)');
    });

    test('English headings and decimals with --lang en', async () => {
        const md = (await runCli(['export', rubric, '--format', 'md', '--lang', 'en'])).stdout;
        expect(md).toContain('| No. | Field/Criterion/Sub-criterion | Max points | Scoring rule | Evidence |');
        expect(md).toContain('| 1.1.4 | Mức độ thực hiện kế hoạch CCHC | 2 | Thực hiện trên 90% kế hoạch (above 90%): 2; Thực hiện từ 70% - 90% kế hoạch (from 70% to 90%): 1; Dưới 70% kế hoạch (below 70%): 0 |');
    });

    test('HTML: a printable page, the header repeated on each printed page', async () => {
        const html = (await runCli(['export', rubric, '--format', 'html', '--lang', 'vi'])).stdout;
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('thead { display: table-header-group; }');
        expect(html).toContain('<tr class="item"><td class="n">1.1.4</td><td>Mức độ thực hiện kế hoạch CCHC</td><td class="n">2</td><td>Thực hiện trên 90% kế hoạch (trên 90%): 2; Thực hiện từ 70% - 90% kế hoạch (từ 70% đến 90%): 1; Dưới 70% kế hoạch (dưới 70%): 0</td>');
    });

    test('CSV: plain decimals', async () => {
        const lines = (await runCli(['export', rubric, '--format', 'csv', '--lang', 'vi'])).stdout.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).toBe('STT,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm tối đa,Cách chấm,Tài liệu kiểm chứng');
        expect(lines.find((l) => l.startsWith('1,'))).toBe('1,Công tác chỉ đạo điều hành CCHC,18.5,Cơ quan chủ trì: Sở Nội vụ,');
    });

    test('XLSX: one bordered table with -o', async () => {
        const out = path.join(folder, 'annex.xlsx');
        expect((await runCli(['export', rubric, '--format', 'xlsx', '-o', out, '--lang', 'vi'])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets[0];
        expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm', 'Tài liệu kiểm chứng']);
        expect((sheet.getRow(5).values as unknown[]).slice(1, 4)).toEqual(['1', 'Công tác chỉ đạo điều hành CCHC', 18.5]);
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
