import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAssessments } from '../../bench/generate-assessments.mjs';
import { repositoryRoot, runCli, type CliRun } from '../cli/run-cli.js';
import { stackTraceLines } from './cli-process.js';

// Hostile and broken input through the built CLI (`npm run build` first), run in-process: every case ends
// with a clear message, the right exit code (0 ok, 1 findings, 2 usage or I/O) and never a stack trace. A
// crash inside the CLI would show as its "internal error" message; a hang, as this file's timeout.

let work: string;
const at = (...parts: string[]) => path.join(work, ...parts);
const write = (file: string, content: string | Buffer) => fs.writeFileSync(at(file), content);
const DISTRICT = 'huyen-2022/huyen-2022.rubric';
let districtText: string;
let assessment: Record<string, unknown>;

/** No stack trace and no "internal error": the promises every run must keep. */
function expectCalm(run: CliRun): void {
    expect(stackTraceLines(run.stderr + run.stdout)).toEqual([]);
    expect(run.stderr).not.toMatch(/internal error/i);
}

/** An I/O or usage error: exit 2 and exactly one line on stderr naming the file. */
function expectOneLineError(run: CliRun, file: string, reason: RegExp): void {
    expectCalm(run);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(reason);
}

type Finding = { line: number; column: number; endLine: number; endColumn: number; code: string; severity: string };
function findings(run: CliRun): Finding[] {
    return (JSON.parse(run.stdout).findings as Finding[]).map(({ line, column, endLine, endColumn, code, severity }) => ({ line, column, endLine, endColumn, code, severity }));
}

beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-hostile-'));
    for (const folder of ['huyen-2022', 'common', 'out']) fs.mkdirSync(at(folder));
    districtText = fs.readFileSync(path.join(repositoryRoot, 'examples', DISTRICT), 'utf8');
    write(DISTRICT, districtText);
    fs.copyFileSync(path.join(repositoryRoot, 'examples/common/cchc-common.rubric'), at('common/cchc-common.rubric'));
    const compiled = await runCli(['compile', DISTRICT], { cwd: work });
    expect(compiled.status, compiled.stderr).toBe(0);
    assessment = generateAssessments(JSON.parse(compiled.stdout), 1, 11)[0];
    write('unit.json', JSON.stringify(assessment, null, 2));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('hostile rubrics through `rubric check`', () => {
    test('10,000 nested braces and 10,000 nested items: one syntax finding, exit 1', async () => {
        write('deep-braces.rubric', `rubric R "x" {\n${'{\n'.repeat(10_000)}${'}\n'.repeat(10_000)}}\n`);
        const items = Array.from({ length: 10_000 }, (_, i) => `item ${i + 1} "t" max 1 {`).join('\n');
        write('deep-items.rubric', `rubric R "x" {\n  total 1\n${items}\n${'}\n'.repeat(10_000)}}\n`);
        for (const file of ['deep-braces.rubric', 'deep-items.rubric']) {
            const run = await runCli(['check', '--format', 'json', file], { cwd: work });
            expectCalm(run);
            expect(run.status).toBe(1);
            const syntax = findings(run).filter((f) => f.code === 'syntax/error');
            expect(syntax.length).toBeGreaterThanOrEqual(1);
            expect(syntax.length).toBeLessThanOrEqual(3);
        }
        const run = await runCli(['check', 'deep-items.rubric'], { cwd: work });
        expect(run.stdout).toMatch(/nested more than 50 levels deep/);
    });

    test('a formula with 10,000 nested brackets', async () => {
        write('deep-formula.rubric', `rubric R "x" {\n metric m number\n field 1 "a" max 1 {\n formula ${'('.repeat(10_000)}m${')'.repeat(10_000)}\n }\n}\n`);
        const run = await runCli(['check', 'deep-formula.rubric'], { cwd: work });
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/deep-formula\.rubric:4:\d+: error syntax\/error: .*nested more than 50 levels deep/);
    });

    test('a 50 MB file is refused at once with one line, exit 2', async () => {
        const line = `// ${'x'.repeat(96)}\n`;
        write('huge.rubric', line.repeat((50 * 1024 * 1024) / line.length));
        const run = await runCli(['check', 'huge.rubric'], { cwd: work });
        fs.rmSync(at('huge.rubric'));
        expectOneLineError(run, 'huge.rubric', /too large \(50\.0 MB; at most 10 MB\)/);
    });

    test('1.5 million comment lines in a row (Langium would overflow its stack attaching them)', async () => {
        write('comments.rubric', `${'//\n'.repeat(1_500_000)}rubric R "x" { }\n`);
        const run = await runCli(['check', 'comments.rubric'], { cwd: work });
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/comments\.rubric:1500001:\d+: error header\/missing/);
    });

    test('numbers like 1e309, NaN and 99999999999999999999 are findings at their place', async () => {
        const text = districtText.replace('total 100', 'total NaN').replace(/max 18\.5/, 'max 1e309').replace(/max 3\b/, 'max 99999999999999999999');
        write('numbers.rubric', text);
        const run = await runCli(['check', '--format', 'json', 'numbers.rubric'], { cwd: work });
        expectCalm(run);
        expect(run.status).toBe(1);
        const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
        const found = findings(run);
        // NaN is a name, not a number: the parser says so where it stands
        expect(found.some((f) => f.line === lineOf('total NaN') && f.code === 'syntax/error')).toBe(true);
        expect(found.some((f) => f.line === lineOf('max 1e309') && f.code === 'number/malformed')).toBe(true);
        expect(found.some((f) => f.line === lineOf('max 99999999999999999999') && f.code === 'number/too-large')).toBe(true);
    });

    test('bytes that are not UTF-8: exit 2 with file, line and column', async () => {
        const bytes = Buffer.from(districtText, 'utf8');
        const cut = bytes.indexOf(Buffer.from('"Ban hành'));
        write('latin1.rubric', Buffer.concat([bytes.subarray(0, cut + 1), Buffer.from([0xff, 0xfe]), bytes.subarray(cut + 1)]));
        const run = await runCli(['check', 'latin1.rubric'], { cwd: work });
        const line = districtText.slice(0, districtText.indexOf('"Ban hành')).split('\n').length;
        expectOneLineError(run, `latin1.rubric:${line}:`, /not UTF-8 text/);
    });

    test('a byte-order mark and CRLF line ends give the same findings at the same places as LF', async () => {
        // two real mistakes so that there is something to compare
        const broken = districtText.replace('total 100', 'total 101').replace('requires planDoc', 'requires planDocX');
        write('huyen-2022/lf.rubric', broken);
        write('huyen-2022/crlf.rubric', broken.replace(/\n/g, '\r\n'));
        write('huyen-2022/bom.rubric', `\uFEFF${broken}`);
        write('huyen-2022/bom-crlf.rubric', `\uFEFF${broken.replace(/\n/g, '\r\n')}`);
        const expected = findings(await runCli(['check', '--format', 'json', 'huyen-2022/lf.rubric'], { cwd: work }));
        expect(expected.map((f) => f.code)).toContain('sum/total');
        for (const variant of ['crlf', 'bom', 'bom-crlf']) {
            const run = await runCli(['check', '--format', 'json', `huyen-2022/${variant}.rubric`], { cwd: work });
            expectCalm(run);
            expect(run.status, variant).toBe(1);
            expect(findings(run), variant).toEqual(expected);
        }
    });

    test('a cyclic import (a → b → a) is an import/cycle finding, not a hang', async () => {
        write('cycle-a.rubric', 'import "cycle-b.rubric"\nmetric a percent "A"\n');
        write('cycle-b.rubric', 'import "cycle-a.rubric"\nmetric b percent "B"\n');
        const run = await runCli(['check', 'cycle-a.rubric'], { cwd: work });
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/cycle-a\.rubric:1:8: error import\/cycle/);
    });

    test('an import outside the working folder is refused and never read', async () => {
        fs.mkdirSync(at('inner'));
        write('inner/outside.rubric', 'import "/etc/hostname"\nimport "../../../../../../../../etc/passwd"\nmetric a percent "A"\n');
        const run = await runCli(['check', 'outside.rubric'], { cwd: at('inner') });
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/outside\.rubric:1:8: error import\/outside/);
        expect(run.stdout).toMatch(/outside\.rubric:2:8: error import\/outside/);
        expect(run.stdout).not.toMatch(/root:/);
    });

    test('an import naming a folder is an import/not-found finding at the import, the rest still checked', async () => {
        fs.mkdirSync(at('folder-import'));
        write('folder-import/a.rubric', 'import "../common"\nmetric a percent "A"\nmetric a percent "B"\n');
        const run = await runCli(['check', 'folder-import/a.rubric'], { cwd: work });
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/folder-import\/a\.rubric:1:8: error import\/not-found/);
        expect(run.stdout).toMatch(/folder-import\/a\.rubric:3:\d+: error/);
    });

    test('a missing file and a folder without rubrics: exit 2, one line', async () => {
        expectOneLineError(await runCli(['check', 'no-such.rubric'], { cwd: work }), 'no-such.rubric', /no such file/);
        expectOneLineError(await runCli(['check', 'out'], { cwd: work }), 'rubric', /no \.rubric files/);
    });
});

describe('hostile assessments through `rubric score`', () => {
    const score = (file: string) => runCli(['score', '--rubric', DISTRICT, file], { cwd: work });

    test('the generated assessment scores cleanly (the baseline for the cases below)', async () => {
        const run = await score('unit.json');
        expectCalm(run);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('__proto__, constructor and prototype keys are refused at their JSON path', async () => {
        const text = JSON.stringify(assessment, null, 2)
            .replace('"metrics": {', '"metrics": {\n    "__proto__": { "polluted": true },\n    "constructor": 1,')
            .replace('"items": {', '"items": {\n    "prototype": {},');
        write('proto.json', text);
        const run = await score('proto.json');
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/proto\.json:\d+:\d+: metrics.*"__proto__"/);
        expect(run.stderr).toMatch(/proto\.json:\d+:\d+: metrics.*"constructor"/);
        expect(run.stderr).toMatch(/proto\.json:\d+:\d+: items.*"prototype"/);
    });

    test('10,000-deep JSON arrays and objects', async () => {
        write('deep-array.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
        write('deep-object.json', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
        for (const file of ['deep-array.json', 'deep-object.json']) {
            const run = await score(file);
            expectCalm(run);
            expect(run.status, file).toBe(1);
            expect(run.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}:1:\\d+: nested too deeply`));
        }
    });

    test('1e309, "NaN" and -0 where numbers belong', async () => {
        const metrics = assessment.metrics as Record<string, unknown>;
        const [percent, second] = Object.keys(metrics).filter((name) => typeof metrics[name] === 'number');
        const text = JSON.stringify(assessment, null, 2)
            .replace(new RegExp(`"${percent}": [0-9.]+`), `"${percent}": 1e309`)
            .replace(new RegExp(`"${second}": [0-9.]+`), `"${second}": "NaN"`);
        write('numbers.json', text);
        const run = await score('numbers.json');
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(new RegExp(`numbers\\.json:\\d+:\\d+: metrics\\.${percent}: .*1e309`));
    });

    test('200,000 unknown metric keys: the first 50 at their place, then a count of the rest, no crash', async () => {
        const metrics: Record<string, unknown> = { ...(assessment.metrics as object) };
        for (let i = 0; i < 200_000; i++) metrics[`k${i}`] = 1;
        write('many-keys.json', JSON.stringify({ ...assessment, metrics }));
        const run = await score('many-keys.json');
        fs.rmSync(at('many-keys.json'));
        expectCalm(run);
        expect(run.status).toBe(1);
        const lines = run.stderr.trim().split('\n');
        expect(lines).toHaveLength(52);
        expect(lines[0]).toMatch(/^many-keys\.json:1:\d+: metrics\.k0: /);
        expect(lines[50]).toBe('many-keys.json: … and 199950 more problems in this file');
    });

    test('a 50 MB assessment is refused with one clear line', async () => {
        const padded = { ...assessment, items: { ...(assessment.items as object) } } as Record<string, any>;
        const first = Object.keys(padded.items)[0];
        padded.items[first] = { ...padded.items[first], notes: 'x'.repeat(50 * 1024 * 1024) };
        write('huge.json', JSON.stringify(padded));
        const run = await score('huge.json');
        fs.rmSync(at('huge.json'));
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/huge\.json: .*too large/);
    });

    test('bytes that are not UTF-8 in an assessment', async () => {
        const bytes = Buffer.from(JSON.stringify(assessment, null, 2), 'utf8');
        const cut = bytes.indexOf(Buffer.from('Đơn vị'));
        write('latin1.json', Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xc3, 0x28]), bytes.subarray(cut)]));
        const run = await score('latin1.json');
        expectCalm(run);
        expect(run.status).toBe(1);
        const before = bytes.subarray(0, cut).toString('utf8').split('\n');
        expect(run.stderr).toContain(`latin1.json:${before.length}:${before.at(-1)!.length + 1}: the file is not UTF-8 text`);
    });

    test('a byte-order mark and CRLF line ends score exactly like the plain file', async () => {
        const plain = await runCli(['score', '--rubric', DISTRICT, '--format', 'json', 'unit.json'], { cwd: work });
        expect(plain.status).toBe(0);
        const text = JSON.stringify(assessment, null, 2);
        write('unit-bom.json', `\uFEFF${text}`);
        write('unit-crlf.json', text.replace(/\n/g, '\r\n'));
        for (const file of ['unit-bom.json', 'unit-crlf.json']) {
            const run = await runCli(['score', '--rubric', DISTRICT, '--format', 'json', file], { cwd: work });
            expectCalm(run);
            expect(run.status, file).toBe(0);
            expect(run.stdout.replaceAll(file, 'unit.json'), file).toBe(plain.stdout);
        }
    });
});
