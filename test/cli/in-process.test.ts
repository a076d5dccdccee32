import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repositoryRoot } from './run-cli.js';
import { runCli as runInProcess } from './run-cli.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const rubric = path.join(example, 'huyen-2022.rubric');

describe('main(argv, io): the CLI run in-process', () => {
    test('check writes its findings to io.stdout and returns the exit code', async () => {
        const run = await runInProcess(['check', rubric]);
        expect(run).toEqual({ status: 0, stdout: '1 file: 0 errors, 0 warnings\n', stderr: '' });
    });

    test('the language comes from io.env', async () => {
        const run = await runInProcess(['check', rubric], { env: { RUBRIC_LANG: 'vi' } });
        expect(run.stdout).toBe('1 tệp: 0 lỗi, 0 cảnh báo\n');
    });

    test('score writes the report to io.stdout', async () => {
        const run = await runInProcess(['score', '--rubric', rubric, path.join(example, 'assessments'), '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).results).toHaveLength(9);
    });

    test('a user error goes to io.stderr with exit 2, and the process goes on', async () => {
        const run = await runInProcess(['score', '--rubric', rubric, path.join(example, 'no-such-folder')]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^rubric: .*no-such-folder: no such file or directory\n$/);
    });

    test("commander's help and complaints go to io too", async () => {
        const help = await runInProcess(['--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('Usage: rubric [options] [command]');
        const wrong = await runInProcess(['check', '--bogus', rubric]);
        expect(wrong.status).toBe(2);
        expect(wrong.stderr).toBe("error: unknown option '--bogus'\n");
    });

    test('--version and -V print the version, alone or after --lang', async () => {
        const { version } = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'packages/cli/package.json'), 'utf8'));
        for (const args of [['--version'], ['-V'], ['--lang', 'vi', '--version'], ['--lang=en', '-V']]) {
            expect(await runInProcess(args)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
        }
    });
});
