import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';

/**
 * The subtotal formulas of the XLSX template, recalculated by LibreOffice (installed from apt on first
 * use where the machine allows it), against the self-assessed subtotals the scoring engine computes.
 */
const communeRubric = path.join(repositoryRoot, 'examples/xa-2025/xa-2025.rubric');
const districtRubric = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
const dongXuan = path.join(repositoryRoot, 'examples/huyen-2022/assessments/dong-xuan.xlsx');

function findSoffice(): string | undefined {
    const which = (): string | undefined => {
        const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
        return found.status === 0 ? found.stdout.trim() : undefined;
    };
    const present = which();
    if (present || process.platform !== 'linux' || process.getuid?.() !== 0) return present;
    if (spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status !== 0) return undefined;
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-calc-nogui'], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        stdio: 'ignore',
        timeout: 600_000,
    });
    return which();
}

let folder: string;
let soffice: string | undefined;
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-formulas-'));
    soffice = findSoffice();
}, 660_000);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Sheet = { sheet: ExcelJS.Worksheet; keyRow: number; column: Record<string, number> };

async function itemSheet(file: string): Promise<Sheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    let keyRow = 1;
    while (sheet.getCell(keyRow, 1).value !== 'code') keyRow++;
    const column: Record<string, number> = {};
    sheet.getRow(keyRow).eachCell((cell, n) => (column[String(cell.value)] = n));
    return { sheet, keyRow, column };
}

/** What the recalculated workbook shows in the self column of every row holding a formula, by code (TOTAL for the total row). */
async function formulaResults(file: string): Promise<Record<string, number>> {
    const { sheet, keyRow, column } = await itemSheet(file);
    const results: Record<string, number> = {};
    for (let r = keyRow + 1; r <= sheet.rowCount; r++) {
        const value = sheet.getCell(r, column.self).value;
        if (value === null || typeof value !== 'object' || !('formula' in value)) continue;
        // exceljs reads a cached 0 as no result
        results[String(sheet.getCell(r, column.code).value ?? 'TOTAL')] = Number(value.result ?? 0);
    }
    return results;
}

function recalculate(files: string[], out: string): void {
    const run = spawnSync(soffice!, ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', out, ...files], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, HOME: folder } });
    expect(run.status, run.stderr).toBe(0);
}

describe('the XLSX template computes its subtotals', () => {
    test('a filled district workbook: LibreOffice shows the subtotals and total `rubric score` gives', async (context) => {
        if (!soffice) context.skip('LibreOffice (soffice) is not installed and apt-get could not install it');
        const out = path.join(folder, 'district');
        recalculate([dongXuan], out);
        const shown = await formulaResults(path.join(out, 'dong-xuan.xlsx'));
        const scored = await runCli(['score', '--rubric', districtRubric, dongXuan, '--format', 'json']);
        expect(scored.status, scored.stderr).toBe(0);
        const unit = JSON.parse(scored.stdout).results[0] as { selfSubtotals: Record<string, number>; selfTotal: number; fields: { code: string; self: number }[] };
        expect(Object.keys(shown).length).toBe(Object.keys(unit.selfSubtotals).length + 1);
        for (const [code, self] of Object.entries(unit.selfSubtotals)) expect(shown[code], code).toBe(self);
        for (const field of unit.fields) expect(shown[field.code]).toBe(field.self);
        expect(shown.TOTAL).toBe(unit.selfTotal);
        expect(unit.selfTotal).toBeGreaterThan(0);
    });

    test('13 commune workbooks from a unit list, self scores typed in: the recalculated subtotals are the engine’s', async (context) => {
        if (!soffice) context.skip('LibreOffice (soffice) is not installed and apt-get could not install it');
        const ids = Array.from({ length: 13 }, (_, i) => `xa-${String(i + 1).padStart(2, '0')}`);
        const list = path.join(folder, 'communes.csv');
        fs.writeFileSync(list, ['id,name', ...ids.map((id, i) => `${id},Xã số ${i + 1}`)].join('\n') + '\n');
        const templates = path.join(folder, 'communes');
        expect((await runCli(['template', communeRubric, '--units', list, '-o', templates, '--lang', 'vi'])).status).toBe(0);
        // each unit claims its items' maxima, except every third item (shifted per unit), which it leaves at 0
        const filled = path.join(folder, 'filled');
        fs.mkdirSync(filled);
        for (const [u, id] of ids.entries()) {
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.readFile(path.join(templates, `${id}.xlsx`));
            const sheet = workbook.worksheets[0];
            const { keyRow, column } = await itemSheet(path.join(templates, `${id}.xlsx`));
            let leaf = 0;
            for (let r = keyRow + 1; r <= sheet.rowCount; r++) {
                const self = sheet.getCell(r, column.self);
                const max = sheet.getCell(r, column.max).value;
                if (self.protection?.locked === false && typeof max === 'number') self.value = (leaf++ + u) % 3 === 0 ? 0 : max;
            }
            await workbook.xlsx.writeFile(path.join(filled, `${id}.xlsx`));
        }
        const out = path.join(folder, 'recalculated');
        recalculate(ids.map((id) => path.join(filled, `${id}.xlsx`)), out);
        // the engine reads the same files; a half-filled sheet still has its claims summed
        const { compileRubricFile } = await import(path.join(repositoryRoot, 'packages/cli/dist/tasks/compile-rubric.js'));
        const { readAssessmentFile } = await import(path.join(repositoryRoot, 'packages/cli/dist/input/assessment/read-assessment.js'));
        const { prepareRubric, scoreAssessment } = await import(path.join(repositoryRoot, 'packages/language/dist/scoring/index.js'));
        const { toNumber } = await import(path.join(repositoryRoot, 'packages/language/dist/decimal/fixed.js'));
        const compiled = (await compileRubricFile(communeRubric, 'vi')).compiled;
        const plan = prepareRubric(compiled);
        const totals = new Set<number>();
        for (const id of ids) {
            const shown = await formulaResults(path.join(out, `${id}.xlsx`));
            const loaded = await readAssessmentFile(path.join(filled, `${id}.xlsx`), compiled, 'vi');
            expect(loaded.assessment.unit.id).toBe(id);
            const score = scoreAssessment(plan, loaded.assessment);
            const expected: Record<string, number> = { TOTAL: toNumber(score.selfTotal) };
            plan.nodes.forEach((node: { code: string; leaf: number }, i: number) => {
                if (node.leaf < 0) expected[node.code] = toNumber(score.nodeSelf[i]);
            });
            expect(shown).toEqual(expected);
            totals.add(shown.TOTAL);
        }
        // the units claimed different things, and the sheets show it
        expect(totals.size).toBeGreaterThan(1);
    });
});
