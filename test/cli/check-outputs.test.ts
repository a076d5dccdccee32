import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot } from './run-cli.js';
import { runCli as runInProcess } from './run-cli.js';

const WITH_WARNING = `rubric R "Bộ chỉ số thử" {
  unitType district
  year 2022
  total 1
  metric spare number "Chưa dùng"
  field 1 "Chỉ đạo, điều hành" max 1 {
    item 1.1 "Ban hành kế hoạch" max 1 { choice { "Kịp thời": 1  "Không": 0 } }
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}
`;

// outside the working folder (the repository): a relative path would be a chain of "../"
let folder: string;
let rubric: string;
beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-outputs-'));
    rubric = path.join(folder, 'warned.rubric');
    fs.writeFileSync(rubric, WITH_WARNING);
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric check: one display-path rule', () => {
    test('a file outside the working folder is named by its absolute path, as score names it', async () => {
        const run = await runInProcess(['check', rubric]);
        expect(run.stdout).toContain(`${rubric}:5:10: warning metric/unused`);
        expect(run.stdout).not.toContain('../');
    });
});

describe('rubric check --format sarif', () => {
    test("the tool's version is the CLI's own, no placeholder address, and each rule has its help text", async () => {
        const run = await runInProcess(['check', rubric, '--format', 'sarif']);
        const { version } = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'packages/cli/package.json'), 'utf8'));
        const driver = JSON.parse(run.stdout).runs[0].tool.driver;
        expect(driver.version).toBe(version);
        expect(run.stdout).not.toContain('example.invalid');
        expect(driver.rules).toEqual([expect.objectContaining({ id: 'metric/unused', help: { text: expect.stringContaining('spare') } })]);
    });

    test("where the runner names the project's address, each rule links to its section of the language reference", async () => {
        const home = 'https://github.com/example-province/par-rubric';
        for (const lang of ['en', 'vi'] as const) {
            const run = await runInProcess(['check', rubric, '--format', 'sarif', '--lang', lang], { env: { PAR_RUBRIC_HOME: home } });
            const [rule] = JSON.parse(run.stdout).runs[0].tool.driver.rules;
            expect(rule.helpUri).toBe(`${home}/blob/HEAD/docs/reference.${lang}.md#metric-unused`);
            // the anchor the link names is there in the document of that language
            expect(fs.readFileSync(path.join(repositoryRoot, `docs/reference.${lang}.md`), 'utf8')).toContain('<a id="metric-unused"></a>');
        }
        const without = await runInProcess(['check', rubric, '--format', 'sarif']);
        expect(JSON.parse(without.stdout).runs[0].tool.driver.rules[0].helpUri).toBeUndefined();
    });

    test('the help text is in the chosen language', async () => {
        const en = JSON.parse((await runInProcess(['check', rubric, '--format', 'sarif'])).stdout).runs[0].tool.driver.rules[0].help.text;
        const vi = JSON.parse((await runInProcess(['check', rubric, '--format', 'sarif', '--lang', 'vi'])).stdout).runs[0].tool.driver.rules[0].help.text;
        expect(vi).not.toBe(en);
    });
});

describe('rubric check --format junit', () => {
    test('with --strict a warning is a failure, as the exit code says', async () => {
        const strict = await runInProcess(['check', rubric, '--format', 'junit', '--strict']);
        expect(strict.status).toBe(1);
        expect(strict.stdout).toMatch(/<testsuites name="rubric check" tests="1" failures="1"/);
        expect(strict.stdout).toContain('<failure type="metric/unused"');
        const lenient = await runInProcess(['check', rubric, '--format', 'junit']);
        expect(lenient.status).toBe(0);
        expect(lenient.stdout).toMatch(/<testsuites name="rubric check" tests="1" failures="0"/);
    });
});

describe('rubric check and fmt on a file that is not a rubric', () => {
    test.each(['check', 'fmt'])('%s notes.txt: a usage message, exit 2', async (verb) => {
        const notes = path.join(folder, 'notes.txt');
        fs.writeFileSync(notes, 'x');
        const run = await runInProcess([verb, notes]);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`rubric: ${notes}: not a .rubric file (rubric check and rubric fmt take .rubric files or folders)\n`);
    });
});

describe('rubric fmt --write on a file with a syntax error', () => {
    test('says the file was not formatted, exit 1, and counts no file as already formatted', async () => {
        const broken = path.join(folder, 'broken.rubric');
        fs.writeFileSync(broken, 'rubric R {\n  field 1 "A max 1\n}\n');
        const run = await runInProcess(['fmt', '--write', broken]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/\(file not formatted\)\n1 file has an error and was not formatted\n$/);
        expect(run.stderr).not.toContain('already formatted');
        expect(fs.readFileSync(broken, 'utf8')).toBe('rubric R {\n  field 1 "A max 1\n}\n');
    });
});
