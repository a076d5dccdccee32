import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot, runCli, type CliRun } from './run-cli.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');
const assessments = path.join(example, 'assessments');
const previous = path.join(example, 'results-2021.json');
const songCau = path.join(assessments, 'song-cau.yaml');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-score-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
}

function score(args: string[], lang = 'en'): Promise<CliRun> {
    return runCli(['score', '--rubric', rubric, ...args, '--lang', lang]);
}

/** No stack trace, ever: a user's mistake is a message, not a crash. */
function expectNoStackTrace(run: CliRun): void {
    expect(run.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
}

type UnitJson = { unit: { id: string; name: string }; total: number; max: number; index: number; grade: string; rank: number; of: number; change: { points: number; rank: number } | null; fields: { code: string; title: string; score: number; max: number }[]; deviations: unknown[] };

describe('rubric score: the Phú Yên districts, 2022', () => {
    test('UBND thị xã Sông Cầu comes out exactly as the press reported it', async () => {
        const run = await score([assessments, '--previous', previous, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const results = JSON.parse(run.stdout) as { results: UnitJson[]; summary: { grades: Record<string, number>; count: number } };
        const unit = results.results.find((r) => r.unit.id === 'PY-SONGCAU')!;
        expect(unit.unit.name).toBe('UBND thị xã Sông Cầu');
        expect(unit.fields.map((f) => [f.code, f.score, f.max])).toEqual([
            ['1', 17.64, 18.5],
            ['2', 5.9, 6],
            ['3', 12, 22],
            ['4', 7, 7],
            ['5', 11, 14],
            ['6', 5.5, 9.5],
            ['7', 8.42, 16],
            ['8', 5.88, 7],
        ]);
        expect(unit).toMatchObject({ total: 73.34, max: 100, index: 73.34, grade: 'Khá', rank: 3, of: 9, change: { points: 8.48, rank: 3 } });
        // the JSON text holds the exact decimals, never 73.33999999999999
        expect(run.stdout).toContain('"total": 73.34,');
        expect(results.summary).toMatchObject({ count: 9, grades: { Tốt: 1, Khá: 4, 'Trung bình': 4, Yếu: 0 } });
    });

    test("reasons name metrics and documents by the rubric's titles and write dates as dd/mm/yyyy", async () => {
        const run = await score([songCau, '--format', 'json'], 'vi');
        expect(run.status).toBe(0);
        const unit = (JSON.parse(run.stdout) as { results: { items: { code: string; reason: string }[] }[] }).results[0];
        const reasons = new Map(unit.items.map((item) => [item.code, item.reason]));
        const budget = [...reasons.values()].find((reason) => reason.includes('dự toán ngân sách'))!;
        expect(budget).toBe('Ngày công khai dự toán ngân sách năm 2022 10/02/2022 > 31/01/2022 → trễ hạn → 0,75 điểm');
        // no internal metric or evidence name, no ISO date anywhere in a Vietnamese reason
        for (const reason of reasons.values()) {
            expect(reason).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
            expect(reason).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        }
    });

    test('the example files are what their script makes (byte for byte, XLSX included)', () => {
        const run = spawnSync(process.execPath, [path.join(example, 'make-assessments.mjs'), '--check'], { cwd: repositoryRoot, encoding: 'utf8', timeout: 90_000 });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('a unit with a part that does not apply is scored over its applicable maximum', async () => {
        const unit = (JSON.parse((await score([assessments, '--format', 'json'])).stdout).results as UnitJson[]).find((r) => r.unit.id === 'PY-SONGHINH')!;
        expect(unit).toMatchObject({ total: 57.88, max: 96.5, index: 59.98 });
    });

    test("a unit's inflated claims are cut by the evidence rules and listed", async () => {
        const unit = (JSON.parse((await score([assessments, '--format', 'json'])).stdout).results as (UnitJson & { selfTotal: number })[]).find((r) => r.unit.id === 'PY-TAYHOA')!;
        expect(unit.selfTotal).toBeGreaterThan(unit.total);
        expect(unit.deviations).toContainEqual(expect.objectContaining({ code: '7.4', self: 1.5, score: 0, cause: 'evidence' }));
    });

    test('the default table, in Vietnamese', async () => {
        const run = await score([assessments, '--previous', previous], 'vi');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^3\/9 +UBND thị xã Sông Cầu +73,34\/100 +73,34 +Khá +tăng 8,48 điểm, tăng 03 bậc$/m);
        expect(run.stdout).toContain('Số đơn vị theo xếp loại: 01 Tốt, 04 Khá, 04 Trung bình');
    });

    for (const format of ['table', 'json', 'csv', 'md', 'html', 'xlsx']) {
        test(`--format ${format} writes with -o, atomically, byte-identical on a second run`, async () => {
            const out = path.join(folder, `report.${format}`);
            expect((await score([assessments, '--previous', previous, '--format', format, '-o', out], 'vi')).status).toBe(0);
            const first = fs.readFileSync(out);
            expect(first.length).toBeGreaterThan(500);
            expect((await score([assessments, '--previous', previous, '--format', format, '-o', out], 'vi')).status).toBe(0);
            expect(fs.readFileSync(out).equals(first)).toBe(true);
            if (format !== 'xlsx') expect(first.toString('utf8')).toMatch(format === 'json' || format === 'csv' ? /73\.34/ : /73,34/);
            expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        });
    }
});

describe('a batch never loses a unit: the nine districts and one broken file', () => {
    let batch: string;
    let broken: string;
    beforeAll(() => {
        batch = path.join(folder, 'nine-and-one');
        fs.mkdirSync(batch, { recursive: true });
        for (const name of fs.readdirSync(assessments)) fs.copyFileSync(path.join(assessments, name), path.join(batch, name));
        // another unit's copy of Sông Cầu, with an outcome the rubric does not have and a score above its max
        broken = write(
            'nine-and-one/hoa-xuan.yaml',
            fs.readFileSync(songCau, 'utf8').replace('id: PY-SONGCAU', 'id: PY-HOAXUAN').replace('choice: Ban hành kịp thời', 'choice: Ban hành sớm').replace(/self: 0\.5\n/, 'self: 7\n'),
        );
    });

    test('JSON: nine units scored and ranked among themselves, the broken file listed with its reasons, exit 1', async () => {
        const run = await score([batch, '--previous', previous, '--format', 'json']);
        expect(run.status).toBe(1);
        const json = JSON.parse(run.stdout) as { results: UnitJson[]; summary: { count: number }; notScored: { file: string; problems: { where?: string; line?: number; column?: number; path?: string; message: string }[] }[] };
        expect(json.results.map((r) => r.unit.id)).toHaveLength(9);
        expect(json.results.map((r) => r.unit.id)).not.toContain('PY-HOAXUAN');
        expect(json.results.find((r) => r.unit.id === 'PY-SONGCAU')).toMatchObject({ total: 73.34, rank: 3, of: 9 });
        expect(json.summary.count).toBe(9);
        expect(json.notScored).toHaveLength(1);
        expect(json.notScored[0].file).toBe(broken);
        const text = fs.readFileSync(broken, 'utf8').split('\n');
        const line = text.findIndex((l) => l.includes('Ban hành sớm')) + 1;
        const column = text[line - 1].indexOf('Ban hành sớm') + 1;
        expect(json.notScored[0].problems).toContainEqual({ where: `${line}:${column}`, line, column, path: 'items["1.1.1"].choice', message: expect.stringContaining('"Ban hành sớm" is not an outcome') });
        expect(json.notScored[0].problems.some((p) => /must lie within 0 – /.test(p.message))).toBe(true);
        // stderr says the same, one line per problem, and what became of the batch
        expect(run.stderr).toContain(`${broken}:${line}:`);
        expect(run.stderr.trim().split('\n').pop()).toBe('1 assessment file was not scored (listed in the results under "Not scored"); 9 units scored');
        expectNoStackTrace(run);
    });

    test('every format lists it; the press sentence says what the rank counts', async () => {
        for (const format of ['table', 'csv', 'md', 'html', 'xlsx']) {
            const out = path.join(folder, `nine-and-one.${format}`);
            const run = await score([batch, '--previous', previous, '--format', format, '-o', out], 'vi');
            expect(run.status).toBe(1);
            if (format === 'xlsx') {
                const workbook = new ExcelJS.Workbook();
                await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
                expect(workbook.getWorksheet('Chưa chấm được')!.getCell('A2').value).toBe(broken);
                expect(workbook.getWorksheet('UBND thị xã Sông Cầu')!.getCell('A2').value).toContain('xếp thứ 3/9; 1 đơn vị chưa chấm được');
            } else {
                expect(fs.readFileSync(out, 'utf8')).toContain(format === 'csv' ? 'not_scored_file,line,column,sheet,cell,path,message' : 'Chưa chấm được');
                expect(fs.readFileSync(out, 'utf8')).toContain(format === 'html' ? broken.replace(/'/g, '&#39;') : broken);
            }
        }
        expect(fs.readFileSync(path.join(folder, 'nine-and-one.html'), 'utf8')).toContain('xếp thứ 3/9; 1 đơn vị chưa chấm được; so với năm 2021');
    });

    test('--strict: all or nothing, no output file', async () => {
        const out = path.join(folder, 'strict.json');
        const run = await score([batch, '--format', 'json', '--strict', '-o', out]);
        expect(run.status).toBe(1);
        expect(run.stderr.trim().split('\n').pop()).toBe('1 assessment file has errors; nothing was scored');
        expect(fs.existsSync(out)).toBe(false);
    });

    test('a file that cannot be read at all is listed too, and the exit code says so (2)', async () => {
        const pipe = path.join(folder, 'pipe.yaml');
        expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
        const run = await score([batch, pipe, '--format', 'json']);
        expect(run.status).toBe(2);
        expect(JSON.parse(run.stdout).notScored.map((f: { file: string }) => f.file)).toEqual([broken, pipe]);
        expect(JSON.parse(run.stdout).results).toHaveLength(9);
    });
});

describe('--rubric takes the compiled JSON too', () => {
    test('the same results from `rubric compile` output', async () => {
        const compiled = write('compiled/huyen-2022.json', (await runCli(['compile', rubric])).stdout);
        const fromJson = await runCli(['score', '--rubric', compiled, assessments, '--previous', previous, '--format', 'json']);
        expect(fromJson.stderr).toBe('');
        expect(fromJson.stdout).toBe((await score([assessments, '--previous', previous, '--format', 'json'])).stdout);
    });

    test('a compiled rubric that does not match the schema: its place, exit 1', async () => {
        const broken = write('compiled/broken.json', '{"format": "par-rubric/compiled@1", "id": 7}');
        const run = await runCli(['score', '--rubric', broken, songCau]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/broken\.json:1:\d+: not a valid compiled rubric: /);
        expectNoStackTrace(run);
    });
});

describe('a blank XLSX template, filled in, scores as the same answers in YAML', () => {
    test('Sông Cầu typed into the template gives the same results', async () => {
        const blank = path.join(folder, 'blank.xlsx');
        expect((await runCli(['template', rubric, '--format', 'xlsx', '-o', blank, '--lang', 'vi'])).status).toBe(0);
        const filled = await fillTemplate(fs.readFileSync(blank), parse(fs.readFileSync(songCau, 'utf8')));
        const xlsx = write('song-cau.xlsx', filled);
        const fromXlsx = await score([xlsx, '--format', 'json']);
        expect(fromXlsx.stderr).toBe('');
        expect(fromXlsx.stdout).toBe((await score([songCau, '--format', 'json'])).stdout);
        expect(JSON.parse(fromXlsx.stdout).results[0].total).toBe(73.34);
    });
});

describe('all problems of a file at once, each at its own cell', () => {
    test('YAML: a value of the wrong type and an unknown choice, both in one run, each at its line', async () => {
        const text = fs.readFileSync(songCau, 'utf8').replace('choice: Ban hành kịp thời', 'choice: Ban hành sớm').replace(/(1\.1\.2:\n    self:) 1/, '$1 "một"');
        const file = write('mistakes/song-cau.yaml', text);
        const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
        const run = await score([file]);
        expect(run.status).toBe(1);
        const lines = run.stderr.trim().split('\n');
        expect(lines).toHaveLength(3);
        expect(lines[0]).toMatch(new RegExp(`^${file}:${lineOf('Ban hành sớm')}:\\d+: items\\["1\\.1\\.1"\\]\\.choice: "Ban hành sớm" is not an outcome`));
        expect(lines[1]).toMatch(new RegExp(`^${file}:${lineOf('"một"')}:\\d+: items\\["1\\.1\\.2"\\]\\.self: Wrong type`));
    });

    test('a filled-in template with six kinds of mistake: every one listed in one run, at its cell', async () => {
        const blank = path.join(folder, 'blank-mistakes.xlsx');
        expect((await runCli(['template', rubric, '--format', 'xlsx', '-o', blank, '--lang', 'vi'])).status).toBe(0);
        const answers = parse(fs.readFileSync(songCau, 'utf8')) as AssessmentYaml;
        answers.items['1.1.1'] = { ...answers.items['1.1.1'], choice: 'Ban hành sớm', self: 5 };
        delete answers.items['1.1.3'].answer;
        answers.items['1.1.4'] = { ...answers.items['1.1.4'], self: 'một' as unknown as number };
        answers.items['1.2.1'] = { ...answers.items['1.2.1'], self: 0.333 };
        delete answers.metrics.planDone;
        const xlsx = write('mistakes/song-cau.xlsx', await fillTemplate(fs.readFileSync(blank), answers));
        const run = await score([xlsx]);
        expect(run.status).toBe(1);
        expectNoStackTrace(run);

        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(xlsx) as unknown as ExcelJS.Buffer);
        const cellOf = (sheetName: string, keyColumn: string, key: string, column: string): string => {
            const sheet = workbook.getWorksheet(sheetName)!;
            let keyRow = 0;
            const columns = new Map<string, string>();
            for (let r = 1; r < 60 && !keyRow; r++) {
                sheet.getRow(r).eachCell((cell) => columns.set(String(cell.value), cell.address.replace(/\d+$/, '')));
                if (columns.has(keyColumn)) keyRow = r;
                else columns.clear();
            }
            for (let r = keyRow + 1; r <= sheet.rowCount; r++) {
                if (String(sheet.getRow(r).getCell(columns.get(keyColumn)!).value) === key) return `${columns.get(column)}${r}`;
            }
            throw new Error(`${key} not in ${sheetName}`);
        };
        const items = (code: string, column: string) => `${xlsx}: 'Tự đánh giá'!${cellOf('Tự đánh giá', 'code', code, column)}: `;
        const lines = run.stderr.trim().split('\n');
        const outcomes = '(1: "Ban hành kịp thời", 2: "Ban hành không kịp thời", 3: "Không ban hành")';
        // row by row, each sheet in turn
        expect(lines).toEqual([
            items('1.1.1', 'choice') + `"Ban hành sớm" is not an outcome of this item ${outcomes}`,
            items('1.1.1', 'self') + 'The score 5 must lie within 0 – 1 in steps of 0.01',
            items('1.1.3', 'choice') + 'Missing the yes/no answer of "1.1.3"',
            // said once: not also "missing a self-assessed score" for the value left out
            items('1.1.4', 'self') + '"một" is not a number',
            items('1.2.1', 'self') + 'The score 0.333 must lie within 0 – 1 in steps of 0.01',
            `${xlsx}: 'Số liệu'!${cellOf('Số liệu', 'metric', 'planDone', 'value')}: Missing the metric "planDone"`,
            '1 assessment file has errors; nothing was scored',
        ]);
    });
});

type AnswerYaml = { choice?: string; answer?: boolean; self?: number; appraisal1?: number; notes?: string; explanation?: { text: string; accepted?: boolean }; evidence?: { title: string; number?: string; date?: string; link?: string; section?: string; ref?: string }[] };
type AssessmentYaml = { unit: { id: string; name: string }; metrics: Record<string, number | string | boolean>; items: Record<string, AnswerYaml>; survey: Record<string, number> };

/** Types an assessment into the blank workbook the way a unit would: cell by cell, found by the key row. */
async function fillTemplate(blank: Uint8Array, assessment: AssessmentYaml): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(blank as unknown as ExcelJS.Buffer);
    const compiled = JSON.parse((await runCli(['compile', rubric])).stdout) as { evidence: { name: string; title: string }[]; nodes: unknown[] };
    const titleOf = (ref: string): string => compiled.evidence.find((e) => e.name === ref)?.title ?? ref;
    const table = (sheet: ExcelJS.Worksheet, key: string) => {
        for (let r = 1; r < 60; r++) {
            const columns = new Map<string, number>();
            sheet.getRow(r).eachCell((cell, c) => columns.set(String(cell.value), c));
            if (columns.has(key)) return { row: r, col: (k: string) => columns.get(k)! };
        }
        throw new Error(`no key row in ${sheet.name}`);
    };
    const items = workbook.getWorksheet('Tự đánh giá')!;
    for (let r = 1; r < 12; r++) {
        if (items.getCell(r, 2).value === 'Mã đơn vị') items.getCell(r, 3).value = assessment.unit.id;
        if (items.getCell(r, 2).value === 'Tên đơn vị') items.getCell(r, 3).value = assessment.unit.name;
    }
    const t = table(items, 'code');
    for (let r = t.row + 1; r <= items.rowCount; r++) {
        const code = String(items.getCell(r, t.col('code')).value ?? '');
        if (!code) continue;
        if (assessment.survey[code] !== undefined) items.getCell(r, t.col('survey')).value = assessment.survey[code];
        const answer = assessment.items[code];
        if (!answer) continue;
        const set = (key: string, value: ExcelJS.CellValue | undefined): void => {
            if (value !== undefined) items.getCell(r, t.col(key)).value = value;
        };
        set('choice', answer.choice ?? (answer.answer === undefined ? undefined : answer.answer ? 'Có' : 'Không'));
        set('self', answer.self);
        set('appraisal1', answer.appraisal1);
        set('notes', answer.notes);
        set('explanation', answer.explanation?.text);
        const used = new Set<number>();
        for (const doc of answer.evidence ?? []) {
            let row = r;
            while (used.has(row) || items.getCell(row, t.col('required')).value !== titleOf(doc.ref!)) row++;
            used.add(row);
            items.getCell(row, t.col('evidenceTitle')).value = doc.title;
            if (doc.number) items.getCell(row, t.col('evidenceNumber')).value = doc.number;
            // dates typed the Vietnamese way, links as hyperlinks
            if (doc.date) items.getCell(row, t.col('evidenceDate')).value = doc.date.split('-').reverse().join('/');
            if (doc.link) items.getCell(row, t.col('evidenceLink')).value = { text: 'xem', hyperlink: doc.link };
            if (doc.section) items.getCell(row, t.col('evidenceSection')).value = doc.section;
        }
    }
    const metrics = workbook.getWorksheet('Số liệu')!;
    const m = table(metrics, 'metric');
    for (let r = m.row + 1; r <= metrics.rowCount; r++) {
        const value = assessment.metrics[String(metrics.getCell(r, m.col('metric')).value)];
        if (value === undefined) continue;
        metrics.getCell(r, m.col('value')).value =
            typeof value === 'boolean' ? (value ? 'Có' : 'Không') : typeof value === 'string' && /^\d{4}-/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('rubric score: every bad input is one clear message and the right exit code', () => {
    const valid = () => fs.readFileSync(songCau, 'utf8');

    const cases: { name: string; file: string; content: string | Uint8Array; status: number; message: RegExp }[] = [
        { name: 'malformed JSON', file: 'bad/a.json', content: '{"rubric": "PAR_HUYEN_2022",, }', status: 1, message: /a\.json:1:29: invalid JSON: expected a property name in double quotes$/m },
        { name: 'malformed YAML', file: 'bad/a.yaml', content: 'rubric: [PAR_HUYEN_2022\nyear: 2022\n', status: 1, message: /a\.yaml:\d+:\d+: invalid YAML: /m },
        { name: 'malformed XLSX', file: 'bad/a.xlsx', content: 'PK\u0003\u0004 not really a zip', status: 1, message: /a\.xlsx: not an XLSX file \(not readable as a zip archive\)$/m },
        { name: 'an empty file', file: 'bad/empty.yaml', content: '', status: 1, message: /empty\.yaml:1:1: the file is empty$/m },
        { name: 'hostile keys', file: 'bad/proto.json', content: '{"__proto__": {"rubric": "x"}, "constructor": {}}', status: 1, message: /proto\.json:1:2: key not allowed: "__proto__"\n.*proto\.json:1:32: key not allowed: "constructor"$/m },
        { name: '1e309', file: 'bad/huge.json', content: '{"year": 1e309}', status: 1, message: /huge\.json:1:10: year: the number 1e309 is out of range$/m },
        { name: '"NaN" for a number', file: 'bad/nan.yaml', content: '', status: 1, message: /nan\.yaml:\d+:\d+: metrics\.planDone: Metric "planDone" needs a number/m },
        { name: 'an outcome the item does not have', file: 'bad/outcome.yaml', content: '', status: 1, message: /outcome\.yaml:\d+:\d+: items\["1\.1\.1"\]\.choice: "Ban hành sớm" is not an outcome of this item/m },
        { name: 'an assessment for another rubric', file: 'bad/other.yaml', content: '', status: 1, message: /other\.yaml:\d+:\d+: rubric: The assessment is for rubric "PAR_XA_2022", not "PAR_HUYEN_2022"$/m },
        { name: 'a file of an unknown kind', file: 'bad/a.txt', content: 'x', status: 2, message: /a\.txt: unknown kind of file/m },
    ];

    for (const c of cases) {
        test(c.name, async () => {
            let content = c.content;
            if (c.file.endsWith('nan.yaml')) content = valid().replace(/planDone: [\d.]+/, 'planDone: "NaN"');
            if (c.file.endsWith('outcome.yaml')) content = valid().replace('choice: Ban hành kịp thời', 'choice: Ban hành sớm');
            if (c.file.endsWith('other.yaml')) content = valid().replace('rubric: PAR_HUYEN_2022', 'rubric: PAR_XA_2022');
            const file = write(c.file, content);
            const run = await score([file]);
            expect(run.status).toBe(c.status);
            expect(run.stderr).toMatch(c.message);
            expect(run.stdout).toBe('');
            expectNoStackTrace(run);
            fs.rmSync(file);
        });
    }

    test('the line number of a YAML problem is the line of the value', async () => {
        const text = valid().replace('choice: Ban hành kịp thời', 'choice: Ban hành sớm');
        const file = write('line/outcome.yaml', text);
        const line = text.split('\n').findIndex((l) => l.includes('Ban hành sớm')) + 1;
        expect((await score([file])).stderr).toContain(`outcome.yaml:${line}:`);
    });

    test('a byte-order mark is accepted', async () => {
        const file = write('bom/song-cau.yaml', '\uFEFF' + valid());
        const run = await score([file, '--format', 'json']);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).results[0].total).toBe(73.34);
    });

    test('a missing file is an I/O error (exit 2)', async () => {
        const run = await score([path.join(folder, 'nowhere.yaml')]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/nowhere\.yaml: no such file or directory/);
        expectNoStackTrace(run);
    });

    test('every problem of every file is listed before exiting 1', async () => {
        const a = write('many/a.json', '{"year": 1e309}');
        const b = write('many/b.yaml', valid().replace('rubric: PAR_HUYEN_2022', 'rubric: PAR_XA_2022'));
        const run = await score([path.join(folder, 'many')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(`${a}:1:10: year: the number 1e309 is out of range`);
        expect(run.stderr).toContain(`${b}:`);
        expect(run.stderr).toContain('2 assessment files have errors; nothing was scored');
    });

    test('the same unit twice', async () => {
        write('twice/a.yaml', valid());
        write('twice/b.yaml', valid());
        const run = await score([path.join(folder, 'twice')]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/b\.yaml:\d+:\d+: unit\.id: unit "PY-SONGCAU" is also assessed in .*a\.yaml/);
    });

    test('a rubric with errors: its findings, exit 1', async () => {
        const broken = path.join(repositoryRoot, 'examples/huyen-2022/.broken-test.rubric');
        fs.writeFileSync(broken, fs.readFileSync(rubric, 'utf8').replace('total 100', 'total 90'));
        try {
            const run = await runCli(['score', '--rubric', broken, songCau]);
            expect(run.status).toBe(1);
            expect(run.stderr).toMatch(/\.broken-test\.rubric:\d+:\d+: error /);
            expect(run.stderr).toMatch(/the rubric has \d+ errors? to fix first/);
            expectNoStackTrace(run);
        } finally {
            fs.rmSync(broken);
        }
    });

    test('usage errors exit 2: an unknown format, xlsx to the terminal, a folder without assessments', async () => {
        expect((await score([songCau, '--format', 'pdf'])).status).toBe(2);
        const xlsx = await score([songCau, '--format', 'xlsx']);
        expect(xlsx.status).toBe(2);
        expect(xlsx.stderr).toContain('the xlsx format is a binary file: use -o FILE');
        fs.mkdirSync(path.join(folder, 'nothing-here'), { recursive: true });
        const empty = await score([path.join(folder, 'nothing-here')]);
        expect(empty.status).toBe(2);
        expect(empty.stderr).toContain('no assessment files found');
    });

    test('--previous: missing is exit 2, malformed is exit 1 with its place', async () => {
        expect((await score([songCau, '--previous', path.join(folder, 'none.json')])).status).toBe(2);
        const bad = write('prev/bad.json', '{"results": [{"unit": {"id": "X"}, "total": "lots"}]}');
        const run = await score([songCau, '--previous', bad]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/bad\.json:1:\d+: results\[0\]\.total: not valid results/);
    });
});

describe('-o never destroys an input and never leaves half a file', () => {
    test('refuses to write over an assessment, the rubric or the previous results', async () => {
        const copy = write('inputs/song-cau.yaml', fs.readFileSync(songCau));
        const before = fs.readFileSync(copy);
        for (const target of [copy, rubric, previous, path.join(folder, 'inputs/../inputs/song-cau.yaml')]) {
            const run = await score([copy, '--previous', previous, '-o', target]);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain('the output is one of the inputs; refusing to overwrite it');
        }
        expect(fs.readFileSync(copy).equals(before)).toBe(true);
    });

    test('refuses through a symbolic link too', async () => {
        const copy = write('linked/song-cau.yaml', fs.readFileSync(songCau));
        const link = path.join(folder, 'linked/alias.yaml');
        fs.symlinkSync(copy, link);
        expect((await score([copy, '-o', link])).status).toBe(2);
        expect(fs.readFileSync(copy, 'utf8')).toBe(fs.readFileSync(songCau, 'utf8'));
    });

    test('an invalid batch leaves an existing output untouched and writes no file', async () => {
        const out = write('keep/report.html', 'last year\'s report');
        const bad = write('keep/bad.json', '{');
        expect((await score([bad, '--format', 'html', '-o', out])).status).toBe(1);
        expect(fs.readFileSync(out, 'utf8')).toBe("last year's report");
        const fresh = path.join(folder, 'keep/fresh.html');
        expect((await score([bad, '--format', 'html', '-o', fresh])).status).toBe(1);
        expect(fs.existsSync(fresh)).toBe(false);
        expect(fs.readdirSync(path.join(folder, 'keep')).sort()).toEqual(['bad.json', 'report.html']);
    });

    test('an unwritable destination is exit 2 with no temporary file left', async () => {
        const target = path.join(folder, 'no-such-folder/report.json');
        const run = await score([songCau, '--format', 'json', '-o', target]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/report\.json: cannot write the file \(ENOENT\)/);
        expect(fs.existsSync(path.dirname(target))).toBe(false);
        const file = write('plain-file', 'x');
        const under = await score([songCau, '--format', 'json', '-o', path.join(file, 'report.json')]);
        expect(under.status).toBe(2);
        expect(under.stderr).toMatch(/report\.json: cannot write the file \(ENOTDIR\)/);
        expectNoStackTrace(under);
    });
});
