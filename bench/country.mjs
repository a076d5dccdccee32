// The whole country's communes after 2025 (about 3,300 xã, phường) scored in one `rubric score` run: N
// generated commune assessments of examples/xa-2025 written into a temporary folder as JSON files, and
// again as workbooks (the blank template typed in, as a unit sends it back), then scored with
// `--format json -o` against `node -e 0`. A workbook is typed in for a few distinct units only; the
// others are copies with their own unit id and name stamped into the shared strings, which is what
// differs between units' files as far as reading cost goes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { generateAssessments } from './generate-assessments.mjs';
import { median, timeProcesses } from './stats.mjs';

/** Distinct typed-in workbooks; the rest of the batch are stamped copies of these. */
const DISTINCT_WORKBOOKS = 20;
/** What the typed-in workbooks carry as unit id and name, replaced in each copy. */
const ID_MARK = 'UNIT-ID-MARK';
const NAME_MARK = 'UNIT-NAME-MARK';

/** `keep` leaves the generated folders in `work` (to look into a failure). */
export async function benchmarkCountry({ root, work, count, runs, keep = false }) {
    const cli = path.join(root, 'packages/cli/bin/rubric.js');
    const rubric = path.join(root, 'examples/xa-2025/xa-2025.rubric');
    const compiledRun = spawnSync(process.execPath, [cli, 'compile', rubric], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (compiledRun.status !== 0) return { skipped: `rubric compile exited ${compiledRun.status}` };
    const compiled = JSON.parse(compiledRun.stdout);
    const { filledWorkbook } = await import('../scripts/filled-workbook.mjs');

    const jsonFolder = path.join(work, `country-json-${count}`);
    const xlsxFolder = path.join(work, `country-xlsx-${count}`);
    fs.mkdirSync(jsonFolder, { recursive: true });
    fs.mkdirSync(xlsxFolder, { recursive: true });
    const unitOf = (n) => ({ id: `XA-${String(n).padStart(5, '0')}`, name: `UBND xã số ${n}`, group: n % 5 === 0 ? 'phường' : 'xã' });
    const workbooks = [];
    for (let start = 0; start < count; start += 500) {
        const chunk = generateAssessments(compiled, Math.min(500, count - start), 2025 + start);
        for (const [i, assessment] of chunk.entries()) {
            const n = start + i + 1;
            assessment.unit = { ...assessment.unit, ...unitOf(n) };
            fs.writeFileSync(path.join(jsonFolder, `${assessment.unit.id}.json`), JSON.stringify(assessment));
            if (workbooks.length < DISTINCT_WORKBOOKS) workbooks.push(Buffer.from(await filledWorkbook(compiled, { ...assessment, unit: { ...assessment.unit, id: ID_MARK, name: NAME_MARK } })));
        }
    }
    for (let n = 1; n <= count; n++) {
        const { id, name } = unitOf(n);
        fs.writeFileSync(path.join(xlsxFolder, `${id}.xlsx`), stamped(workbooks[(n - 1) % workbooks.length], { [ID_MARK]: id, [NAME_MARK]: name }));
    }

    const out = path.join(work, 'country.json');
    const timed = timeProcesses(
        {
            node: ['-e', '0'],
            json: [cli, 'score', '--rubric', rubric, jsonFolder, '--format', 'json', '-o', out],
            xlsx: [cli, 'score', '--rubric', rubric, xlsxFolder, '--format', 'json', '-o', out],
        },
        runs,
        { cwd: root },
    );
    for (const kind of ['json', 'xlsx']) {
        const last = timed[kind].last;
        if (last.status !== 0) return { skipped: `rubric score of the ${kind} files exited ${last.status}: ${last.stderr.trim().split('\n').slice(-1)[0]}` };
    }
    const scored = JSON.parse(fs.readFileSync(out, 'utf8')).summary.count;
    if (!keep) for (const generated of [jsonFolder, xlsxFolder, out]) fs.rmSync(generated, { recursive: true, force: true });
    const figures = (kind) => ({ ms: median(timed[kind].times), cpuMs: median(timed[kind].cpu), maxRss: Math.max(...timed[kind].rss) });
    return { count, scored, node: figures('node'), json: figures('json'), xlsx: figures('xlsx') };
}

/** A copy of a workbook with marks in its shared strings replaced; the one changed part deflated again. */
function stamped(zip, replacements) {
    return mapZipEntry(zip, 'xl/sharedStrings.xml', (xml) => {
        let text = xml.toString('utf8');
        for (const [mark, value] of Object.entries(replacements)) text = text.replace(mark, value);
        return Buffer.from(text, 'utf8');
    });
}

/**
 * The zip archive with one entry's content changed (a plain archive as ExcelJS writes it: no ZIP64, no
 * comment, sizes in the headers): that entry is deflated again, the others are copied as they are.
 */
function mapZipEntry(zip, wanted, change) {
    const end = zip.length - 22;
    if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error('no end-of-central-directory record');
    const locals = [];
    const directory = [];
    let offset = 0;
    let at = zip.readUInt32LE(end + 16);
    const entries = zip.readUInt16LE(end + 10);
    for (let i = 0; i < entries; i++) {
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        const local = zip.readUInt32LE(at + 42);
        const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        let data = zip.subarray(dataStart, dataStart + zip.readUInt32LE(at + 20));
        let method = zip.readUInt16LE(at + 10);
        let crc = zip.readUInt32LE(at + 16);
        let size = zip.readUInt32LE(at + 24);
        if (name === wanted) {
            const content = change(method === 8 ? zlib.inflateRawSync(data) : data);
            data = zlib.deflateRawSync(content);
            method = 8;
            crc = zlib.crc32(content);
            size = content.length;
        }
        const nameBytes = Buffer.from(name, 'utf8');
        const fields = { method, crc, compressed: data.length, size, nameLength: nameBytes.length, offset };
        const header = zipHeader(false, fields);
        const central = zipHeader(true, fields);
        locals.push(header, nameBytes, data);
        directory.push(central, nameBytes);
        offset += 30 + nameBytes.length + data.length;
        at += 46 + nameLength + extraLength + commentLength;
    }
    const centralDirectory = Buffer.concat(directory);
    const tail = Buffer.alloc(22);
    tail.writeUInt32LE(0x06054b50, 0);
    tail.writeUInt16LE(entries, 8);
    tail.writeUInt16LE(entries, 10);
    tail.writeUInt32LE(centralDirectory.length, 12);
    tail.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, centralDirectory, tail]);
}

/** A local file header, or (`central`) its central directory record: the same fields, two bytes further on. */
function zipHeader(central, { method, crc, compressed, size, nameLength, offset }) {
    const shift = central ? 2 : 0;
    const header = Buffer.alloc(central ? 46 : 30);
    header.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    if (central) header.writeUInt16LE(20, 6);
    header.writeUInt16LE(method, 8 + shift);
    header.writeUInt32LE(crc, 14 + shift);
    header.writeUInt32LE(compressed, 18 + shift);
    header.writeUInt32LE(size, 22 + shift);
    header.writeUInt16LE(nameLength, 26 + shift);
    if (central) header.writeUInt32LE(offset, 42);
    return header;
}
