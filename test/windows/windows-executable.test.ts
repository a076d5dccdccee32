import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtExecutables } from '../exe/built-executables.js';
import { windowsPath, wine } from './wine.js';

// rubric-win-x64.exe under Wine, on Windows paths (drive letters, backslashes), CRLF files and Vietnamese
// file and folder names, with an import across folders; each result is compared with the Linux build's
// on the same files.

const root = path.resolve(import.meta.dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version;
const windows = wine();
const executables = windows.skipped ? undefined : builtExecutables();
const skipped = windows.skipped ?? executables?.skipped;
if (skipped) console.warn(`windows executable: skipped — ${skipped}`);

let work: string;
const folder = 'Hồ sơ CCHC';
const rubricFile = `${folder}\\huyện 2022\\Bộ chỉ số huyện 2022.rubric`;
const assessments = `${folder}\\huyện 2022\\tự đánh giá`;

function onWindows(args: string[]) {
    return windows.run(executables!.windows, args, work);
}

function onLinux(args: string[]) {
    const result = spawnSync(executables!.linux, args.map((arg) => arg.replaceAll('\\', '/')), { cwd: work, encoding: 'utf8', env: { ...process.env, RUBRIC_LANG: 'en' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const crlf = (file: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));

describe.skipIf(skipped !== undefined)('the Windows single-file executable (under Wine)', () => {
    beforeAll(() => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-windows-'));
        const district = path.join(work, folder, 'huyện 2022');
        fs.mkdirSync(path.join(district, 'tự đánh giá'), { recursive: true });
        fs.cpSync(path.join(root, 'examples/common'), path.join(work, folder, 'common'), { recursive: true });
        // the rubric imports "../common/cchc-common.rubric": a folder beside its own
        fs.copyFileSync(path.join(root, 'examples/huyen-2022/huyen-2022.rubric'), path.join(district, 'Bộ chỉ số huyện 2022.rubric'));
        for (const name of ['song-cau.yaml', 'tuy-an.yaml', 'dong-hoa.json']) fs.copyFileSync(path.join(root, 'examples/huyen-2022/assessments', name), path.join(district, 'tự đánh giá', name));
        fs.renameSync(path.join(district, 'tự đánh giá', 'song-cau.yaml'), path.join(district, 'tự đánh giá', 'Sông Cầu.yaml'));
        for (const file of [path.join(district, 'Bộ chỉ số huyện 2022.rubric'), path.join(work, folder, 'common/cchc-common.rubric'), path.join(district, 'tự đánh giá', 'Sông Cầu.yaml')]) crlf(file);
        fs.mkdirSync(path.join(work, 'win'));
        fs.mkdirSync(path.join(work, 'linux'));
    });
    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    test('it runs as a Windows program and prints its version', () => {
        const shown = onWindows(['--version']);
        expect(shown.status, shown.stderr).toBe(0);
        expect(shown.stdout.trim()).toBe(version);
    });

    test('check: a folder by its drive-letter path, CRLF files, an import across folders', () => {
        const checked = onWindows(['check', windowsPath(path.join(work, folder))]);
        expect(checked.status, checked.stdout + checked.stderr).toBe(0);
        expect(checked.stdout.trim().split(/\r?\n/).pop()).toBe(onLinux(['check', path.join(work, folder)]).stdout.trim().split('\n').pop());
        expect(checked.stdout).toContain('0 errors');
    });

    test('compile gives the same compiled rubric as on Linux', () => {
        expect(onWindows(['compile', rubricFile, '-o', 'win\\compiled.json']).status).toBe(0);
        expect(onLinux(['compile', rubricFile, '-o', 'linux/compiled.json']).status).toBe(0);
        expect(fs.readFileSync(path.join(work, 'win/compiled.json'), 'utf8')).toBe(fs.readFileSync(path.join(work, 'linux/compiled.json'), 'utf8'));
    });

    test('score to xlsx and html, template and export: the same files as on Linux, Sông Cầu at 73.34', () => {
        const runs: [string[], string][] = [
            [['score', '--rubric', rubricFile, assessments, '--format', 'xlsx', '-o', 'OUT\\scores.xlsx'], 'scores.xlsx'],
            [['score', '--rubric', rubricFile, assessments, '--format', 'html', '-o', 'OUT\\scores.html'], 'scores.html'],
            [['template', rubricFile, '--format', 'xlsx', '-o', 'OUT\\mẫu.xlsx'], 'mẫu.xlsx'],
            [['export', rubricFile, '--format', 'md', '-o', 'OUT\\phụ lục.md'], 'phụ lục.md'],
        ];
        for (const [args, name] of runs) {
            const win = onWindows(args.map((arg) => arg.replace('OUT', windowsPath(path.join(work, 'win')))));
            expect(win.status, `${args.join(' ')}: ${win.stderr}`).toBe(0);
            const linux = onLinux(args.map((arg) => arg.replace('OUT', 'linux')));
            expect(linux.status, linux.stderr).toBe(0);
            expect(fs.readFileSync(path.join(work, 'win', name)).equals(fs.readFileSync(path.join(work, 'linux', name))), name).toBe(true);
        }
        const scored = onWindows(['score', '--rubric', rubricFile, `${assessments}\\Sông Cầu.yaml`, '--format', 'json']);
        expect(scored.status, scored.stderr).toBe(0);
        expect(JSON.parse(scored.stdout).results[0].total).toBe(73.34);
        // writes are atomic: nothing but the finished files is left in the folder
        expect(fs.readdirSync(path.join(work, 'win')).sort()).toEqual(['compiled.json', 'mẫu.xlsx', 'phụ lục.md', 'scores.html', 'scores.xlsx'].sort());
    });

    test('a mistake gets its one-line message with the Windows path and exit code 2', () => {
        const missing = onWindows(['check', `${folder}\\không có.rubric`]);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim().split(/\r?\n/)).toHaveLength(1);
        expect(missing.stderr).toContain('không có.rubric');
    });
});
