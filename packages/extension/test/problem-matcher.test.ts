import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

// The problem matcher the extension contributes for rubric tasks, applied to what `rubric check` prints.
const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
const [matcher] = manifest.contributes.problemMatchers;
const pattern = new RegExp(matcher.pattern.regexp);
const cli = path.join(extension, '..', 'cli', 'bin', 'rubric.js');

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-matcher-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
const broken = path.join(folder, 'huyện thử.rubric');
fs.writeFileSync(broken, 'rubric R "Thử" {\n  unitType district  year 2022  total 2\n  field 1 "A" max 1 { judged }\n}\n');

function problems(lang: string) {
    const run = spawnSync(process.execPath, [cli, 'check', broken, '--lang', lang], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    return run.stdout
        .split('\n')
        .map((line) => pattern.exec(line))
        .filter((m) => m !== null)
        .map((m) => ({
            file: m[matcher.pattern.file],
            line: Number(m[matcher.pattern.line]),
            column: Number(m[matcher.pattern.column]),
            severity: m[matcher.pattern.severity],
            code: m[matcher.pattern.code],
            message: m[matcher.pattern.message],
        }));
}

test.each([
    ['en', 'The fields add up to 1 point, not the declared total of 2'],
    ['vi', 'Các lĩnh vực cộng lại 1 điểm, phải bằng tổng 2 điểm'],
])('every finding of `rubric check --lang %s` is one problem with its place, severity and code; the summary line is none', (lang, message) => {
    expect(problems(lang)).toEqual([
        { file: broken, line: 1, column: 8, severity: 'warning', code: 'grades/missing', message: expect.any(String) },
        { file: broken, line: 2, column: 39, severity: 'error', code: 'sum/total', message },
    ]);
});

test('a Windows path with its drive letter is read as the file', () => {
    const m = pattern.exec('C:\\Users\\cchc\\huyện 2022.rubric:12:5: error sum/total: …');
    expect([m?.[1], m?.[2], m?.[3]]).toEqual(['C:\\Users\\cchc\\huyện 2022.rubric', '12', '5']);
});
