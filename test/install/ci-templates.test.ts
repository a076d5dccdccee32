import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// The GitHub Action's script and the GitLab CI template, run here as a runner would run them, on a copy of
// the examples (the rubric repository that uses them) with the packed CLI installed offline.

const root = path.resolve(import.meta.dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version;
let work: string;
let tarball: string;
const offline = { npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', RUBRIC_LANG: 'en' };

function repository(name: string): string {
    const folder = path.join(work, name);
    fs.cpSync(path.join(root, 'examples'), folder, { recursive: true });
    return folder;
}

function action(cwd: string) {
    const runnerTemp = fs.mkdtempSync(path.join(work, 'runner-'));
    const output = path.join(runnerTemp, 'output');
    const githubPath = path.join(runnerTemp, 'path');
    const env = { ...process.env, ...offline, npm_config_cache: path.join(work, 'npm-cache'), INPUT_PATHS: '.', INPUT_CLI: tarball, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output, GITHUB_PATH: githubPath };
    const result = spawnSync(process.execPath, [path.join(root, 'ci/github-action.mjs')], { cwd, env, encoding: 'utf8', timeout: 300_000 });
    const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').map((line) => line.split('=')));
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, githubPath: fs.readFileSync(githubPath, 'utf8').trim() };
}

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-ci-'));
    const packed = spawnSync(process.execPath, [path.join(root, 'packages/cli/scripts/pack.mjs'), '--out', path.join(work, 'release')], { cwd: root, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    tarball = path.join(work, 'release', `par-rubric-cli-${version}.tgz`);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the GitHub Action', () => {
    test('action.yml runs the script and uploads its SARIF even when the check fails', () => {
        const manifest = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));
        const steps = manifest.runs.steps as { id?: string; run?: string; uses?: string; if?: string; with?: Record<string, string> }[];
        expect(steps.find((step) => step.id === 'rubric')?.run).toContain('ci/github-action.mjs');
        const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
        expect(upload?.if).toContain('always()');
        expect(upload?.with?.sarif_file).toBe('${{ steps.rubric.outputs.sarif }}');
    });

    test('on clean rubrics: exit 0, rubric on PATH for later steps, a SARIF file naming the package version', () => {
        const clean = action(repository('clean'));
        expect(clean.status, clean.stdout + clean.stderr).toBe(0);
        expect(clean.stdout).not.toContain('::error');
        // the examples have rubric tests: they ran
        expect(clean.stdout).toMatch(/rubric test --format github/);
        expect(fs.existsSync(path.join(clean.githubPath, 'rubric'))).toBe(true);
        const sarif = JSON.parse(fs.readFileSync(clean.outputs.sarif, 'utf8'));
        expect(sarif.runs[0].tool.driver.version).toBe(version);
        expect(sarif.runs[0].results).toEqual([]);
    });

    test('a broken rubric: an annotation on its line, the finding in the SARIF, exit 1', () => {
        const folder = repository('broken');
        fs.writeFileSync(path.join(folder, 'hỏng.rubric'), 'rubric X "x" {\n  total 10\n  criterion\n}\n');
        const broken = action(folder);
        expect(broken.status).toBe(1);
        expect(broken.stdout).toMatch(/^::error file=hỏng\.rubric,line=4,/m);
        const sarif = JSON.parse(fs.readFileSync(broken.outputs.sarif, 'utf8'));
        expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    });
});

describe('the GitLab CI template', () => {
    function pipeline(cwd: string) {
        const job = parse(fs.readFileSync(path.join(root, 'ci/gitlab-ci.yml'), 'utf8')).rubric as { script: string[] };
        const prefix = path.join(work, `gitlab-prefix-${path.basename(cwd)}`);
        // the job's lines run in one shell, as GitLab's runner runs them
        const env = { ...process.env, ...offline, npm_config_cache: path.join(work, 'npm-cache'), npm_config_prefix: prefix, PATH: `${path.join(prefix, 'bin')}:${process.env.PATH}`, RUBRIC_CLI: tarball, RUBRIC_PATHS: '.' };
        return spawnSync('bash', ['-e', '-c', job.script.join('\n')], { cwd, env, encoding: 'utf8', timeout: 300_000 });
    }

    test('JUnit reports of check and test; the job fails on a broken rubric', () => {
        const clean = repository('gitlab-clean');
        const passed = pipeline(clean);
        expect(passed.status, passed.stdout + passed.stderr).toBe(0);
        expect(fs.readFileSync(path.join(clean, 'rubric-check.junit.xml'), 'utf8')).toContain('<testsuites');
        expect(fs.readFileSync(path.join(clean, 'rubric-test.junit.xml'), 'utf8')).toContain('<testsuites');
        const broken = repository('gitlab-broken');
        fs.writeFileSync(path.join(broken, 'hỏng.rubric'), 'rubric X "x" {\n  total 10\n  criterion\n}\n');
        const failed = pipeline(broken);
        expect(failed.status).toBe(1);
        expect(fs.readFileSync(path.join(broken, 'rubric-check.junit.xml'), 'utf8')).toContain('hỏng.rubric');
    });
});
