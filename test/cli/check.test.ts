import AjvDraft04 from 'ajv-draft-04';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';

let folder: string;

const VALID = `rubric R "Bộ chỉ số thử" {
  unitType district
  year 2022
  total 3
  metric rate percent "Tỷ lệ hồ sơ đúng hạn"
  field 1 "Chỉ đạo, điều hành" max 3 {
    item 1.1 "Ban hành kế hoạch" max 1 { choice { "Kịp thời": 1  "Không": 0 } }
    item 1.2 "Thực hiện kế hoạch" max 2 { bands rate { > 90%: 2  >= 70%: 1  else: 0 } }
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}
`;

beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-check-'));
    fs.writeFileSync(path.join(folder, 'valid.rubric'), VALID);
    fs.writeFileSync(path.join(folder, 'wrong-total.rubric'), VALID.replace('total 3', 'total 3.25').replace('metric rate', 'metric spare number "x"\n  metric rate'));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric check', () => {
    test('a valid rubric exits 0 and says so', async () => {
        const run = await runCli(['check', path.join(folder, 'valid.rubric')]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('1 file: 0 errors, 0 warnings');
    });

    test('findings exit 1 with file:line:column, code and message; Vietnamese with --lang vi', async () => {
        const run = await runCli(['check', folder, '--lang', 'vi']);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('wrong-total.rubric:4:9: error sum/total: Các lĩnh vực cộng lại 3 điểm, phải bằng tổng 3,25 điểm');
        expect(run.stdout).toContain('warning metric/unused');
        expect(run.stdout).toContain('2 tệp: 1 lỗi, 1 cảnh báo');
    });

    test('--format json follows the contract', async () => {
        const run = await runCli(['check', path.join(folder, 'wrong-total.rubric'), '--format', 'json']);
        expect(run.status).toBe(1);
        const { findings } = JSON.parse(run.stdout);
        expect(findings).toContainEqual({
            file: expect.stringContaining('wrong-total.rubric'),
            line: 4,
            column: 9,
            endLine: 4,
            endColumn: 13,
            severity: 'error',
            code: 'sum/total',
            message: 'The fields add up to 3 points, not the declared total of 3.25',
        });
    });

    test('--strict fails on warnings', async () => {
        const file = path.join(folder, 'warning-only.rubric');
        fs.writeFileSync(file, VALID.replace('metric rate', 'metric spare number "x"\n  metric rate'));
        expect((await runCli(['check', file])).status).toBe(0);
        expect((await runCli(['check', file, '--strict'])).status).toBe(1);
    });

    test('--format github prints one workflow annotation per finding', async () => {
        const run = await runCli(['check', path.join(folder, 'wrong-total.rubric'), '--format', 'github']);
        const lines = run.stdout.trim().split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatch(/^::error file=.*,line=4,col=9,.*title=sum\/total::The fields add up to 3 points/);
        expect(lines[1]).toMatch(/^::warning file=.*wrong-total\.rubric,line=5,col=10,endLine=5,endColumn=15,title=metric\/unused::The metric spare is declared but never used$/);
    });

    test('--format sarif validates against the SARIF 2.1.0 schema', async () => {
        const run = await runCli(['check', folder, '--format', 'sarif']);
        const log = JSON.parse(run.stdout);
        const schemaFile = path.join(repositoryRoot, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
        // a CommonJS module: its class is the module itself and its `default`
        const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
        const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
        expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
        expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('sum/total');
    });

    test('--format junit gives a failing test case per error', async () => {
        const run = await runCli(['check', folder, '--format', 'junit']);
        expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
        expect(run.stdout).toContain('<testsuites name="rubric check" tests="4" failures="1" errors="0">');
        expect(run.stdout).toMatch(/<failure type="sum\/total" message="The fields add up to 3 points, not the declared total of 3.25">/);
    });

    test('a missing path is a usage error (exit 2) with one line and no stack trace', async () => {
        const run = await runCli(['check', path.join(folder, 'nope.rubric')]);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain('nope.rubric: no such file or directory');
    });

    test('an unknown format is a usage error', async () => {
        expect((await runCli(['check', folder, '--format', 'xml'])).status).toBe(2);
    });
});
