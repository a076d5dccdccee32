import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';
import { convertToPdf, libreOffice, pdfText } from './word/libreoffice.js';

// Word and Excel outputs as LibreOffice prints them: what a council would see, not only what the XML says.
const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');
const score = ['score', '--rubric', rubric, path.join(example, 'assessments'), '--previous', path.join(example, 'results-2021.json'), '--lang', 'vi'];

/** pdftotext spaces justified lines unevenly (even inside words): compare the text without its spaces. */
const squash = (text: string): string => text.replace(/\s+/g, '');

let folder: string;
let pdfs: Record<'annex' | 'report' | 'workbook' | 'diff', { text: string; pages: number }> | undefined;
let unavailable = '';

beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-render-'));
    const office = libreOffice();
    if (!office.ok) {
        unavailable = office.reason;
        return;
    }
    const annex = path.join(folder, 'phu-luc.docx');
    const report = path.join(folder, 'bao-cao.docx');
    const workbook = path.join(folder, 'ket-qua.xlsx');
    const diff = path.join(folder, 'so-sanh.docx');
    expect((await runCli(['export', rubric, '--format', 'docx', '-o', annex, '--lang', 'vi'])).status).toBe(0);
    expect((await runCli([...score, '--format', 'docx', '-o', report])).status).toBe(0);
    expect((await runCli([...score, '--format', 'xlsx', '-o', workbook])).status).toBe(0);
    expect((await runCli(['diff', rubric, path.join(repositoryRoot, 'examples/huyen-2023/huyen-2023.rubric'), '--format', 'docx', '-o', diff, '--lang', 'vi'])).status).toBe(0);
    const [a, r, w, d] = convertToPdf([annex, report, workbook, diff], folder).map(pdfText);
    pdfs = { annex: a, report: r, workbook: w, diff: d };
}, 1_200_000);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('LibreOffice renders the Word and Excel outputs', () => {
    test('the annex: heading, decision line, the table over several landscape pages', (context) => {
        if (!pdfs) return context.skip(unavailable);
        const { text, pages } = pdfs.annex;
        expect(text).toContain('PHỤ LỤC');
        expect(squash(text)).toContain(squash('(Kèm theo Quyết định số 1149/QĐ-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phú Yên)'));
        expect(squash(text)).toContain('Cơquanchủtrì');
        expect(pages).toBeGreaterThan(5);
        // the heading row repeats on every page the table spans (up to its total row); a page after the
        // table may hold only the grades and the bonus and penalty list
        const pageTexts = text.split('\f').map(squash);
        const last = pageTexts.findIndex((page) => page.includes('TỔNGĐIỂM'));
        expect(last).toBeGreaterThan(4);
        pageTexts.slice(0, last + 1).forEach((page, i) => expect(page, `page ${i + 1}`).toContain('Tàiliệukiểm'));
    });

    test("the report: Sông Cầu's paragraph, its fields, a few portrait pages", (context) => {
        if (!pdfs) return context.skip(unavailable);
        const text = squash(pdfs.report.text);
        expect(text).toContain(squash('Năm 2022, chỉ số CCHC của UBND thị xã Sông Cầu đạt 73,34 điểm, xếp thứ 3/9'));
        expect(text).toContain(squash('tăng 8,48 điểm và tăng 03 bậc so với năm 2021'));
        expect(text).toContain(squash('Công tác chỉ đạo điều hành CCHC đạt 17,64/18,50 điểm'));
        expect(text).toContain(squash('01 Tốt, 04 Khá, 04 Trung bình'));
        expect(pdfs.report.pages).toBeGreaterThanOrEqual(3);
        expect(pdfs.report.pages).toBeLessThanOrEqual(12);
    });

    test('the diff of 2022 and 2023: its summary and each change, on an A4 page', (context) => {
        if (!pdfs) return context.skip(unavailable);
        const text = squash(pdfs.diff.text);
        expect(text).toContain(squash('SO SÁNH BỘ CHỈ SỐ'));
        expect(text).toContain(squash('1 tiêu chí thêm mới, 1 bỏ, 2 thay đổi điểm, 1 đánh số lại, 1 thay đổi cách chấm'));
        expect(text).toContain(squash('Tiêu chí 1.6 «Ứng dụng công nghệ số trong theo dõi, đánh giá công tác CCHC», tối đa 1,5 điểm'));
        expect(text).toContain(squash('Tiêu chí 1.6 → 1.5'));
        expect(text).toContain(squash('ngưỡng ≥ 90% (1 điểm) chuyển thành ≥ 85%'));
        expect(pdfs.diff.pages).toBe(1);
    });

    test('the workbook prints its ranking', (context) => {
        if (!pdfs) return context.skip(unavailable);
        expect(pdfs.workbook.text).toContain('UBND thị xã Sông Cầu');
        expect(pdfs.workbook.pages).toBeGreaterThan(0);
    });
});
