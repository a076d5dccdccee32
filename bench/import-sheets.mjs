// `rubric import` of many rubric sheets in one process: deterministic workbooks in the police layout
// (code | title | max | self score, outcome rows under each item with their points), imported one after
// the other through the CLI's `main`, each to its own .rubric. Run as a child by run.mjs, or alone:
//   node bench/import-sheets.mjs --sheets 100 --items 100
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OUTCOMES = [
    ['Thực hiện đầy đủ, đúng thời gian quy định', 1],
    ['Thực hiện từ 70% - dưới 100% kế hoạch', 0.5],
    ['Không thực hiện', 0],
];

/** One sheet of `items` sub-criteria (5 per criterion, 4 criteria per field), every item worth 1 point. */
async function writeSheet(file, items, seed) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow([`BỘ TIÊU CHÍ CẢI CÁCH HÀNH CHÍNH SỐ ${seed} NĂM 2025`]);
    sheet.addRow([]);
    sheet.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự chấm', 'Ghi chú']);
    const fields = Math.ceil(items / 20);
    let left = items;
    for (let f = 1; f <= fields; f++) {
        const inField = Math.min(20, left);
        sheet.addRow([f, `Lĩnh vực ${f} của bộ ${seed}`, inField]);
        for (let c = 1; c <= Math.ceil(inField / 5); c++) {
            const inCriterion = Math.min(5, left);
            sheet.addRow([`${f}.${c}`, `Tiêu chí ${f}.${c}`, inCriterion]);
            for (let i = 1; i <= inCriterion; i++, left--) {
                sheet.addRow([`${f}.${c}.${i}`, `Tiêu chí thành phần ${f}.${c}.${i} của bộ ${seed}`, 1]);
                for (const [label, points] of OUTCOMES) sheet.addRow(['', `${label}: ${String(points).replace('.', ',')}`, String(points)]);
            }
        }
    }
    sheet.addRow(['', 'Tổng cộng:', items]);
    await workbook.xlsx.writeFile(file);
}

export async function benchmarkImport({ root, sheets, items }) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-import-bench-'));
    try {
        const files = [];
        for (let s = 1; s <= sheets; s++) {
            const file = path.join(work, `sheet-${s}.xlsx`);
            await writeSheet(file, items, s);
            files.push(file);
        }
        const { main } = await import(pathToFileURL(path.join(root, 'packages/cli/dist/rubric.mjs')).href);
        const sink = { write: () => true };
        const io = { stdout: sink, stderr: sink, env: { RUBRIC_LANG: 'en' } };
        const started = performance.now();
        for (const file of files) {
            const status = await main(['import', file, '-o', file.replace(/\.xlsx$/, '.rubric')], io);
            if (status !== 0) throw new Error(`import of ${file} exited ${status}`);
        }
        const ms = performance.now() - started;
        const sample = fs.readFileSync(files[0].replace(/\.xlsx$/, '.rubric'), 'utf8');
        return { ms, sheets, items, sampleItems: (sample.match(/^\s*item /gm) ?? []).length };
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const arg = (name, fallback) => {
        const at = process.argv.indexOf(name);
        return at >= 0 ? Number(process.argv[at + 1]) : fallback;
    };
    const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
    console.log(JSON.stringify(await benchmarkImport({ root, sheets: arg('--sheets', 100), items: arg('--items', 100) })));
}
