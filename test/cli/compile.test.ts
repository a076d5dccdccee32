import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CompiledRubricSchema } from '../../packages/language/src/compiler/compiled-schema.js';
import { repositoryRoot, runCli } from './run-cli.js';

const rubric = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-compile-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
}

describe('rubric compile', () => {
    test('the district rubric compiles to 8 fields, 34 criteria, 62 items and 100 points', async () => {
        const run = await runCli(['compile', rubric]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const compiled = CompiledRubricSchema.parse(JSON.parse(run.stdout));
        expect(compiled.counts).toMatchObject({ fields: 8, criteria: 34, items: 62 });
        expect(compiled.total).toBe(100);
        expect(compiled.nodes.map((n) => n.max)).toEqual([18.5, 6, 22, 7, 14, 9.5, 16, 7]);
        expect(compiled.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(run.stdout).not.toContain(repositoryRoot);
    });

    test('the output is byte-identical on every run and from another working folder', async () => {
        const first = (await runCli(['compile', rubric])).stdout;
        const again = (await runCli(['compile', rubric])).stdout;
        const examples = path.join(repositoryRoot, 'examples');
        const elsewhere = (await runCli(['compile', path.relative(examples, rubric)], { cwd: examples })).stdout;
        expect(again).toBe(first);
        expect(elsewhere).toBe(first);
    });

    test('-o writes the file whole and leaves nothing else behind', async () => {
        const out = path.join(folder, 'out', 'huyen.json');
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, 'old content');
        const run = await runCli(['compile', rubric, '-o', out]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(fs.readFileSync(out, 'utf8')).toBe((await runCli(['compile', rubric])).stdout);
        expect(fs.readdirSync(path.dirname(out))).toEqual(['huyen.json']);
    });

    test('refuses to write over its input', async () => {
        const copy = write('copy.rubric', fs.readFileSync(rubric, 'utf8').replace(/import "[^"]*"/g, ''));
        const before = fs.readFileSync(copy, 'utf8');
        const run = await runCli(['compile', copy, '-o', path.join(folder, '.', 'copy.rubric')]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/copy\.rubric: the output is one of the inputs/);
        expect(fs.readFileSync(copy, 'utf8')).toBe(before);
    });

    test('an invalid rubric gives its findings with line and column, exit 1, and no output', async () => {
        const broken = write(
            'broken.rubric',
            `rubric B "Hỏng" {
  unitType district
  year 2022
  total 10
  field 1 "A" max 9 { criterion 1.1 "B" max 9 { judged } }
  grades { "Đạt" >= 50%  "Không đạt" otherwise }
}
`,
        );
        const out = path.join(folder, 'broken.json');
        const run = await runCli(['compile', broken, '-o', out]);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/broken\.rubric:4:9: error sum\/total: /);
        expect(fs.existsSync(out)).toBe(false);
    });

    test('a missing file is one line and exit 2', async () => {
        const run = await runCli(['compile', path.join(folder, 'nothing.rubric')]);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain('nothing.rubric: no such file');
    });
});

describe('rubric schema', () => {
    test('compiled: a JSON Schema the compiled rubric satisfies', async () => {
        const run = await runCli(['schema', 'compiled']);
        expect(run.status).toBe(0);
        const { Ajv2020 } = await import('ajv/dist/2020.js');
        const validate = new Ajv2020({ strict: false }).compile(JSON.parse(run.stdout));
        const compiled = JSON.parse((await runCli(['compile', rubric])).stdout);
        expect(validate(compiled)).toBe(true);
        expect(validate({ ...compiled, counts: { ...compiled.counts, fields: -1 } })).toBe(false);
    });

    test('assessment: a JSON Schema the example assessments satisfy', async () => {
        const run = await runCli(['schema', 'assessment']);
        expect(run.status).toBe(0);
        const { Ajv2020 } = await import('ajv/dist/2020.js');
        const validate = new Ajv2020({ strict: false }).compile(JSON.parse(run.stdout));
        const songCau = parse(fs.readFileSync(path.join(repositoryRoot, 'examples/huyen-2022/assessments/song-cau.yaml'), 'utf8'));
        expect(validate(songCau)).toBe(true);
        expect(validate({ ...songCau, unknown: 1 })).toBe(false);
    });

    test('an unknown kind is a usage error', async () => {
        const run = await runCli(['schema', 'rubric']);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
    });
});
