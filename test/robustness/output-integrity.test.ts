import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { generateAssessments } from '../../bench/generate-assessments.mjs';
import { generateRubric } from '../../bench/generate-rubric.mjs';
import { runCli } from '../cli/run-cli.js';
import { repositoryRoot, rubric, rubricKilledAfter, stackTraceLines } from './cli-process.js';

// Output files are all or nothing, and the same input always gives the same bytes (`npm run build` first).
// Killing a write needs a process of its own; everything else runs the CLI in-process.

let work: string;
const at = (...parts: string[]) => path.join(work, ...parts);
const DISTRICT = 'huyen-2022/huyen-2022.rubric';

beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-output-'));
    for (const folder of ['huyen-2022', 'common', 'out', 'units']) fs.mkdirSync(at(folder));
    fs.copyFileSync(path.join(repositoryRoot, 'examples', DISTRICT), at(DISTRICT));
    fs.copyFileSync(path.join(repositoryRoot, 'examples/common/cchc-common.rubric'), at('common/cchc-common.rubric'));
    fs.writeFileSync(at('big.rubric'), generateRubric({ lines: 10_000 }));
    const compiled = await runCli(['compile', DISTRICT], { cwd: work });
    expect(compiled.status, compiled.stderr).toBe(0);
    generateAssessments(JSON.parse(compiled.stdout), 3, 5).forEach((assessment, i) => {
        fs.writeFileSync(at('units', `unit-${i + 1}.json`), JSON.stringify(assessment, null, 2));
    });
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('interrupted or impossible writes leave no partial output', () => {
    test('a target folder that does not exist, a parent that is a file, a target that is a folder: exit 2, one line', async () => {
        fs.writeFileSync(at('plain-file'), 'x');
        for (const target of ['missing-folder/out.json', 'plain-file/out.json', 'out']) {
            const run = await runCli(['compile', DISTRICT, '-o', target], { cwd: work });
            expect(run.status, target).toBe(2);
            expect(stackTraceLines(run.stderr)).toEqual([]);
            expect(run.stderr.trim().split('\n'), target).toHaveLength(1);
            expect(run.stderr).toContain(target);
        }
        expect(fs.existsSync(at('missing-folder'))).toBe(false);
        expect(fs.readdirSync(at('out'))).toEqual([]);
    });

    test.skipIf(process.getuid?.() === 0)('a folder without write permission: exit 2 and nothing written', async () => {
        fs.mkdirSync(at('locked'));
        fs.chmodSync(at('locked'), 0o500);
        try {
            const run = await runCli(['compile', DISTRICT, '-o', 'locked/out.json'], { cwd: work });
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/locked\/out\.json/);
            expect(fs.readdirSync(at('locked'))).toEqual([]);
        } finally {
            fs.chmodSync(at('locked'), 0o700);
        }
    });

    test('killing `compile -o` at any moment leaves the old file or the complete new one', async () => {
        const reference = rubric(['compile', 'big.rubric'], { cwd: work });
        expect(reference.status, reference.stderr).toBe(0);
        const target = at('out', 'big.json');
        const old = '{"old": true}\n';
        // spread the kills over the whole run: start-up, parsing, validation, compiling, writing
        const full = reference.ms;
        for (const fraction of [0.15, 0.4, 0.6, 0.8, 0.9, 0.97, 1.05]) {
            fs.writeFileSync(target, old);
            await rubricKilledAfter(['compile', 'big.rubric', '-o', 'out/big.json'], Math.round(full * fraction), work);
            const content = fs.readFileSync(target, 'utf8');
            expect(content === old || content === reference.stdout, `killed at ${Math.round(fraction * 100)} %: ${content.length} bytes`).toBe(true);
        }
        const finished = await runCli(['compile', 'big.rubric', '-o', 'out/big.json'], { cwd: work });
        expect(finished.status).toBe(0);
        expect(fs.readFileSync(target, 'utf8')).toBe(reference.stdout);
    });

    test('an output path that is one of the inputs is refused and the input kept', async () => {
        const before = fs.readFileSync(at('units/unit-1.json'));
        const run = await runCli(['score', '--rubric', DISTRICT, 'units/unit-1.json', '--format', 'json', '-o', 'units/unit-1.json'], { cwd: work });
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(fs.readFileSync(at('units/unit-1.json'))).toEqual(before);
    });
});

describe('the same input gives byte-identical output', () => {
    const commands: [string, string[]][] = [
        ['compile', ['compile', DISTRICT]],
        ['check json', ['check', '--format', 'json', 'huyen-2022', 'common']],
        ['check sarif', ['check', '--format', 'sarif', 'huyen-2022', 'common']],
        ['export md', ['export', DISTRICT, '--format', 'md']],
        ['export html', ['export', DISTRICT, '--format', 'html']],
        ['export csv', ['export', DISTRICT, '--format', 'csv']],
        ['export xlsx', ['export', DISTRICT, '--format', 'xlsx', '-o', 'out/annex.xlsx']],
        ['template yaml', ['template', DISTRICT, '--format', 'yaml']],
        ['template json', ['template', DISTRICT, '--format', 'json']],
        ['template csv', ['template', DISTRICT, '--format', 'csv']],
        ['template xlsx', ['template', DISTRICT, '--format', 'xlsx', '-o', 'out/template.xlsx']],
        ['score json', ['score', '--rubric', DISTRICT, 'units', '--format', 'json']],
        ['score csv', ['score', '--rubric', DISTRICT, 'units', '--format', 'csv']],
        ['score md', ['score', '--rubric', DISTRICT, 'units', '--format', 'md']],
        ['score html', ['score', '--rubric', DISTRICT, 'units', '--format', 'html']],
        ['score xlsx', ['score', '--rubric', DISTRICT, 'units', '--format', 'xlsx', '-o', 'out/results.xlsx']],
    ];

    afterEach(() => vi.useRealTimers());

    // the second run happens, as far as the CLI can tell, a year and a few seconds later: no clock in the output
    test.each(commands)('%s, run twice', async (_, args) => {
        const output = args.includes('-o') ? at(args[args.indexOf('-o') + 1]) : undefined;
        const once = async () => {
            const run = await runCli(args, { cwd: work });
            expect(run.status, run.stderr).toBe(0);
            expect(stackTraceLines(run.stderr)).toEqual([]);
            return output ? fs.readFileSync(output) : Buffer.from(run.stdout);
        };
        const first = await once();
        expect(first.length).toBeGreaterThan(0);
        vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 366 * 24 * 3600_000 + 7_000 });
        expect((await once()).equals(first)).toBe(true);
    });

    test('a process of its own writes the same bytes as the in-process run', async () => {
        for (const args of [['compile', DISTRICT], ['score', '--rubric', DISTRICT, 'units', '--format', 'xlsx', '-o', 'out/results.xlsx']]) {
            const output = args.includes('-o') ? at(args[args.indexOf('-o') + 1]) : undefined;
            const inProcess = await runCli(['--lang', 'en', ...args], { cwd: work });
            const first = output ? fs.readFileSync(output) : Buffer.from(inProcess.stdout);
            const spawned = rubric(args, { cwd: work });
            expect(spawned.status, spawned.stderr).toBe(0);
            expect((output ? fs.readFileSync(output) : Buffer.from(spawned.stdout)).equals(first), args[0]).toBe(true);
        }
    });
});
