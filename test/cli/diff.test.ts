import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, type CliRun } from './run-cli.js';
import { docxWords } from './word/docx-text.js';

const huyen2022 = path.join(repositoryRoot, 'examples/huyen-2022/huyen-2022.rubric');
const huyen2023 = path.join(repositoryRoot, 'examples/huyen-2023/huyen-2023.rubric');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-diff-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function diff(args: string[], lang = 'en'): Promise<CliRun> {
    return runCli(['diff', huyen2022, huyen2023, ...args, '--lang', lang]);
}

function expectNoStackTrace(run: CliRun): void {
    expect(run.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
}

describe('rubric diff huyen-2022 huyen-2023: exactly the five changes the 2023 file makes', () => {
    test('pretty, in English', async () => {
        const run = await diff([]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(
            [
                'Rubric comparison: PAR_HUYEN_2022 (2022) → PAR_HUYEN_2023 (2023)',
                '1 criterion added, 1 removed, 2 re-weighted, 1 renumbered, 1 scored differently',
                '',
                'Added:',
                '  Criterion 1.6 «Ứng dụng công nghệ số trong theo dõi, đánh giá công tác CCHC», max 1.5 points',
                '',
                'Removed:',
                '  Criterion 1.5 «Sáng kiến, mô hình mới trong chỉ đạo, điều hành CCHC», max 1.5 points',
                '',
                'Renumbered:',
                '  Criterion 1.6 → 1.5 «Thực hiện nhiệm vụ được giao và sự năng động trong chỉ đạo, điều hành»',
                '',
                'Re-weighted:',
                '  5.5.1 «Cán bộ, công chức, viên chức bị kỷ luật từ khiển trách trở lên»: 1.5 → 1 point (share 1.5% → 1%)',
                '  5.5.2 «Thực hiện quy định về văn hóa công vụ và kiểm tra công vụ»: 1.5 → 2 points (share 1.5% → 2%)',
                '',
                'Scoring, evidence and wording:',
                '  3.4.1 «Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn»',
                '    - threshold ≥ 90% (1 point) moved to ≥ 85%',
                '',
            ].join('\n'),
        );
    });

    test('pretty, in Vietnamese, with Vietnamese decimals', async () => {
        const run = await diff([], 'vi');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(
            [
                'So sánh bộ chỉ số: PAR_HUYEN_2022 (2022) → PAR_HUYEN_2023 (2023)',
                '1 tiêu chí thêm mới, 1 bỏ, 2 thay đổi điểm, 1 đánh số lại, 1 thay đổi cách chấm',
                '',
                'Thêm mới:',
                '  Tiêu chí 1.6 «Ứng dụng công nghệ số trong theo dõi, đánh giá công tác CCHC», tối đa 1,5 điểm',
                '',
                'Bỏ:',
                '  Tiêu chí 1.5 «Sáng kiến, mô hình mới trong chỉ đạo, điều hành CCHC», tối đa 1,5 điểm',
                '',
                'Đánh số lại:',
                '  Tiêu chí 1.6 → 1.5 «Thực hiện nhiệm vụ được giao và sự năng động trong chỉ đạo, điều hành»',
                '',
                'Thay đổi điểm tối đa:',
                '  5.5.1 «Cán bộ, công chức, viên chức bị kỷ luật từ khiển trách trở lên»: 1,5 → 1 điểm (tỷ trọng 1,5% → 1%)',
                '  5.5.2 «Thực hiện quy định về văn hóa công vụ và kiểm tra công vụ»: 1,5 → 2 điểm (tỷ trọng 1,5% → 2%)',
                '',
                'Thay đổi cách chấm, tài liệu kiểm chứng và nội dung:',
                '  3.4.1 «Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn»',
                '    - ngưỡng ≥ 90% (1 điểm) chuyển thành ≥ 85%',
                '',
            ].join('\n'),
        );
    });

    test('json names the same changes as data, the same in both languages and on every run', async () => {
        const en = await diff(['--format', 'json']);
        const vi = await diff(['--format', 'json'], 'vi');
        const again = await diff(['--format', 'json']);
        expect(en.status).toBe(0);
        expect(vi.stdout).toBe(en.stdout);
        expect(again.stdout).toBe(en.stdout);
        const json = JSON.parse(en.stdout);
        expect(json.format).toBe('par-rubric/diff@1');
        expect(json.summary).toEqual({ added: 1, removed: 1, reweighted: 2, moved: 1, rescored: 1 });
        expect(json.added).toEqual([{ code: '1.6', kind: 'criterion', title: 'Ứng dụng công nghệ số trong theo dõi, đánh giá công tác CCHC', max: 1.5, descendants: 0 }]);
        expect(json.removed).toEqual([{ code: '1.5', kind: 'criterion', title: 'Sáng kiến, mô hình mới trong chỉ đạo, điều hành CCHC', max: 1.5, descendants: 0 }]);
        expect(json.moved).toEqual([{ before: '1.6', after: '1.5', kind: 'criterion', title: 'Thực hiện nhiệm vụ được giao và sự năng động trong chỉ đạo, điều hành' }]);
        expect(json.reweighted.map((r: Record<string, unknown>) => [r.before, r.after, r.maxBefore, r.maxAfter, r.shareBefore, r.shareAfter])).toEqual([
            ['5.5.1', '5.5.1', 1.5, 1, 1.5, 1],
            ['5.5.2', '5.5.2', 1.5, 2, 1.5, 2],
        ]);
        expect(json.nodes).toEqual([
            {
                before: '3.4.1',
                after: '3.4.1',
                kind: 'item',
                title: 'Tỷ lệ hồ sơ TTHC được giải quyết đúng và trước hạn',
                other: [],
                scoring: [
                    {
                        kind: 'bandThreshold',
                        before: { operator: '>=', threshold: 90, percent: true, label: null, points: 1 },
                        after: { operator: '>=', threshold: 85, percent: true, label: null, points: 1 },
                    },
                ],
                evidence: [],
            },
        ]);
        expect([json.header, json.documents, json.grades, json.adjustments].flat()).toEqual([]);
    });

    test('markdown: the summary in bold, the re-weights as a table, one section per kind of change', async () => {
        for (const [lang, summary, row] of [
            ['en', '**1 criterion added, 1 removed, 2 re-weighted, 1 renumbered, 1 scored differently**', '| 5.5.2 | Thực hiện quy định về văn hóa công vụ và kiểm tra công vụ | 1.5 | 2 | 1.5% | 2% |'],
            ['vi', '**1 tiêu chí thêm mới, 1 bỏ, 2 thay đổi điểm, 1 đánh số lại, 1 thay đổi cách chấm**', '| 5.5.2 | Thực hiện quy định về văn hóa công vụ và kiểm tra công vụ | 1,5 | 2 | 1,5% | 2% |'],
        ]) {
            const run = await diff(['--format', 'md'], lang);
            expect(run.status).toBe(0);
            expect(run.stdout).toContain(summary);
            expect(run.stdout).toContain(row);
            expect(run.stdout.match(/^## .*/gm)).toHaveLength(5);
        }
        const en = (await diff(['--format', 'md'])).stdout;
        expect(en).toContain('- Criterion 1.6 → 1.5 «Thực hiện nhiệm vụ được giao và sự năng động trong chỉ đạo, điều hành»');
        expect(en).toContain('  - threshold ≥ 90% (1 point) moved to ≥ 85%');
    });

    test('html: a page in the chosen language under the score report\'s CSP, no script', async () => {
        for (const [lang, summary, threshold] of [
            ['en', '1 criterion added, 1 removed, 2 re-weighted, 1 renumbered, 1 scored differently', 'threshold ≥ 90% (1 point) moved to ≥ 85%'],
            ['vi', '1 tiêu chí thêm mới, 1 bỏ, 2 thay đổi điểm, 1 đánh số lại, 1 thay đổi cách chấm', 'ngưỡng ≥ 90% (1 điểm) chuyển thành ≥ 85%'],
        ]) {
            const run = await diff(['--format', 'html'], lang);
            expect(run.status).toBe(0);
            expect(run.stdout).toContain(`<html lang="${lang}">`);
            expect(run.stdout).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'">/);
            expect(run.stdout).toContain(`<p class="summary">${summary}</p>`);
            expect(run.stdout).toContain(`<li>${threshold}</li>`);
            expect(run.stdout).not.toContain('<script');
        }
    });

    test('docx: a Word document in the decree\'s typography, in the chosen language, the same bytes on every run', async () => {
        for (const [lang, summary, row, threshold] of [
            ['vi', '1 tiêu chí thêm mới, 1 bỏ, 2 thay đổi điểm, 1 đánh số lại, 1 thay đổi cách chấm', '5.5.2|Thực hiện quy định về văn hóa công vụ và kiểm tra công vụ|1,5|2|1,5%|2%', '+ ngưỡng ≥ 90% (1 điểm) chuyển thành ≥ 85%'],
            ['en', '1 criterion added, 1 removed, 2 re-weighted, 1 renumbered, 1 scored differently', '5.5.2|Thực hiện quy định về văn hóa công vụ và kiểm tra công vụ|1.5|2|1.5%|2%', '+ threshold ≥ 90% (1 point) moved to ≥ 85%'],
        ]) {
            const out = path.join(folder, `diff-${lang}.docx`);
            const run = await diff(['--format', 'docx', '-o', out], lang);
            expect(run.status).toBe(0);
            expect(run.stdout).toBe('');
            const { words, document, zip } = await docxWords(fs.readFileSync(out));
            expect(words).toContain(`PAR_HUYEN_2022 (2022) → PAR_HUYEN_2023 (2023)||${summary}`);
            expect(words).toContain(row);
            expect(words).toContain(threshold);
            // A4 portrait, Times New Roman 13
            expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
            expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>\s*<w:sz w:val="26"\/>/);
            const again = path.join(folder, `diff-${lang}-again.docx`);
            await diff(['--format', 'docx', '-o', again], lang);
            expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
        }
    });

    test('docx needs -o: one line, exit 2', async () => {
        const run = await diff(['--format', 'docx']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('rubric: the docx format is a binary file: use -o FILE\n');
        expect(run.stdout).toBe('');
    });

    test('-o writes the report to a file and prints nothing', async () => {
        const out = path.join(folder, 'diff.md');
        const run = await diff(['--format', 'md', '-o', out]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(fs.readFileSync(out, 'utf8')).toBe((await diff(['--format', 'md'])).stdout);
    });
});

describe('rubric diff: other inputs', () => {
    test('a rubric compared with itself: no changes, exit 0', async () => {
        const run = await runCli(['diff', huyen2022, huyen2022, '--lang', 'en']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('0 criteria added, 0 removed, 0 re-weighted, 0 renumbered, 0 scored differently\n\nNo changes.\n');
    });

    test('compiled JSON works as either side, and gives the same diff', async () => {
        const compiled = path.join(folder, 'huyen-2022.json');
        expect((await runCli(['compile', huyen2022, '-o', compiled])).status).toBe(0);
        const fromJson = await runCli(['diff', compiled, huyen2023, '--format', 'json']);
        expect(fromJson.status).toBe(0);
        expect(fromJson.stdout).toBe((await diff(['--format', 'json'])).stdout);
    });

    test('a rubric with errors: its located findings, exit 2, no diff', async () => {
        const bad = path.join(folder, 'bad.rubric');
        fs.writeFileSync(bad, 'rubric T "T" {\n  unitType district\n  year 2022\n  total 10\n  field 1 "A" max 5 { criterion 1.1 "B" max 5 { judged step 0.5 } }\n}\n');
        const run = await runCli(['diff', bad, huyen2023, '--lang', 'en'], { cwd: folder });
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('bad.rubric:4:9: error sum/total: The fields add up to 5 points, not the declared total of 10');
        expect(run.stderr).toContain('rubric: bad.rubric: the rubric has 1 error to fix first (rubric check)');
        expectNoStackTrace(run);
    });

    test('a missing file: one line naming it, exit 2', async () => {
        const run = await runCli(['diff', huyen2022, path.join(folder, 'nothere.rubric'), '--lang', 'en']);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^rubric: .*nothere\.rubric: no such file\n$/);
        expectNoStackTrace(run);
    });

    test('-o onto one of the inputs is refused, and the input stays as it was', async () => {
        const before = fs.readFileSync(huyen2023, 'utf8');
        const run = await diff(['-o', huyen2023]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('the output is one of the inputs; refusing to overwrite it');
        expect(fs.readFileSync(huyen2023, 'utf8')).toBe(before);
    });

    test('an unknown format is a usage error', async () => {
        const run = await diff(['--format', 'docx']);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
    });

    test('titles cannot inject markup or terminal sequences into any format', async () => {
        const compiled = path.join(folder, 'hostile-before.json');
        expect((await runCli(['compile', huyen2022, '-o', compiled])).status).toBe(0);
        const rubric = JSON.parse(fs.readFileSync(compiled, 'utf8'));
        const hostile = structuredClone(rubric);
        hostile.nodes[0].title = '<img src=x onerror=alert(1)> [link](http://x) | \u001b[31mred';
        const after = path.join(folder, 'hostile-after.json');
        fs.writeFileSync(after, JSON.stringify(hostile));
        const html = (await runCli(['diff', compiled, after, '--format', 'html'])).stdout;
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).not.toContain('<img');
        const md = (await runCli(['diff', compiled, after, '--format', 'md'])).stdout;
        expect(md).toContain('\\<img src=x onerror=alert(1)> \\[link\\](http://x) \\| \\\\u{1b}\\[31mred');
        expect(md).not.toContain('\u001b');
        const pretty = (await runCli(['diff', compiled, after])).stdout;
        expect(pretty).toContain('\\u{1b}[31mred');
        expect(pretty).not.toContain('\u001b');
    });
});
