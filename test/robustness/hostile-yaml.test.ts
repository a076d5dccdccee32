import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAssessments } from '../../bench/generate-assessments.mjs';
import { repositoryRoot, runCli, type CliRun } from '../cli/run-cli.js';
import { stackTraceLines } from './cli-process.js';

// Alias expansions and nesting bombs in YAML assessments through the built CLI (`npm run build` first),
// in-process. They check what is read, not how fast (a busy machine must not fail them): the time of the
// alias case, which once took 28 s through a quadratic lookup, is in `npm run bench` (yaml-aliases).

const DISTRICT = 'huyen-2022/huyen-2022.rubric';
let work: string;
let assessment: Record<string, any>;
const at = (...parts: string[]) => path.join(work, ...parts);
const score = (file: string) => runCli(['score', '--rubric', DISTRICT, file], { cwd: work });

beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-yaml-'));
    for (const folder of ['huyen-2022', 'common']) fs.mkdirSync(at(folder));
    fs.copyFileSync(path.join(repositoryRoot, 'examples', DISTRICT), at(DISTRICT));
    fs.copyFileSync(path.join(repositoryRoot, 'examples/common/cchc-common.rubric'), at('common/cchc-common.rubric'));
    const compiled = await runCli(['compile', DISTRICT], { cwd: work });
    expect(compiled.status, compiled.stderr).toBe(0);
    assessment = generateAssessments(JSON.parse(compiled.stdout), 1, 11)[0];
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The generated assessment as YAML (JSON is YAML's flow style) with one item's evidence written as `evidence`. */
function withEvidence(file: string, evidence: string): string {
    const text = JSON.stringify({ ...assessment, items: { ...assessment.items, '1.1.1': { ...assessment.items['1.1.1'], evidence: '@' } } }, null, 1);
    fs.writeFileSync(at(file), text.replace('"@"', evidence));
    return file;
}

function expectCalm(run: CliRun): void {
    expect(stackTraceLines(run.stderr + run.stdout)).toEqual([]);
    expect(run.stderr).not.toMatch(/internal error|call stack/i);
}

const lineOf = (file: string, needle: string) => {
    const text = fs.readFileSync(at(file), 'utf8');
    return text.slice(0, text.indexOf(needle)).split('\n').length;
};

describe('YAML aliases are resolved once', () => {
    test('4,000 aliases after 40,000 values score like the same file written out', async () => {
        const values = new Array(20_000).fill('{title: t}').join(', ');
        const aliases = new Array(4_000).fill('*doc').join(', ');
        const file = withEvidence('aliases.yaml', `[${values}, &doc {title: Kế hoạch CCHC, ref: planDoc}, ${aliases}]`);
        const expanded = withEvidence('expanded.yaml', `[${values}, ${new Array(4_001).fill('{title: Kế hoạch CCHC, ref: planDoc}').join(', ')}]`);
        const aliased = await runCli(['score', '--rubric', DISTRICT, '--format', 'json', file], { cwd: work });
        expectCalm(aliased);
        expect(aliased.status, aliased.stderr).toBe(0);
        const plain = await runCli(['score', '--rubric', DISTRICT, '--format', 'json', expanded], { cwd: work });
        expect(aliased.stdout.replaceAll('aliases.yaml', 'expanded.yaml')).toBe(plain.stdout);
    });

    test('a billion laughs (10 levels of 10 aliases, 1.7 KB) stops at the value limit, at the alias that crosses it', async () => {
        const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
        for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${new Array(10).fill(`*a${i - 1}`).join(', ')}]`);
        const file = withEvidence('laughs.yaml', `{laughs: {${lines.join(', ')}}}`);
        const run = await score(file);
        expectCalm(run);
        expect(run.status).toBe(1);
        const [first, ...rest] = run.stderr.trim().split('\n');
        expect(first).toMatch(new RegExp(`^laughs\\.yaml:${lineOf(file, 'laughs')}:\\d+: too many values \\(at most 1000000\\)$`));
        expect(rest).toEqual(['1 assessment file has errors; nothing was scored']);
    });

    test('a problem in an aliased value is reported at the anchor and at each alias', async () => {
        const file = 'aliased-problem.yaml';
        const text = JSON.stringify({ ...assessment, items: { ...assessment.items, '1.1.1': '@1', '1.1.2': '@2' } }, null, 1);
        fs.writeFileSync(at(file), text.replace('"@1"', '&bad {"self": -1}').replace('"@2"', '*bad'));
        const run = await score(file);
        expectCalm(run);
        expect(run.status).toBe(1);
        const anchorLine = lineOf(file, '&bad');
        const aliasLine = lineOf(file, '*bad');
        expect(run.stderr).toMatch(new RegExp(`aliased-problem\\.yaml:${anchorLine}:\\d+: items\\["1\\.1\\.1"\\]\\.self: Must be at least 0`));
        expect(run.stderr).toMatch(new RegExp(`aliased-problem\\.yaml:${aliasLine}:\\d+: items\\["1\\.1\\.2"\\]\\.self: Must be at least 0`));
    });

    test('an alias inside its own anchor is a located problem, not a loop', async () => {
        const file = withEvidence('self-alias.yaml', '&loop [*loop]');
        const run = await score(file);
        expectCalm(run);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(new RegExp(`self-alias\\.yaml:${lineOf(file, '*loop')}:\\d+: items\\["1\\.1\\.1"\\]\\.evidence\\[0\\]: invalid alias`));
    });
});

describe('deep YAML nesting', () => {
    test('10,000 nested flow brackets and 5,000 nested block keys: one located line, exit 1', async () => {
        fs.writeFileSync(at('deep-flow.yaml'), `rubric: x\nnotes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
        fs.writeFileSync(at('deep-block.yaml'), `rubric: x\n${Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}`);
        for (const file of ['deep-flow.yaml', 'deep-block.yaml']) {
            const run = await score(file);
            expectCalm(run);
            expect(run.status, file).toBe(1);
            const [first, ...rest] = run.stderr.trim().split('\n');
            expect(first).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+: nested too deeply \\(at most 64 levels\\)$`));
            expect(rest).toEqual(['1 assessment file has errors; nothing was scored']);
        }
    });
});
