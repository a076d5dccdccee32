import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, type CliRun } from './run-cli.js';

const examples = path.join(repositoryRoot, 'examples');

let folder: string;
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-test-'));
    // a copy of the district rubric whose 90% on-time band moved to 91%: the edge case must catch it
    const broken = path.join(folder, 'broken');
    fs.mkdirSync(path.join(broken, 'huyen'), { recursive: true });
    fs.cpSync(path.join(examples, 'common'), path.join(broken, 'common'), { recursive: true });
    const source = fs.readFileSync(path.join(examples, 'huyen-2022/huyen-2022.rubric'), 'utf8');
    const moved = source.replace('bands onTimeRate { = 100%: 3  >= 95%: 2  >= 90%: 1  else: 0 }', 'bands onTimeRate { = 100%: 3  >= 95%: 2  >= 91%: 1  else: 0 }');
    expect(moved).not.toBe(source);
    fs.writeFileSync(path.join(broken, 'huyen/huyen-2022.rubric'), moved);
    fs.copyFileSync(path.join(examples, 'huyen-2022/huyen-2022.rubric-test.yaml'), path.join(broken, 'huyen/huyen-2022.rubric-test.yaml'));
    fs.cpSync(path.join(examples, 'huyen-2022/assessments'), path.join(broken, 'huyen/assessments'), { recursive: true });
    fs.writeFileSync(path.join(broken, '.rubric-root'), '');
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string): string {
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
}

function rubricTest(args: string[], lang = 'en', cwd?: string): Promise<CliRun> {
    return runCli(['test', ...args, '--lang', lang], { cwd });
}

function expectNoStackTrace(run: CliRun): void {
    expect(run.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
}

const brokenTests = () => path.join(folder, 'broken/huyen');

describe('rubric test: the examples', () => {
    test('every example rubric has test cases, and all of them pass', async () => {
        const run = await rubricTest(['examples', '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout) as { files: { file: string; cases: { passed: boolean }[] }[]; summary: { failed: number } };
        // every rubric of an example folder (the shared definitions in common/ are no rubric of their own)
        const rubrics = fs
            .readdirSync(examples, { withFileTypes: true })
            .filter((entry) => entry.isDirectory() && entry.name !== 'common')
            .flatMap((entry) => fs.readdirSync(path.join(examples, entry.name)).filter((name) => name.endsWith('.rubric')).map((name) => `examples/${entry.name}/${name}`));
        expect(rubrics.length).toBeGreaterThanOrEqual(5);
        expect(report.files.map((f) => f.file)).toEqual(rubrics.sort().map((rubric) => `${rubric}-test.yaml`));
        for (const file of report.files) expect(file.cases.length).toBeGreaterThanOrEqual(5);
        expect(report.summary.failed).toBe(0);
    });

    test('without a path it runs the test files under the working folder, in Vietnamese with --lang vi', async () => {
        const run = await rubricTest([], 'vi', path.join(examples, 'huyen-2022'));
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('✓ UBND thị xã Sông Cầu scores 73.34, as published');
        expect(run.stdout).toMatch(/14 trường hợp: 14 đạt, 0 không đạt\n$/);
    });
});

describe('rubric test: a threshold moved by mistake', () => {
    test('pretty: the band-edge case fails with expected vs actual and the rule that fired; exit 1', async () => {
        const run = await rubricTest([brokenTests()], 'en', brokenTests());
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('✗ a unit at 90% on-time processing still scores 1 point');
        expect(run.stdout).toContain('huyen-2022.rubric-test.yaml:9:26: score of 3.4.1: expected 1, got 0\n      Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn 90% fits no band → 0 points');
        // Sông Cầu is at 98.2%: above both thresholds, so only the edge case notices
        expect(run.stdout).toMatch(/14 cases: 13 passed, 1 failed\n$/);
    });

    test('in Vietnamese the reason is the engine\'s Vietnamese text', async () => {
        const run = await rubricTest([brokenTests()], 'vi', brokenTests());
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('điểm 3.4.1: mong đợi 1, thực tế 0\n      Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn 90% không thuộc ngưỡng nào → 0 điểm');
    });

    test('json: the failed case with its mismatch, its place and the reason', async () => {
        const run = await rubricTest([brokenTests(), '--format', 'json'], 'en', brokenTests());
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout) as { files: { cases: { name: string; passed: boolean; mismatches: unknown[] }[] }[]; summary: unknown };
        const failed = report.files[0].cases.filter((c) => !c.passed);
        expect(failed.map((c) => c.name)).toEqual(['a unit at 90% on-time processing still scores 1 point']);
        expect(failed[0].mismatches[0]).toEqual({ subject: 'score', code: '3.4.1', expected: '1', actual: '0', because: 'Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn 90% fits no band → 0 points', line: 9, column: 26 });
        expect(report.summary).toEqual({ cases: 14, passed: 13, failed: 1 });
    });

    test('junit: one failure in a suite of 14, with expected vs actual', async () => {
        const run = await rubricTest([brokenTests(), '--format', 'junit'], 'en', brokenTests());
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('<testsuites name="rubric test" tests="14" failures="1" errors="0">');
        expect(run.stdout).toMatch(/<testcase classname="huyen-2022.rubric-test.yaml" name="a unit at 90% on-time processing still scores 1 point">\n\s+<failure type="rubric test" message="score of 3.4.1: expected 1, got 0">/);
        expect(run.stdout).toContain('<testcase classname="huyen-2022.rubric-test.yaml" name="UBND thị xã Sông Cầu scores 73.34, as published"/>');
    });

    test('github: an error annotation on the expectation\'s line', async () => {
        const run = await rubricTest([brokenTests(), '--format', 'github'], 'en', brokenTests());
        expect(run.status).toBe(1);
        const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
        expect(errors).toEqual([
            '::error file=huyen-2022.rubric-test.yaml,line=9,col=26,title=a unit at 90%25 on-time processing still scores 1 point::score of 3.4.1: expected 1, got 0%0ATỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn 90%25 fits no band → 0 points',
            '::error file=huyen-2022.rubric-test.yaml,line=10,col=27,title=a unit at 90%25 on-time processing still scores 1 point::reason of 3.4.1: expected it to contain "≥ 90%25", got "Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn 90%25 fits no band → 0 points"',
        ]);
    });
});

describe('rubric test: what a case compares', () => {
    const rubric = path.join(examples, 'huyen-2022/huyen-2022.rubric');

    test('a total, a grade, a reason and problems that differ are each reported', async () => {
        const file = write(
            'compare/wrong.rubric-test.yaml',
            [
                `rubric: ${JSON.stringify(rubric)}`,
                'cases:',
                '  - name: wrong figures for Sông Cầu',
                `    assessment: ${JSON.stringify(path.join(examples, 'huyen-2022/assessments/song-cau.yaml'))}`,
                '    expect:',
                '      total: 80',
                '      grade: Tốt',
                '  - name: a deduction claimed to stop at 1',
                '    metrics: { unapologisedLate: 7 }',
                '    expect:',
                '      scores: { "3.4.2": 1 }',
                '      reasons: { "3.4.2": "per late file" }',
                '      problems: [assessment/unknown-outcome]',
                '',
            ].join('\n'),
        );
        const run = await rubricTest([file]);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('wrong.rubric-test.yaml:6:14: total: expected 80, got 73.34\n      fields 1: 17.64, 2: 5.9, 3: 12, 4: 7, 5: 11, 6: 5.5, 7: 8.42, 8: 5.88; bonus 0, penalty 0');
        expect(run.stdout).toContain('wrong.rubric-test.yaml:7:14: grade: expected Tốt, got Khá');
        const reason = '2 − 0.5 × 7 (Số hồ sơ sai sót, trễ hạn không có văn bản xin lỗi) → 0 points; missing evidence "Văn bản xin lỗi tổ chức, cá nhân đối với hồ sơ sai sót, trễ hạn" (flagged for the council)';
        expect(run.stdout).toContain(`wrong.rubric-test.yaml:11:26: score of 3.4.2: expected 1, got 0\n      ${reason}`);
        expect(run.stdout).toContain(`wrong.rubric-test.yaml:12:27: reason of 3.4.2: expected it to contain "per late file", got "${reason}"`);
        expect(run.stdout).toContain('wrong.rubric-test.yaml:13:17: problems: expected assessment/unknown-outcome, got none');
        expect(run.stdout).toMatch(/2 cases: 0 passed, 2 failed\n$/);
    });

    test('an item case is not failed by the rest of the unit being unanswered, but is by its own missing input', async () => {
        const file = write(
            'compare/scope.rubric-test.yaml',
            [
                `rubric: PAR_HUYEN_2022`,
                'cases:',
                '  - name: the on-time band without its metric',
                '    expect: { scores: { "3.4.1": 0 } }',
                '',
            ].join('\n'),
        );
        fs.copyFileSync(rubric, path.join(folder, 'compare/huyen-2022.rubric'));
        fs.cpSync(path.join(examples, 'common'), path.join(folder, 'common'), { recursive: true });
        const run = await rubricTest([file, '--root', folder]);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('scope.rubric-test.yaml:3:5: problems: expected none, got assessment/missing-answer\n      metrics.onTimeRate: Missing the metric "onTimeRate"');
        expect(run.stdout).not.toContain('1.1.1');
    });
});

describe('rubric test: mistakes in the input', () => {
    test('a malformed test file gives every mistake at its line and column, runs nothing, exit 2', async () => {
        const file = write(
            'bad/shape.rubric-test.yaml',
            [
                'cases:',
                '  - name: no expectation',
                '    metrics: { onTimeRate: 90 }',
                '  - name: a typo and a figure that is no number',
                '    expct: {}',
                '    expect:',
                '      scores: { "3.4.1": one }',
                '  - expect: { grade: 3 }',
                '',
            ].join('\n'),
        );
        const run = await rubricTest([file]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expectNoStackTrace(run);
        expect(run.stderr.trimEnd().split('\n')).toEqual([
            expect.stringMatching(/shape\.rubric-test\.yaml:2:5: cases\[0\]: the case has no expect: what the scoring must give$/),
            expect.stringMatching(/shape\.rubric-test\.yaml:5:12: cases\[1\]\.expct: unknown key "expct" \(expected one of name, assessment, metrics, items, survey, bonuses, penalties, notApplicable, expect\)$/),
            expect.stringMatching(/shape\.rubric-test\.yaml:7:26: cases\[1\]\.expect\.scores\["3\.4\.1"\]: expected points \(a number with at most 6 decimals\)$/),
            expect.stringMatching(/shape\.rubric-test\.yaml:8:5: cases\[2\]: the case has no name$/),
            expect.stringMatching(/shape\.rubric-test\.yaml:8:22: cases\[2\]\.expect\.grade: expected the name of a grade$/),
            '1 file has mistakes; no case was run',
        ]);
    });

    test('codes the rubric lacks and answers of the wrong shape are placed in the test file', async () => {
        const file = write(
            'bad/codes.rubric-test.yaml',
            [
                `rubric: ${JSON.stringify(path.join(examples, 'huyen-2022/huyen-2022.rubric'))}`,
                'cases:',
                '  - name: a code the rubric lacks',
                '    expect:',
                '      scores: { "3.4.9": 1 }',
                '  - name: an answer of the wrong shape',
                '    items: { "3.4.1": { choise: 1 } }',
                '    expect: { problems: [assessment/typo] }',
                '',
            ].join('\n'),
        );
        const run = await rubricTest([file]);
        expect(run.status).toBe(2);
        expectNoStackTrace(run);
        expect(run.stderr.trimEnd().split('\n')).toEqual([
            expect.stringMatching(/codes\.rubric-test\.yaml:5:26: cases\[0\]\.expect\.scores\["3\.4\.9"\]: the rubric has no item "3\.4\.9"$/),
            expect.stringMatching(/codes\.rubric-test\.yaml:8:26: cases\[1\]\.expect\.problems\[0\]: "assessment\/typo" is not a problem code \(assessment\/schema, /),
            expect.stringMatching(/codes\.rubric-test\.yaml:7:33: cases\[1\]\.items\["3\.4\.1"\]\.choise: Unknown key "choise"$/),
            '1 file has mistakes; no case was run',
        ]);
    });

    test('invalid YAML is one located message', async () => {
        const file = write('yaml/x.rubric-test.yaml', 'cases:\n  - name: [unclosed\n');
        const run = await rubricTest([file]);
        expect(run.status).toBe(2);
        expectNoStackTrace(run);
        expect(run.stderr).toMatch(/x\.rubric-test\.yaml:\d+:\d+: invalid YAML: /);
    });

    test('a test file without a rubric beside it says how to name one', async () => {
        const file = write('alone/orphan.rubric-test.yaml', 'cases:\n  - name: x\n    expect: { total: 1 }\n');
        const run = await rubricTest([file]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/orphan\.rubric-test\.yaml:1:1: no rubric .*orphan\.rubric; name it with rubric: FILE or rubric: ID/);
    });

    test('a rubric id that no .rubric file beside the test declares', async () => {
        const file = write('alone/by-id.rubric-test.yaml', 'rubric: PAR_NOWHERE\ncases:\n  - name: x\n    expect: { total: 1 }\n');
        const run = await rubricTest([file]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/by-id\.rubric-test\.yaml:1:9: rubric: no \.rubric file in .* declares the rubric PAR_NOWHERE/);
    });

    test('a rubric with errors is reported as rubric check reports it, exit 2', async () => {
        write('errors/r.rubric', 'rubric R "x" {\n  unitType district\n  year 2022\n  oops\n}\n');
        const file = write('errors/r.rubric-test.yaml', 'cases:\n  - name: x\n    expect: { total: 1 }\n');
        const run = await rubricTest([file]);
        expect(run.status).toBe(2);
        expectNoStackTrace(run);
        expect(run.stderr).toMatch(/r\.rubric:\d+:\d+: error /);
        expect(run.stderr).toMatch(/rubric: .*r\.rubric: the rubric has \d+ errors? to fix first/);
    });

    test('no test files, a missing path and a file that is no test file: exit 2 with one line', async () => {
        const empty = path.join(folder, 'empty');
        fs.mkdirSync(empty, { recursive: true });
        expect(await rubricTest([empty])).toMatchObject({ status: 2, stderr: 'rubric: no test files found (*.rubric-test.yaml)\n' });
        expect(await rubricTest([path.join(folder, 'missing')])).toMatchObject({ status: 2, stderr: expect.stringContaining('no such file or directory') });
        const run = await rubricTest([path.join(examples, 'huyen-2022/huyen-2022.rubric')]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('not a test file (its name must end in .rubric-test.yaml)');
    });
});
