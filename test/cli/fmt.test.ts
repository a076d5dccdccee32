import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const TIDY = `// Bộ chỉ số thử
rubric R "Bộ chỉ số thử" {
  total 3
  metric rate percent "Tỷ lệ hồ sơ đúng hạn"
  field 1 "Chỉ đạo, điều hành" max 3 {
    item 1.1 "Ban hành kế hoạch" max 1 { choice { "Kịp thời": 1  "Không": 0 } }
    item 1.2 "Thực hiện kế hoạch" max 2 {
      bands rate {
        > 90%: 2
        >= 70%: 1
        else: 0
      }
    }
  }
}
`;

const MESSY = TIDY.replace('  total 3', 'total    3').replace('"Kịp thời": 1  "Không": 0', '"Kịp thời":1 "Không" : 0').replace('        >= 70%: 1', '  >= 70%:1');

const BROKEN = 'rubric R {\n  field 1 "A" max 1 {\n    item 1.1 "B" max { judged }\n  }\n}\n';

let folder: string;
const file = (name: string) => path.join(folder, name);
const read = (name: string) => fs.readFileSync(file(name), 'utf8');
const inFolder = (args: string[]) => runCli(args, { cwd: folder });

beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-fmt-'));
    fs.writeFileSync(file('tidy.rubric'), TIDY);
    fs.mkdirSync(file('sub'));
    fs.writeFileSync(file('sub/messy.rubric'), MESSY);
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric fmt', () => {
    test('one file: the canonical text on standard output, the file untouched', async () => {
        const run = await inFolder(['fmt', 'sub/messy.rubric']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(TIDY);
        expect(read('sub/messy.rubric')).toBe(MESSY);
    });

    test('--check lists the files that would change and exits 1; a formatted tree exits 0', async () => {
        const run = await inFolder(['fmt', '--check', '.']);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe(`${path.join('sub', 'messy.rubric')}\n`);
        expect(run.stderr).toBe('1 file not formatted\n');
        expect(read('sub/messy.rubric')).toBe(MESSY);
        const clean = await inFolder(['fmt', '--check', 'tidy.rubric']);
        expect(clean.status).toBe(0);
        expect(clean.stdout).toBe('');
        expect(clean.stderr).toBe('1 file already formatted\n');
    });

    test('--write rewrites only what changes, leaves no temporary file, and then --check passes', async () => {
        const tidyBefore = fs.statSync(file('tidy.rubric')).mtimeMs;
        const run = await inFolder(['fmt', '--write', '.']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('1 file reformatted\n');
        expect(read('sub/messy.rubric')).toBe(TIDY);
        expect(fs.statSync(file('tidy.rubric')).mtimeMs).toBe(tidyBefore);
        expect(fs.readdirSync(file('sub'))).toEqual(['messy.rubric']);
        expect((await inFolder(['fmt', '--check', '.'])).status).toBe(0);
    });

    test('--diff prints a unified diff that `patch` applies to give the formatted file', async () => {
        const run = await inFolder(['fmt', '--diff', 'sub/messy.rubric']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^--- a\/sub\/messy\.rubric\n\+\+\+ b\/sub\/messy\.rubric\n@@ -1,13 \+1,13 @@\n/);
        expect(run.stdout).toContain('-total    3\n+  total 3\n');
        const patch = spawnSync('patch', ['-p1', '-s'], { cwd: folder, input: run.stdout, encoding: 'utf8' });
        if (patch.error) return; // no `patch` on this machine: the text checks above stand
        expect(patch.status).toBe(0);
        expect(read('sub/messy.rubric')).toBe(TIDY);
    });

    test('a file with a syntax error is refused with file:line:column and exit 1; the others are still checked', async () => {
        fs.writeFileSync(file('broken.rubric'), BROKEN);
        const run = await inFolder(['fmt', '--check', '.']);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^broken\.rubric:3:\d+: Syntax error: .* \(file not formatted\)\n/);
        expect(run.stdout).toContain(path.join('sub', 'messy.rubric'));
        const write = await inFolder(['fmt', '--write', 'broken.rubric']);
        expect(write.status).toBe(1);
        expect(read('broken.rubric')).toBe(BROKEN);
        expect(write.stderr).not.toMatch(/\n\s+at /);
    });

    test('a string without its closing quote is refused too, in Vietnamese with --lang vi', async () => {
        fs.writeFileSync(file('quote.rubric'), 'rubric R {\n  field 1 "A max 1\n}\n');
        const run = await inFolder(['--lang', 'vi', 'fmt', 'quote.rubric']);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('quote.rubric:2:11: Chuỗi thiếu dấu nháy kép đóng (") (chưa định dạng tệp này)\n');
    });

    test('CRLF line endings and a byte-order mark are kept, so a Windows checkout passes --check', async () => {
        fs.writeFileSync(file('windows.rubric'), '\uFEFF' + TIDY.replace(/\n/g, '\r\n'));
        expect((await inFolder(['fmt', '--check', 'windows.rubric'])).status).toBe(0);
        fs.writeFileSync(file('windows.rubric'), MESSY.replace(/\n/g, '\r\n'));
        expect((await inFolder(['fmt', '--write', 'windows.rubric'])).status).toBe(0);
        expect(read('windows.rubric')).toBe(TIDY.replace(/\n/g, '\r\n'));
    });

    test('usage mistakes exit 2 with one line: several files to print, a missing path, no rubric files', async () => {
        const several = await inFolder(['fmt', '.']);
        expect(several.status).toBe(2);
        expect(several.stderr).toBe('rubric: 2 files: use --check, --write or --diff\n');
        const missing = await inFolder(['fmt', 'nowhere.rubric']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toBe('rubric: nowhere.rubric: no such file or directory\n');
        fs.mkdirSync(file('empty'));
        expect((await inFolder(['fmt', '--check', 'empty'])).stderr).toBe('rubric: no .rubric files found\n');
    });

    test('the output is the same bytes run after run, and formatting the output changes nothing', async () => {
        const first = (await inFolder(['fmt', 'sub/messy.rubric'])).stdout;
        expect((await inFolder(['fmt', 'sub/messy.rubric'])).stdout).toBe(first);
        fs.writeFileSync(file('again.rubric'), first);
        expect((await inFolder(['fmt', 'again.rubric'])).stdout).toBe(first);
    });
});

describe('rubric fmt --write keeps the file it rewrites', () => {
    test('a file that is not UTF-8 is refused with its line and column and left byte for byte', async () => {
        const latin1 = Buffer.from(MESSY.replace('Bộ chỉ số thử', 'Bo chi so th\u00e9'), 'latin1');
        fs.writeFileSync(file('latin1.rubric'), latin1);
        const run = await inFolder(['fmt', '--write', 'latin1.rubric']);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/latin1\.rubric:1:\d+: the file is not UTF-8 text/);
        expect(fs.readFileSync(file('latin1.rubric')).equals(latin1)).toBe(true);
    });

    test('its permissions stay (a 0600 file is not made readable by others)', async () => {
        fs.chmodSync(file('sub/messy.rubric'), 0o600);
        const run = await inFolder(['fmt', '--write', 'sub/messy.rubric']);
        expect(run.status, run.stderr).toBe(0);
        expect(read('sub/messy.rubric')).toBe(TIDY);
        expect(fs.statSync(file('sub/messy.rubric')).mode & 0o777).toBe(0o600);
    });

    test('a symbolic link stays a link, and the file it points to is formatted', async () => {
        fs.symlinkSync('sub/messy.rubric', file('link.rubric'));
        const run = await inFolder(['fmt', '--write', 'link.rubric']);
        expect(run.status, run.stderr).toBe(0);
        expect(fs.lstatSync(file('link.rubric')).isSymbolicLink()).toBe(true);
        expect(read('sub/messy.rubric')).toBe(TIDY);
    });

    test('a file with a second hard link: both names show the formatted text', async () => {
        fs.linkSync(file('sub/messy.rubric'), file('hard.rubric'));
        const run = await inFolder(['fmt', '--write', 'hard.rubric']);
        expect(run.status, run.stderr).toBe(0);
        expect(read('sub/messy.rubric')).toBe(TIDY);
        expect(fs.statSync(file('hard.rubric')).ino).toBe(fs.statSync(file('sub/messy.rubric')).ino);
    });

    test('a pipe named like a rubric is refused at once, not waited on', async () => {
        const made = spawnSync('mkfifo', [file('pipe.rubric')]);
        if (made.status !== 0) return; // no mkfifo on this system
        const run = await inFolder(['fmt', '--write', 'pipe.rubric']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('pipe.rubric: not a regular file');
    });

    test('a file over the size limit is refused, as check refuses it', async () => {
        const descriptor = fs.openSync(file('huge.rubric'), 'w');
        fs.ftruncateSync(descriptor, 11 * 1024 * 1024); // sparse: nothing written to disk
        fs.closeSync(descriptor);
        const run = await inFolder(['fmt', '--write', 'huge.rubric']);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/huge\.rubric: the file is too large \(11\.0 MB; at most 10 MB\)/);
    });

    test('a temporary file that a killed run left beside the file is removed by the next write', async () => {
        const stale = file('sub/.messy.rubric.999999.0badc0de.tmp');
        fs.writeFileSync(stale, 'half a rubric');
        const run = await inFolder(['fmt', '--write', 'sub/messy.rubric']);
        expect(run.status, run.stderr).toBe(0);
        expect(fs.readdirSync(file('sub'))).toEqual(['messy.rubric']);
    });
});
