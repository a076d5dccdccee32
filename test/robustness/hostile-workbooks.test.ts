import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, rubricMeasured, stackTraceLines, type Run } from './cli-process.js';
import { deflatedZeros, readRawEntries, writeRawEntries, type RawEntry } from './hostile-zip.js';

// Zip bombs and damaged workbooks through the built CLI (`npm run build` first), each in a process of its
// own so that its peak memory can be read. The bombs are built here from the example workbook: a
// megabyte of deflate data per gigabyte of zeros keeps them small on disk.

const GB = 1024 ** 3;
const MB = 1024 ** 2;
const DISTRICT = 'huyen-2022/huyen-2022.rubric';
let work: string;
let original: RawEntry[];
const at = (...parts: string[]) => path.join(work, ...parts);

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-workbooks-'));
    for (const folder of ['huyen-2022', 'common']) fs.mkdirSync(at(folder));
    fs.copyFileSync(path.join(repositoryRoot, 'examples', DISTRICT), at(DISTRICT));
    fs.copyFileSync(path.join(repositoryRoot, 'examples/common/cchc-common.rubric'), at('common/cchc-common.rubric'));
    const example = fs.readFileSync(path.join(repositoryRoot, 'examples/huyen-2022/assessments/dong-xuan.xlsx'));
    fs.writeFileSync(at('plain.xlsx'), example);
    original = readRawEntries(example);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The example workbook with some parts replaced or added, written to `file`. */
function workbook(file: string, changed: (Partial<RawEntry> & { name: string })[]): string {
    const entries = original.map((entry) => ({ ...entry, ...changed.find((change) => change.name === entry.name) }));
    for (const change of changed) {
        if (!original.some((entry) => entry.name === change.name)) entries.push({ method: 8, crc: 0, declaredSize: 0, data: Buffer.alloc(0), ...change });
    }
    fs.writeFileSync(at(file), writeRawEntries(entries));
    return file;
}

const score = (file: string) => rubricMeasured(['score', '--rubric', DISTRICT, file], { cwd: work });

/**
 * What "quickly" means on this machine now: a hostile workbook must cost no more than a few runs of the
 * plain one (inflating what it hides would take minutes), so a loaded machine does not fail the test.
 */
let quickMs: number | undefined;
function quickly(): number {
    quickMs ??= Math.max(10_000, 4 * score('plain.xlsx').ms);
    return quickMs;
}

/** Refused in one located line (then the summary) with exit 1, quickly and in bounded memory. */
function expectRefused(run: Run & { maxRss: number }, line: string | RegExp): void {
    expect(stackTraceLines(run.stderr)).toEqual([]);
    expect(run.stderr.trim().split('\n')).toEqual([typeof line === 'string' ? line : expect.stringMatching(line), '1 assessment file has errors; nothing was scored']);
    expect(run.status).toBe(1);
    expect(run.ms).toBeLessThan(quickly());
    expect(run.maxRss).toBeLessThan(500 * MB);
}

describe('zip bombs in a workbook', () => {
    test('a media entry that inflates to 1.5 GB is never inflated: the workbook scores as without it', () => {
        const plain = score('plain.xlsx');
        expect(plain.status, plain.stderr).toBe(0);
        const file = workbook('media.xlsx', [{ name: 'xl/media/image1.png', declaredSize: 1.5 * GB, data: deflatedZeros(1.5 * GB) }]);
        const run = score(file);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.replaceAll('media.xlsx', 'plain.xlsx')).toBe(plain.stdout);
        expect(run.ms).toBeLessThan(quickly());
        expect(run.maxRss).toBeLessThan(500 * MB);
    });

    test('a sheet that would inflate to 2 GB', () => {
        const file = workbook('sheet.xlsx', [{ name: 'xl/worksheets/sheet1.xml', declaredSize: 2 * GB, data: deflatedZeros(2 * GB) }]);
        expectRefused(score(file), 'sheet.xlsx: the workbook part xl/worksheets/sheet1.xml would expand to 2 GB (limit 64 MB)');
    });

    test('shared strings that would inflate to 400 MB', () => {
        const file = workbook('strings.xlsx', [{ name: 'xl/sharedStrings.xml', declaredSize: 400 * MB, data: deflatedZeros(400 * MB) }]);
        expectRefused(score(file), 'strings.xlsx: the workbook part xl/sharedStrings.xml would expand to 400 MB (limit 64 MB)');
    });

    test('a sheet that declares its honest size but inflates to 1 GB stops at the declared size', () => {
        const file = workbook('lying.xlsx', [{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(GB) }]);
        expectRefused(score(file), /^lying\.xlsx: the workbook part xl\/worksheets\/sheet1\.xml expands beyond the size it declares \(\d+(\.\d)? KB\): not read further$/);
    });

    test('a sheet of 10 MB packed a thousand times is refused for its ratio', () => {
        const file = workbook('ratio.xlsx', [{ name: 'xl/worksheets/sheet2.xml', declaredSize: 10 * MB, data: deflatedZeros(10 * MB) }]);
        expectRefused(score(file), 'ratio.xlsx: the workbook part xl/worksheets/sheet2.xml would expand 1011 times its compressed size (limit 200 times)');
    });
});

describe('damaged workbooks', () => {
    test('deflate data cut short', () => {
        const sheet = original.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;
        const file = workbook('cut.xlsx', [{ name: sheet.name, data: sheet.data.subarray(0, 100) }]);
        expectRefused(score(file), 'cut.xlsx: the workbook part xl/worksheets/sheet1.xml is damaged and cannot be decompressed');
    });

    test('a sheet whose XML is broken: no words of the workbook reader', () => {
        const broken = Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>999999</v></c></row>');
        const file = workbook('broken.xlsx', [
            { name: 'xl/worksheets/sheet1.xml', method: 8, crc: zlib.crc32(broken), declaredSize: broken.length, data: zlib.deflateRawSync(broken) },
        ]);
        expectRefused(score(file), 'broken.xlsx: the workbook is damaged and cannot be read (open it and save it again in Excel)');
    });
});

/** The example's first sheet with `ranges` added after its cells, where Excel writes merges and validations. */
function withRanges(file: string, ranges: string): string {
    const sheet = original.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;
    const xml = Buffer.from(zlib.inflateRawSync(sheet.data).toString('utf8').replace('</sheetData>', `</sheetData>${ranges}`));
    return workbook(file, [{ name: sheet.name, method: 8, crc: zlib.crc32(xml), declaredSize: xml.length, data: zlib.deflateRawSync(xml) }]);
}

describe('ranges a workbook reader would expand cell by cell', () => {
    const wholeSheet = '<mergeCells count="1"><mergeCell ref="Z1:XFD1048576"/></mergeCells>';
    const wholeColumns = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="Z1:AZ1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>';

    test('a merge over the whole sheet and a list validation over whole columns: the workbook scores as without them', () => {
        const plain = score('plain.xlsx');
        for (const [name, ranges] of [['merged.xlsx', wholeSheet], ['validated.xlsx', wholeColumns]]) {
            const run = score(withRanges(name, ranges));
            expect(run.stderr, name).toBe('');
            expect(run.status).toBe(0);
            expect(run.stdout.replaceAll(name, 'plain.xlsx')).toBe(plain.stdout);
            expect(run.ms).toBeLessThan(quickly());
            expect(run.maxRss).toBeLessThan(500 * MB);
        }
    });

    test('rubric import of an annex with both reads its table in bounded memory', () => {
        const annex = at('annex.xlsx');
        expect(rubricMeasured(['export', DISTRICT, '--format', 'xlsx', '-o', annex], { cwd: work }).status).toBe(0);
        const entries = readRawEntries(fs.readFileSync(annex));
        const sheet = entries.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;
        const inflate = (entry: RawEntry) => (entry.method === 8 ? zlib.inflateRawSync(entry.data) : entry.data);
        const xml = Buffer.from(inflate(sheet).toString('utf8').replace('</sheetData>', `</sheetData>${wholeSheet.replace('Z1', 'AA1')}`).replace('</mergeCells>', `</mergeCells>${wholeColumns}`));
        fs.writeFileSync(at('ranges.xlsx'), writeRawEntries(entries.map((entry) => (entry === sheet ? { ...entry, method: 8, crc: zlib.crc32(xml), declaredSize: xml.length, data: zlib.deflateRawSync(xml) } : entry))));
        const plain = rubricMeasured(['import', 'annex.xlsx'], { cwd: work });
        const run = rubricMeasured(['import', 'ranges.xlsx'], { cwd: work });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.replaceAll('ranges.xlsx', 'annex.xlsx').replaceAll('RANGES', 'ANNEX').replaceAll('"ranges"', '"annex"')).toBe(plain.stdout);
        expect(run.ms).toBeLessThan(quickly());
        expect(run.maxRss).toBeLessThan(500 * MB);
    });
});
