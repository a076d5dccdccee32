import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtExecutables, releaseFolder } from './built-executables.js';

// The Linux executable as a user runs it: copied out of the repository into a folder with no node_modules
// anywhere above it, on a copy of the examples.

const root = path.resolve(import.meta.dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version;
const executables = builtExecutables();
if (executables.skipped) console.warn(`linux executable: skipped — ${executables.skipped}`);
let work: string;
let rubric: string;

function run(args: string[], env: Record<string, string> = {}) {
    const result = spawnSync(rubric, args, { cwd: work, encoding: 'utf8', timeout: 120_000, env: { ...process.env, RUBRIC_LANG: 'en', ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(executables.skipped !== undefined)('the Linux single-file executable', () => {
    beforeAll(() => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-exe-'));
        rubric = path.join(work, 'rubric');
        fs.copyFileSync(executables.linux, rubric);
        fs.chmodSync(rubric, 0o755);
        fs.cpSync(path.join(root, 'examples'), path.join(work, 'examples'), { recursive: true });
    });
    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    test('the checksum file lists both executables with their SHA-256', () => {
        const sums = fs.readFileSync(path.join(releaseFolder, 'SHA256SUMS'), 'utf8').trim().split('\n');
        expect(sums.map((line) => line.split(/\s+/)[1])).toEqual(['rubric-linux-x64', 'rubric-win-x64.exe']);
        const hashed = spawnSync('sha256sum', ['--check', 'SHA256SUMS'], { cwd: releaseFolder, encoding: 'utf8' });
        expect(hashed.status, hashed.stdout + hashed.stderr).toBe(0);
    });

    test('`rubric --version` prints the package version, and SARIF names the same one', () => {
        const shown = run(['--version']);
        expect(shown.status, shown.stderr).toBe(0);
        expect(shown.stdout.trim()).toBe(version);
        const sarif = run(['check', 'examples/huyen-2022', '--format', 'sarif']);
        expect(sarif.status, sarif.stderr).toBe(0);
        expect(JSON.parse(sarif.stdout).runs[0].tool.driver.version).toBe(version);
    });

    test('it checks the examples and scores Sông Cầu to 73.34', () => {
        const checked = run(['check', 'examples']);
        expect(checked.status, checked.stdout + checked.stderr).toBe(0);
        expect(checked.stdout).toContain('0 errors');
        const scored = run(['score', '--rubric', 'examples/huyen-2022/huyen-2022.rubric', 'examples/huyen-2022/assessments/song-cau.yaml', '--format', 'json']);
        expect(scored.status, scored.stderr).toBe(0);
        expect(JSON.parse(scored.stdout).results[0].total).toBe(73.34);
    });

    test('the lazily loaded writers are inside it: a workbook of all the districts', () => {
        const sheet = run(['score', '--rubric', 'examples/huyen-2022/huyen-2022.rubric', 'examples/huyen-2022/assessments', '--format', 'xlsx', '-o', 'scores.xlsx']);
        expect(sheet.status, sheet.stderr).toBe(0);
        expect(fs.readFileSync(path.join(work, 'scores.xlsx')).subarray(0, 2).toString()).toBe('PK');
    });

    test('a mistake gets its one-line message and exit code, in the language asked for', () => {
        const missing = run(['check', 'no-such.rubric']);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim().split('\n')).toHaveLength(1);
        expect(missing.stderr).toContain('no-such.rubric');
        fs.writeFileSync(path.join(work, 'broken.rubric'), 'rubric X "x" {\n  total 10\n  criterion\n}\n');
        const broken = run(['check', 'broken.rubric']);
        expect(broken.status).toBe(1);
        expect(broken.stdout).toMatch(/^broken\.rubric:4:1: error syntax\/error/m);
        // the language is read at each start, not frozen into the startup snapshot
        const vietnamese = run(['check', 'no-such.rubric'], { RUBRIC_LANG: 'vi' });
        expect(vietnamese.stderr).not.toBe(missing.stderr);
    });
});
