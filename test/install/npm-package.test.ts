import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The CLI as a user installs it: the packed tarball into an empty folder, with npm offline, then run
// from there on a copy of the examples (no node_modules of this repository in reach). Needs `npm run build`.

const root = path.resolve(import.meta.dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version;
let work: string;
let rubric: string;

function run(command: string, args: string[], cwd = work) {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, RUBRIC_LANG: 'en' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-install-'));
    const packed = run(process.execPath, [path.join(root, 'packages/cli/scripts/pack.mjs'), '--out', path.join(work, 'release')], root);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(work, 'release', `par-rubric-cli-${version}.tgz`);
    const env = { ...process.env, npm_config_offline: 'true', npm_config_cache: path.join(work, 'npm-cache'), npm_config_audit: 'false', npm_config_fund: 'false' };
    const installed = spawnSync('npm', ['install', '-g', '--prefix', path.join(work, 'prefix'), tarball], { cwd: work, encoding: 'utf8', env, timeout: 120_000 });
    expect(installed.status, installed.stderr).toBe(0);
    rubric = path.join(work, 'prefix', 'bin', 'rubric');
    fs.cpSync(path.join(root, 'examples'), path.join(work, 'examples'), { recursive: true });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the npm package of the CLI', () => {
    test('its tarball carries no dependency to fetch', () => {
        const listed = run('tar', ['-xOzf', path.join(work, 'release', `par-rubric-cli-${version}.tgz`), 'package/package.json']);
        const manifest = JSON.parse(listed.stdout);
        expect(manifest.dependencies ?? {}).toEqual({});
        expect(manifest.bin).toEqual({ rubric: 'bin/rubric.js' });
    });

    test('installed offline, `rubric --version` prints the package version, and SARIF names the same one', () => {
        const shown = run(rubric, ['--version']);
        expect(shown.status, shown.stderr).toBe(0);
        expect(shown.stdout.trim()).toBe(version);
        const sarif = run(rubric, ['check', 'examples/huyen-2022', '--format', 'sarif']);
        expect(sarif.status, sarif.stderr).toBe(0);
        expect(JSON.parse(sarif.stdout).runs[0].tool.driver.version).toBe(version);
    });

    test('it checks the examples and scores Sông Cầu to 73.34', () => {
        const checked = run(rubric, ['check', 'examples']);
        expect(checked.status, checked.stdout + checked.stderr).toBe(0);
        const scored = run(rubric, ['score', '--rubric', 'examples/huyen-2022/huyen-2022.rubric', 'examples/huyen-2022/assessments/song-cau.yaml', '--format', 'json']);
        expect(scored.status, scored.stderr).toBe(0);
        expect(JSON.parse(scored.stdout).results[0].total).toBe(73.34);
        const sheet = run(rubric, ['score', '--rubric', 'examples/huyen-2022/huyen-2022.rubric', 'examples/huyen-2022/assessments', '--format', 'xlsx', '-o', 'scores.xlsx']);
        expect(sheet.status, sheet.stderr).toBe(0);
        expect(fs.readFileSync(path.join(work, 'scores.xlsx')).subarray(0, 2).toString()).toBe('PK');
    });

    test('a mistake gets its one-line message and exit code, as from the repository', () => {
        const missing = run(rubric, ['check', 'no-such.rubric']);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim().split('\n')).toHaveLength(1);
        expect(missing.stderr).toContain('no-such.rubric');
    });
});
