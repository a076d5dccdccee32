import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';
import { docxWords } from './word/docx-text.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const previousFile = path.join(example, 'results-2021.json');
const args = ['score', '--rubric', path.join(example, 'huyen-2022.rubric'), path.join(example, 'assessments'), '--previous', previousFile];

type Item = { code: string; title: string; score: number | null; max: number };
type Field = { code: string; score: number | null; max: number };
type Unit = { unit: { id: string; name: string }; fields: Field[]; items: Item[]; pending: { items: { code: string }[] } | null };
type Cell = { code: string; score: number | null; max: number; percent: number | null; change: number | null };
type Report = {
    results: Unit[];
    acrossUnits: {
        fields: { code: string; title: string; max: number }[];
        units: { id: string; name: string; fields: Cell[]; previous: string | null }[];
        mostLost: { code: string; title: string; max: number; lost: number; units: number; of: number }[];
        previousYear: number | null;
    };
};

/** Points as whole hundredths: every figure of the example has at most two decimals, so sums of these are exact. */
const cents = (value: number): number => Math.round(value * 100);

let folder: string;
let report: Report;
beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-across-'));
    const run = await runCli([...args, '--format', 'json']);
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout) as Report;
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const songCau = (): Report['acrossUnits']['units'][number] => report.acrossUnits.units.find((u) => u.id === 'PY-SONGCAU')!;

/** The criteria ranked by points lost, worked out here from the units' items rather than read from the report. */
function lostFromItems(units: readonly Unit[]): { code: string; lost: number; units: number; of: number }[] {
    const tallies = new Map<string, { code: string; lost: number; units: number; of: number; order: number }>();
    for (const unit of units) {
        const pending = new Set(unit.pending?.items.map((i) => i.code) ?? []);
        for (const item of unit.items) {
            if (item.score === null || pending.has(item.code)) continue;
            const tally = tallies.get(item.code) ?? { code: item.code, lost: 0, units: 0, of: 0, order: tallies.size };
            tallies.set(item.code, tally);
            const lost = cents(item.max) - cents(item.score);
            tally.of++;
            tally.lost += lost;
            if (lost > 0) tally.units++;
        }
    }
    return [...tallies.values()]
        .filter((t) => t.lost > 0)
        .sort((a, b) => b.lost - a.lost || b.units - a.units || a.order - b.order)
        .map(({ code, lost, units, of }) => ({ code, lost, units, of }));
}

describe('rubric score: the units across fields (JSON, for other programs)', () => {
    test("every unit's field as a percentage of its maximum: Sông Cầu's field 1 is 17,64 of 18,50, 95,35%", () => {
        const field1 = songCau().fields[0];
        expect(field1).toMatchObject({ code: '1', score: 17.64, max: 18.5, percent: 95.35 });
        expect(report.acrossUnits.units.map((u) => u.id)).toEqual(report.results.map((u) => u.unit.id));
        for (const [i, unit] of report.results.entries()) {
            for (const [f, field] of unit.fields.entries()) {
                const cell = report.acrossUnits.units[i].fields[f];
                if (field.score === null) expect(cell.percent, `${unit.unit.id} ${field.code}`).toBeNull();
                // the percentage to two decimals, half up: within half a hundredth of score ÷ max × 100
                else expect(Math.abs(cell.percent! * field.max - field.score * 100), `${unit.unit.id} ${field.code}`).toBeLessThanOrEqual(0.005 * field.max + 1e-9);
            }
        }
        // Sông Hinh's 3.6 does not apply: its field 3 counts against 18,5, not 22
        const songHinh = report.acrossUnits.units.find((u) => u.id === 'PY-SONGHINH')!;
        expect(songHinh.fields[2]).toMatchObject({ max: 18.5, score: 8.5, percent: 45.95 });
    });

    test('the criteria where units lose the most points are what the units\' items add up to', () => {
        const expected = lostFromItems(report.results).slice(0, 10);
        expect(report.acrossUnits.mostLost.map((c) => ({ code: c.code, lost: cents(c.lost), units: c.units, of: c.of }))).toEqual(expected);
        expect(report.acrossUnits.mostLost).toHaveLength(10);
        const top = report.acrossUnits.mostLost[0];
        expect(top).toMatchObject({ code: expected[0].code, lost: expected[0].lost / 100 });
    });

    test("the change per field on 2021 is this year's field score less last year's", () => {
        const previous = JSON.parse(fs.readFileSync(previousFile, 'utf8')) as { results: Unit[] };
        expect(report.acrossUnits.previousYear).toBe(2021);
        for (const unit of report.acrossUnits.units) {
            const before = previous.results.find((u) => u.unit.id === unit.id)!;
            expect(unit.previous).toBe('fields');
            for (const cell of unit.fields) {
                const last = before.fields.find((f) => f.code === cell.code)!;
                expect(cents(cell.change!), `${unit.id} ${cell.code}`).toBe(cents(cell.score!) - cents(last.score!));
            }
        }
        // Sông Cầu gained 8,48 in all; its field changes add up to that (no bonus or penalty either year)
        expect(songCau().fields.reduce((total, cell) => total + cents(cell.change!), 0)).toBe(848);
    });

    test("last year's results without a field breakdown: no change is invented, the report says why", async () => {
        const previous = JSON.parse(fs.readFileSync(previousFile, 'utf8')) as { results: Record<string, unknown>[] };
        const totalsOnly = path.join(folder, 'totals-2021.json');
        fs.writeFileSync(totalsOnly, JSON.stringify({ results: previous.results.map(({ unit, total, rank }) => ({ unit, total, rank })) }));
        const withTotals = [...args.slice(0, -1), totalsOnly];
        const json = JSON.parse((await runCli([...withTotals, '--format', 'json'])).stdout) as Report;
        expect(json.acrossUnits.units.every((u) => u.previous === 'totalOnly' && u.fields.every((c) => c.change === null))).toBe(true);
        const html = (await runCli([...withTotals, '--format', 'html', '--lang', 'vi'])).stdout;
        expect(html).toContain('Kết quả năm 2021 không có điểm theo lĩnh vực của đơn vị nào');
        const md = (await runCli([...withTotals, '--format', 'md', '--lang', 'en'])).stdout;
        expect(md).toContain('The 2021 results have no field breakdown for any unit');
        // without --previous there is no change section at all
        const none = (await runCli([...args.slice(0, -2), '--format', 'md', '--lang', 'vi'])).stdout;
        expect(none).toContain('## Kết quả theo lĩnh vực');
        expect(none).not.toContain('so với năm 2021');
    });
});

describe('the units across fields in the documents people read', () => {
    test('HTML: a heat map with a legend, the most points lost, the change per field', async () => {
        const html = (await runCli([...args, '--format', 'html', '--lang', 'vi'])).stdout;
        const section = html.slice(html.indexOf('<section id="across-units">'), html.indexOf('</section>', html.indexOf('<section id="across-units">')));
        expect(section).toContain('<h2>Kết quả theo lĩnh vực của các đơn vị (% điểm tối đa của lĩnh vực)</h2>');
        // Sông Cầu's row: field 1 in the top shade, its figures in the cell's title
        const row = section.match(/<tr><td>UBND thị xã Sông Cầu<\/td>.*<\/tr>/)![0];
        expect(row).toContain('<td class="n h0" title="17,64/18,50">95,35%</td>');
        expect(row).toContain('<td class="n h3" title="12/22">54,55%</td>');
        for (const label of ['Từ 90% trở lên', 'Từ 80% đến dưới 90%', 'Từ 70% đến dưới 80%', 'Từ 50% đến dưới 70%', 'Dưới 50%']) expect(section).toContain(`</span>${label}</span>`);
        expect(html).toMatch(/td\.h0, span\.h0 \{ background: #63BE7B; \}/);
        const top = report.acrossUnits.mostLost[0];
        expect(section).toContain('<h2>Các tiêu chí bị mất điểm nhiều nhất</h2>');
        expect(section).toContain(`<tr><td class="n">1</td><td class="n">${top.code}</td><td>${top.title}</td>`);
        expect(section).toContain(`<td class="n">${String(top.lost).replace('.', ',')}</td><td class="n">${top.units}/${top.of}</td></tr>`);
        expect(section).toContain('<h2>Tăng/giảm điểm theo lĩnh vực so với năm 2021</h2>');
        expect(section).toMatch(/<tr><td>UBND thị xã Sông Cầu<\/td><td class="n">\+0,86<\/td>/);
        expect(section).toMatch(/<tr><td>UBND huyện Tây Hòa<\/td><td class="n">−3<\/td>/);
    });

    test('English labels and decimals with --lang en', async () => {
        const html = (await runCli([...args, '--format', 'html', '--lang', 'en'])).stdout;
        expect(html).toContain("<h2>Results by field across units (% of each field's maximum)</h2>".replace("'", '&#39;'));
        expect(html).toContain('<td class="n h0" title="17.64/18.50">95.35%</td>');
        expect(html).toContain('<h2>Criteria where units lose the most points</h2>');
        expect(html).toContain('<h2>Change in points by field on 2021</h2>');
        expect(html).toContain('</span>90% or more</span>');
    });

    test('Markdown: the same tables', async () => {
        const md = (await runCli([...args, '--format', 'md', '--lang', 'vi'])).stdout;
        expect(md).toMatch(/\| UBND thị xã Sông Cầu \| 95,35% \| 98,33% \| 54,55% \| 100,00% \|/);
        expect(md).toContain(`| 1 | ${report.acrossUnits.mostLost[0].code} | ${report.acrossUnits.mostLost[0].title} |`);
        expect(md).toMatch(/\| UBND thị xã Sông Cầu \| \+0,86 \| \+0,1 \| \+2 \|/);
    });

    test('XLSX: a sheet by field with explicit fills and a legend, a sheet of the points lost, a sheet of the change', async () => {
        const out = path.join(folder, 'ket-qua.xlsx');
        expect((await runCli([...args, '--format', 'xlsx', '-o', out, '--lang', 'vi'])).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
        expect(workbook.worksheets.slice(0, 4).map((w) => w.name)).toEqual(['Bảng xếp hạng', 'Theo lĩnh vực', 'Mất điểm nhiều nhất', 'So với năm 2021']);
        const byField = workbook.getWorksheet('Theo lĩnh vực')!;
        const row = byField.getRows(4, 9)!.find((r) => r.getCell(1).value === 'UBND thị xã Sông Cầu')!;
        expect([row.getCell(2).value, row.getCell(2).numFmt, (row.getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([95.35, '0.00"%"', 'FF63BE7B']);
        expect((row.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFBB67A');
        const legend = byField.getColumn(1).values.findIndex((v) => v === 'Chú giải');
        expect(byField.getCell(legend + 1, 2).value).toBe('Từ 90% trở lên');
        expect((byField.getCell(legend + 1, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF63BE7B');
        const lost = workbook.getWorksheet('Mất điểm nhiều nhất')!;
        const top = report.acrossUnits.mostLost[0];
        expect((lost.getRow(4).values as unknown[]).slice(1)).toEqual([1, top.code, top.title, top.max, top.lost, `${top.units}/${top.of}`]);
        const change = workbook.getWorksheet('So với năm 2021')!;
        const changeRow = change.getRows(4, 9)!.find((r) => r.getCell(1).value === 'UBND thị xã Sông Cầu')!;
        expect(changeRow.getCell(2).value).toBe(0.86);
    });

    test('Word: the shaded table, its legend, the most points lost and the change per field', async () => {
        const out = path.join(folder, 'bao-cao.docx');
        expect((await runCli([...args, '--format', 'docx', '-o', out, '--lang', 'vi'])).status).toBe(0);
        const { words, document } = await docxWords(fs.readFileSync(out));
        expect(words).toContain('Kết quả theo lĩnh vực của các đơn vị (% điểm tối đa của lĩnh vực)');
        expect(words).toContain('UBND thị xã Sông Cầu|95,35%|98,33%|54,55%');
        expect(document).toMatch(/<w:shd [^>]*w:fill="63BE7B"/);
        expect(words).toContain('Từ 90% trở lên|Từ 80% đến dưới 90%');
        expect(words).toContain(`Các tiêu chí bị mất điểm nhiều nhất|STT|Mã|Tiêu chí|Tối đa|Tổng số điểm bị mất|Số đơn vị bị mất điểm|1|${report.acrossUnits.mostLost[0].code}|`);
        expect(words).toContain('Tăng/giảm điểm theo lĩnh vực so với năm 2021');
        expect(words).toContain('UBND thị xã Sông Cầu|+0,86|+0,1|+2');
    });
});
