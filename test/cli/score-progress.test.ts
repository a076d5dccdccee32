import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot, runCli } from './run-cli.js';

const rubric = path.join(repositoryRoot, 'examples/xa-2025/xa-2025.rubric');
/** Above the size where a bar is worth drawing (50 files). */
const COUNT = 60;
const ESCAPE = '\u001b[';

let folder: string;
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-progress-'));
    const ward = parse(fs.readFileSync(path.join(repositoryRoot, 'examples/xa-2025/assessments/phuong-tuy-hoa.yaml'), 'utf8')) as { unit: { id: string; name: string } };
    for (let n = 1; n <= COUNT; n++) {
        ward.unit.id = `XA-${n}`;
        ward.unit.name = `UBND xã số ${n}`;
        fs.writeFileSync(path.join(folder, `xa-${n}.json`), JSON.stringify(ward));
    }
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('the progress bar of a big batch', () => {
    test('piped, as in CI or `… 2> log`: no bar and no escape code on standard error', () => {
        const run = spawnSync(process.execPath, [path.join(repositoryRoot, 'packages/cli/bin/rubric.js'), 'score', '--rubric', rubric, folder, '--format', 'json'], {
            encoding: 'utf8',
            env: { ...process.env, RUBRIC_LANG: 'en' },
            maxBuffer: 64 * 1024 * 1024,
        });
        expect(run.status).toBe(0);
        expect((JSON.parse(run.stdout) as { summary: { count: number } }).summary.count).toBe(COUNT);
        expect(run.stderr).toBe('');
    });

    test('on a terminal: a bar counts the files on standard error, and the report on standard output is the same', async () => {
        const terminal = await runCli(['score', '--rubric', rubric, folder, '--format', 'json'], { terminal: true });
        expect(terminal.status).toBe(0);
        expect(terminal.stderr).toContain(`Scoring [`);
        expect(terminal.stderr).toContain(`${COUNT}/${COUNT}`);
        expect(terminal.stderr).toContain(ESCAPE);
        const piped = await runCli(['score', '--rubric', rubric, folder, '--format', 'json']);
        expect(piped.stderr).toBe('');
        expect(terminal.stdout).toBe(piped.stdout);
    });
});
