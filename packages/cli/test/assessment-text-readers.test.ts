import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readAssessmentFile } from '../src/input/assessment/read-assessment.js';
import { problemsOf, temporaryFolder } from './helpers.js';

/** A valid assessment's JSON text; tests break one thing in it at a time. */
const VALID = `{
  "rubric": "PAR_HUYEN_2022",
  "year": 2022,
  "unit": { "id": "PY-SONGCAU", "name": "UBND thị xã Sông Cầu", "type": "district" },
  "metrics": { "planDone": 95.7 },
  "items": {
    "1.1.1": { "choice": "Ban hành kịp thời", "self": 1 }
  }
}
`;

let folder: string;
beforeEach(() => (folder = temporaryFolder()));
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** "line:column" (1-based) where needle first occurs in text, as an editor would show it. */
function at(text: string, needle: string, from = 0): string {
    const offset = text.indexOf(needle, from);
    if (offset < 0) throw new Error(`${needle} not in text`);
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1}`;
}

function write(name: string, content: string | Uint8Array): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
}

describe('JSON assessments', () => {
    test('a valid file reads into the assessment, each value located at its line and column', async () => {
        const loaded = await readAssessmentFile(write('a.json', VALID), undefined, 'en');
        expect(loaded.assessment.items?.['1.1.1']).toEqual({ choice: 'Ban hành kịp thời', self: 1 });
        const self = at(VALID, '1 }').split(':').map(Number);
        expect(loaded.locations.get(['items', '1.1.1', 'self'])).toEqual({ kind: 'text', line: self[0], column: self[1] });
        const name = at(VALID, '"UBND').split(':').map(Number);
        expect(loaded.locations.get(['unit', 'name'])).toEqual({ kind: 'text', line: name[0], column: name[1] });
    });

    test('a byte-order mark (as Windows editors write) is not an error', async () => {
        const loaded = await readAssessmentFile(write('bom.json', '\uFEFF' + VALID), undefined, 'en');
        expect(loaded.assessment.unit.id).toBe('PY-SONGCAU');
    });

    test('a schema problem names file, line, column and JSON path', async () => {
        const text = VALID.replace('"self": 1', '"self": "NaN"');
        const file = write('a.json', text);
        const { lines, exitCode } = await problemsOf(file);
        expect(lines).toEqual([`${file}:${at(text, '"NaN"')}: items["1.1.1"].self: Wrong type: expected number`]);
        expect(exitCode).toBe(1);
    });

    test('a missing required field is reported where its object starts', async () => {
        const text = VALID.replace('"id": "PY-SONGCAU", ', '');
        const file = write('a.json', text);
        expect((await problemsOf(file)).lines).toEqual([`${file}:${at(text, '{ "name"')}: unit.id: Required field is missing`]);
    });

    test('Vietnamese messages in vi', async () => {
        const text = VALID.replace('"year": 2022', '"year": "2022"');
        const file = write('a.json', text);
        expect((await problemsOf(file, undefined, 'vi')).lines).toEqual([`${file}:${at(text, '"2022"')}: year: Sai kiểu: cần số`]);
    });

    test('malformed JSON: one message at the place of the mistake', async () => {
        const text = VALID.replace('"year": 2022,', '"year": 2022');
        const file = write('a.json', text);
        const { lines, exitCode } = await problemsOf(file);
        expect(lines).toEqual([`${file}:${at(text, '"unit"')}: invalid JSON: expected a comma`]);
        expect(exitCode).toBe(1);
    });

    test('comments and trailing commas are not JSON', async () => {
        const commentedText = VALID.replace('{\n  "rubric"', '{ // unit\n  "rubric"');
        const commented = write('c.json', commentedText);
        expect((await problemsOf(commented)).lines).toEqual([`${commented}:${at(commentedText, '//')}: invalid JSON: comments are not allowed in JSON`]);
        const trailingText = VALID.replace('"self": 1 }', '"self": 1, }');
        const trailing = write('t.json', trailingText);
        expect((await problemsOf(trailing)).lines).toEqual([`${trailing}:${at(trailingText, '}\n')}: invalid JSON: expected a property name in double quotes`]);
    });

    test('1e309 is out of range, not Infinity', async () => {
        const text = VALID.replace('95.7', '1e309');
        const file = write('a.json', text);
        expect((await problemsOf(file)).lines).toEqual([`${file}:${at(text, '1e309')}: metrics.planDone: the number 1e309 is out of range`]);
    });

    test('prototype-reaching keys are refused wherever they are', async () => {
        const text = VALID.replace('"planDone": 95.7', '"__proto__": { "x": 1 }, "constructor": 2');
        const file = write('a.json', text);
        expect((await problemsOf(file)).lines).toEqual([
            `${file}:${at(text, '"__proto__"')}: metrics: key not allowed: "__proto__"`,
            `${file}:${at(text, '"constructor"')}: metrics: key not allowed: "constructor"`,
        ]);
        // nothing leaked into the prototype chain
        expect(({} as Record<string, unknown>).x).toBeUndefined();
    });

    test('a key given twice is ambiguous', async () => {
        const text = VALID.replace('"planDone": 95.7', '"planDone": 95.7, "planDone": 80');
        const file = write('a.json', text);
        expect((await problemsOf(file)).lines).toEqual([`${file}:${at(text, '"planDone": 80')}: metrics: duplicate key "planDone"`]);
    });

    test('a nesting bomb stops at the depth limit without exhausting the stack', async () => {
        const file = write('deep.json', '['.repeat(200_000) + ']'.repeat(200_000));
        expect((await problemsOf(file)).lines).toEqual([`${file}:1:65: nested too deeply (at most 64 levels)`]);
    });

    test('an empty file', async () => {
        const file = write('empty.json', '  \n');
        expect(await problemsOf(file)).toEqual({ lines: [`${file}:1:1: the file is empty`], exitCode: 1 });
    });

    test('bytes that are not UTF-8: the line and column of the first one', async () => {
        const file = write('latin1.json', Buffer.concat([Buffer.from('{\n  "tên": "', 'utf8'), Buffer.from([0xe9]), Buffer.from('"}')]));
        expect((await problemsOf(file)).lines).toEqual([`${file}:2:11: the file is not UTF-8 text`]);
    });

    test('a missing file is an I/O error (exit 2)', async () => {
        const file = path.join(folder, 'nothing.json');
        expect(await problemsOf(file)).toEqual({ lines: [`${file}: no such file or directory`], exitCode: 2 });
    });

    test('an unknown extension is a usage error (exit 2)', async () => {
        const file = write('a.txt', VALID);
        expect(await problemsOf(file)).toEqual({ lines: [`${file}: unknown kind of file (expected .json, .yaml, .yml, .xlsx or .csv)`], exitCode: 2 });
    });

    test('null means "not filled in", as templates leave it', async () => {
        const loaded = await readAssessmentFile(write('a.json', VALID.replace('"self": 1', '"self": null, "notes": null')), undefined, 'en');
        expect(loaded.assessment.items?.['1.1.1']).toEqual({ choice: 'Ban hành kịp thời' });
    });
});

const VALID_YAML = `rubric: PAR_HUYEN_2022
year: 2022
unit:
  id: PY-SONGCAU
  name: UBND thị xã Sông Cầu
  type: district
metrics:
  planDone: 95.7
items:
  3.10:
    self: 1
  "1.1.1":
    choice: Ban hành kịp thời
    self: 1
`;

describe('YAML assessments', () => {
    test('codes are read as written: 3.10 stays "3.10", never the number 3.1', async () => {
        const loaded = await readAssessmentFile(write('a.yaml', VALID_YAML), undefined, 'en');
        expect(Object.keys(loaded.assessment.items ?? {})).toEqual(['3.10', '1.1.1']);
        const [line, column] = at(VALID_YAML, 'Ban hành').split(':').map(Number);
        expect(loaded.locations.get(['items', '1.1.1', 'choice'])).toEqual({ kind: 'text', line, column });
    });

    test('a schema problem names file, line, column and JSON path', async () => {
        const text = VALID_YAML.replace('planDone: 95.7', 'planDone: [95.7]');
        const file = write('a.yml', text);
        expect((await problemsOf(file)).lines).toEqual([`${file}:${at(text, '[95.7]')}: metrics.planDone: Expected a number, a text or true/false`]);
    });

    test('malformed YAML: one message at its place', async () => {
        const file = write('a.yaml', VALID_YAML.replace('  planDone: 95.7', '  planDone: [95.7'));
        const { lines, exitCode } = await problemsOf(file);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+: invalid YAML: `));
        expect(exitCode).toBe(1);
    });

    test('tabs for indentation, in Vietnamese', async () => {
        const file = write('a.yaml', VALID_YAML.replace('  planDone: 95.7', '\tplanDone: 95.7'));
        expect((await problemsOf(file, undefined, 'vi')).lines).toEqual([`${file}:8:1: YAML không hợp lệ: không được thụt lề bằng ký tự tab`]);
    });

    test('.nan, .inf and 1e309 are not figures', async () => {
        const text = VALID_YAML.replace('planDone: 95.7', 'planDone: .nan\n  onTimeRate: -.inf\n  lateDocs: 1e309');
        const file = write('a.yaml', text);
        expect((await problemsOf(file)).lines).toEqual([
            `${file}:${at(text, '.nan')}: metrics.planDone: .nan is not a finite number`,
            `${file}:${at(text, '-.inf')}: metrics.onTimeRate: -.inf is not a finite number`,
            `${file}:${at(text, '1e309')}: metrics.lateDocs: the number 1e309 is out of range`,
        ]);
    });

    test('prototype-reaching and duplicate keys', async () => {
        const text = VALID_YAML.replace('planDone: 95.7', '__proto__: 1\n  planDone: 95.7\n  planDone: 80');
        const file = write('a.yaml', text);
        expect((await problemsOf(file)).lines).toEqual([
            `${file}:${at(text, '__proto__')}: metrics: key not allowed: "__proto__"`,
            `${file}:${at(text, 'planDone: 80')}: metrics: duplicate key "planDone"`,
        ]);
    });

    test('a second document in the file', async () => {
        const file = write('a.yaml', VALID_YAML + '---\nrubric: other\n');
        expect((await problemsOf(file)).lines).toEqual([`${file}:15:1: invalid YAML: the file must hold a single YAML document`]);
    });

    test('an alias bomb ("billion laughs") stops at the value limit', async () => {
        const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i < 8; i++) lines.push(`a${i}: &a${i} [${new Array(10).fill(`*a${i - 1}`).join(', ')}]`);
        const file = write('bomb.yaml', lines.join('\n') + '\n');
        const { lines: problems } = await problemsOf(file);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/too many values \(at most 1000000\)$/);
    });

    test('a comment-only file is empty', async () => {
        const file = write('a.yaml', '# nothing filled in yet\n');
        expect((await problemsOf(file)).lines).toEqual([`${file}:1:1: the file is empty`]);
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
