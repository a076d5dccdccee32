import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { repositoryRoot } from './cli-process.js';

// A cold `rubric check` is mostly loading JavaScript: it must load the parser and the validator, not what
// other commands need. Measured as bytes of code loaded, which, unlike a time, does not depend on how busy
// the machine is (the time itself is `npm run bench`'s). A process of its own, since start-up is what is
// tested. Needs `npm run build`.

const bin = path.join(repositoryRoot, 'packages/cli/bin/rubric.js');
const hook = pathToFileURL(path.join(import.meta.dirname, 'record-loads.mjs')).href;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-startup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The files a CLI run loads, with their sizes. */
function loadedBy(args: string[]): { files: string[]; bytes: number; text: string } {
    const record = path.join(work, `loads-${args[0].replace(/^-+/, '')}.txt`);
    fs.writeFileSync(record, '');
    const run = spawnSync(process.execPath, ['--import', hook, bin, '--lang', 'en', ...args], {
        cwd: repositoryRoot,
        encoding: 'utf8',
        env: { ...process.env, RECORD_LOADS_FILE: record },
        timeout: 90_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const files = [...new Set(fs.readFileSync(record, 'utf8').split('\n').filter(Boolean))].map((url) => fileURLToPath(url));
    const code = files.filter((file) => !file.endsWith('record-loads.mjs'));
    return { files: code, bytes: code.reduce((sum, file) => sum + fs.statSync(file).size, 0), text: code.map((file) => fs.readFileSync(file, 'utf8')).join('\n') };
}

describe('start-up: a command loads only what it needs', () => {
    test('`rubric check` loads the bundle, not node_modules, zod, exceljs or the language server', () => {
        const check = loadedBy(['check', 'examples/huyen-2022/huyen-2022.rubric']);
        expect(check.files.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`))).toEqual([]);
        expect(check.bytes).toBeLessThan(1_100_000);
        expect(check.text).not.toMatch(/ZodError|exceljs|createConnection\(/);
    });

    test('`rubric --help` and `rubric --version` load no command\'s work: no parser, zod or exceljs', () => {
        const help = loadedBy(['--help']);
        const version = loadedBy(['--version']);
        for (const run of [help, version]) {
            expect(run.bytes).toBeLessThan(250_000);
            expect(run.text).not.toMatch(/performSelfAnalysis|ZodError|exceljs/);
        }
        expect(version.bytes).toBeLessThan(help.bytes);
    });

    test('the recording sees what a command loads: `rubric schema` does load zod', () => {
        expect(loadedBy(['schema', 'compiled']).text).toMatch(/ZodError/);
    });
});
