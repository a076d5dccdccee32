#!/usr/bin/env node
// The script of the GitHub Action (action.yml at the repository's root): installs the packed CLI, runs
// `rubric check --format github` (annotations on the changed lines), writes the same findings as SARIF for
// the upload step, and runs `rubric test` where there are *.rubric-test.yaml files. Exits with the worst
// exit code of the two commands (1: findings or failed cases, 2: unusable input).
// Reads the action's inputs from INPUT_PATHS (whitespace-separated, default ".") and INPUT_CLI (a path or
// URL of par-rubric-cli-X.tgz; empty: packed from the action's own sources), and GitHub's RUNNER_TEMP,
// GITHUB_OUTPUT (gets sarif=FILE) and GITHUB_PATH (gets the folder of `rubric`, for later steps).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const actionRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temporary = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'rubric-action-'));
const paths = (process.env.INPUT_PATHS || '.').split(/\s+/).filter(Boolean);

function run(command, args, options = {}) {
    console.log(`$ ${command} ${args.join(' ')}`);
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.error) console.error(`rubric action: ${command}: ${result.error.message}`);
    return result.status ?? 2;
}

function required(status, what) {
    if (status === 0) return;
    console.error(`rubric action: ${what} failed (exit ${status})`);
    process.exit(2);
}

/** The tarball given, or one packed from this action's checkout (npm ci, build, pack). */
function tarball() {
    if (process.env.INPUT_CLI) return process.env.INPUT_CLI;
    required(run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: actionRoot }), 'npm ci of the action');
    required(run('npm', ['run', 'build'], { cwd: actionRoot }), 'building the CLI');
    const out = path.join(temporary, 'release');
    required(run('npm', ['run', 'pack:cli', '--', '--out', out], { cwd: actionRoot }), 'packing the CLI');
    return path.join(out, fs.readdirSync(out).find((name) => name.endsWith('.tgz')));
}

function hasTests(folder) {
    if (fs.statSync(folder, { throwIfNoEntry: false })?.isFile()) return folder.endsWith('.rubric-test.yaml');
    return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((name) => name.endsWith('.rubric-test.yaml') && !name.split(path.sep).includes('node_modules'));
}

const prefix = path.join(temporary, 'prefix');
required(run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball()]), 'installing the CLI');
const bin = process.platform === 'win32' ? prefix : path.join(prefix, 'bin');
const rubric = path.join(bin, process.platform === 'win32' ? 'rubric.cmd' : 'rubric');
if (process.env.GITHUB_PATH) fs.appendFileSync(process.env.GITHUB_PATH, `${bin}\n`);
run(rubric, ['--version']);

let worst = run(rubric, ['check', '--format', 'github', ...paths]);
const sarif = path.join(temporary, 'rubric.sarif');
const sarifFile = fs.openSync(sarif, 'w');
run(rubric, ['check', '--format', 'sarif', ...paths], { stdio: ['ignore', sarifFile, 'inherit'] });
fs.closeSync(sarifFile);
if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `sarif=${sarif}\n`);
if (paths.some((item) => fs.existsSync(item) && hasTests(item))) worst = Math.max(worst, run(rubric, ['test', '--format', 'github', ...paths]));
process.exit(worst);
