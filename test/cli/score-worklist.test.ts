import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';
import { docxWords } from './word/docx-text.js';

/**
 * The council's worklist in the score reports, on a small rubric whose one unit has one of each kind of
 * entry: a bonus and a penalty with their grounds, a field marked not applicable, a judged item not yet
 * appraised, an explanation not yet decided, and documents late, short (2 of 4), missing and only flagged.
 */
const fixtures = path.join(repositoryRoot, 'test/fixtures/worklist');
const rubric = path.join(fixtures, 'worklist.rubric');
const assessment = path.join(fixtures, 'xa-thu.yaml');

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-worklist-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Format = 'table' | 'md' | 'html' | 'xlsx' | 'docx';

/** The report's text, one worklist line per line where the format has lines: what a reader of that format sees. */
async function reportText(format: Format, lang: 'vi' | 'en', file = assessment): Promise<string> {
    if (format === 'xlsx' || format === 'docx') {
        const out = path.join(folder, `report-${lang}-${path.basename(file)}.${format}`);
        const run = await runCli(['score', '--rubric', rubric, file, '--format', format, '-o', out, '--lang', lang]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        if (format === 'docx') return unescapeXml((await docxWords(fs.readFileSync(out))).words.replaceAll('|', '\n'));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
        const rows: string[] = [];
        // the unit's sheet (the last: after the ranking and the across-units sheets; every file here is
        // scored, so no sheet of files not scored follows): code, title and the reason column's text
        workbook.worksheets.at(-1)!.eachRow((row) => {
            const cells = (row.values as unknown[]).slice(1).filter((v) => v !== null && v !== undefined && v !== '');
            rows.push(cells.length === 3 ? `${cells[0]} ${cells[1]}: ${cells[2]}` : cells.length === 2 ? `${cells[0]}: ${cells[1]}` : cells.join(' '));
        });
        return rows.join('\n');
    }
    const run = await runCli(['score', '--rubric', rubric, file, '--format', format, '--lang', lang]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return format === 'html' ? unescapeXml(run.stdout.replace(/<[^>]+>/g, '')) : run.stdout;
}

function unescapeXml(text: string): string {
    return text
        .replace(/&(quot|apos|#39|lt|gt);/g, (_, name: string) => ({ quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>' })[name]!)
        .replaceAll('&amp;', '&');
}

const FORMATS: readonly Format[] = ['table', 'md', 'html', 'xlsx', 'docx'];

/** Every format shows each of `lines` (code, title and text, as one line) in both languages. */
async function expectEverywhere(lines: { vi: string[]; en: string[] }, file = assessment): Promise<void> {
    for (const format of FORMATS) {
        for (const lang of ['vi', 'en'] as const) {
            const text = await reportText(format, lang, file);
            for (const line of lines[lang]) expect(text, `${format} --lang ${lang}`).toContain(line);
        }
    }
}

type ItemJson = { code: string; explanation: string | null; missingEvidence: null | { documents: object[]; outcome: string; cap: number | null; lost: number } };
type UnitJson = {
    adjustments: { kind: string; key: string; reasons: string[]; points: number }[];
    notApplicable: { code: string; title: string; max: number }[];
    items: ItemJson[];
    max: number;
};

async function unitJson(file = assessment): Promise<UnitJson> {
    const run = await runCli(['score', '--rubric', rubric, file, '--format', 'json']);
    expect(run.status).toBe(0);
    return (JSON.parse(run.stdout) as { results: UnitJson[] }).results[0];
}

function variant(name: string, edit: (text: string) => string): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, edit(fs.readFileSync(assessment, 'utf8')));
    return file;
}

describe('the worklist of `rubric score`, in every format that shows it', () => {
    test('each bonus and penalty says what it was for and how many points it gave or took', async () => {
        await expectEverywhere({
            vi: [
                'Sáng kiến CCHC được UBND tỉnh công nhận: cộng 1 điểm thưởng — Quyết định số 1422/QĐ-UBND ngày 28/9/2022 công nhận mô hình Một cửa thân thiện',
                'Người đứng đầu bị xử lý kỷ luật: bị trừ 0,5 điểm — Quyết định số 89/QĐ-UBND ngày 12/8/2022 khiển trách Phó Chủ tịch UBND xã',
            ],
            en: ['Sáng kiến CCHC được UBND tỉnh công nhận: +1 point bonus — Quyết định số 1422/QĐ-UBND', 'Người đứng đầu bị xử lý kỷ luật: −0.5 points penalty — Quyết định số 89/QĐ-UBND'],
        });
        const json = await unitJson();
        expect(json.adjustments.map((a) => [a.key, a.points, a.reasons])).toEqual([
            ['initiative', 1, ['Quyết định số 1422/QĐ-UBND ngày 28/9/2022 công nhận mô hình Một cửa thân thiện']],
            ['discipline', 0.5, ['Quyết định số 89/QĐ-UBND ngày 12/8/2022 khiển trách Phó Chủ tịch UBND xã']],
        ]);
    });

    test('a claim above the cap says what was claimed and what counted; a claim without grounds says so', async () => {
        const file = variant('capped.yaml', (text) => text.replace("{ key: initiative, points: 1, reason: 'Quyết định số 1422/QĐ-UBND ngày 28/9/2022 công nhận mô hình Một cửa thân thiện' }", '{ key: initiative, points: 1.5 }'));
        const md = await reportText('md', 'vi', file);
        expect(md).toContain('- Sáng kiến CCHC được UBND tỉnh công nhận: cộng 1 điểm thưởng — đề nghị 1,5, tối đa 1 — không nêu căn cứ');
        expect(await reportText('md', 'en', file)).toContain('+1 point bonus — claimed 1.5, capped at 1 — no grounds given');
    });

    test('the parts marked not applicable, and the maximum they took off the unit', async () => {
        await expectEverywhere({
            vi: ['Nội dung đơn vị đánh dấu không đánh giá', 'Điểm tối đa của đơn vị: 10 → 7', '2 Giải quyết hồ sơ liên thông: không đánh giá; điểm tối đa giảm 3'],
            en: ['Parts the unit marked not applicable', "The unit's maximum: 10 → 7", '2 Giải quyết hồ sơ liên thông: not assessed; 3 points off the maximum'],
        });
        const json = await unitJson();
        expect(json.notApplicable).toEqual([{ code: '2', title: 'Giải quyết hồ sơ liên thông', max: 3 }]);
        expect(json.max).toBe(7);
    });

    test('a judged item the council has not appraised, with its max (and the self score it stands on meanwhile)', async () => {
        await expectEverywhere({
            vi: ['1.4 Sáng kiến trong chỉ đạo điều hành: chưa được Hội đồng thẩm định; tạm tính theo điểm tự chấm 1,5/2'],
            en: ['1.4 Sáng kiến trong chỉ đạo điều hành: not yet appraised by the council; counted at the self score 1.5/2 for now'],
        });
        const unclaimed = variant('unclaimed.yaml', (text) => text.replace("  '1.4':\n    self: 1.5\n", ''));
        expect(await reportText('md', 'vi', unclaimed)).toContain('- 1.4 Sáng kiến trong chỉ đạo điều hành: chưa được Hội đồng thẩm định; tối đa 2 điểm');
        expect(await reportText('table', 'en', unclaimed)).toContain('1.4 Sáng kiến trong chỉ đạo điều hành: not yet appraised by the council; max 2 points');
        // once the council appraises it, it leaves the list
        const appraised = variant('appraised.yaml', (text) => text.replace("  '1.4':\n    self: 1.5\n", "  '1.4':\n    self: 1.5\n    appraisal1: 1.25\n"));
        expect(await reportText('md', 'vi', appraised)).not.toContain('1.4 Sáng kiến trong chỉ đạo điều hành: chưa được Hội đồng thẩm định');
    });

    test('an explanation the council has not decided on, with the score it stands at', async () => {
        await expectEverywhere({
            vi: ['Giải trình chờ Hội đồng quyết định', '1.5 Báo cáo CCHC năm: đơn vị đã giải trình, Hội đồng chưa quyết định; điểm hiện tại 0/1'],
            en: ["Explanations awaiting the council's decision", '1.5 Báo cáo CCHC năm: explained by the unit, not yet decided; now 0/1'],
        });
        expect((await unitJson()).items.find((i) => i.code === '1.5')!.explanation).toBe('pending');
        // accepted, it is decided: listed with the decision, and the document's absence no longer costs the point
        const accepted = variant('accepted.yaml', (text) => text.replace("sẽ gửi bổ sung' }", "sẽ gửi bổ sung', accepted: true }"));
        const md = await reportText('md', 'vi', accepted);
        expect(md).not.toContain('Giải trình chờ Hội đồng quyết định');
        expect(md).toContain('- 1.5 Báo cáo CCHC năm: chấp nhận — ');
        expect(md).toContain('- 1.5 Báo cáo CCHC năm: Báo cáo CCHC năm 2022: không có — giải trình được chấp nhận thay cho tài liệu, không trừ điểm');
    });

    test('what missing evidence did under the rubric’s rule: scored 0, capped, or only flagged, and the points it cost', async () => {
        await expectEverywhere({
            vi: [
                '1.5 Báo cáo CCHC năm: Báo cáo CCHC năm 2022: không có — chấm 0 điểm, mất 1 điểm',
                '1.2 Kiểm tra CCHC: Biên bản kiểm tra CCHC: 2/4 tài liệu — giới hạn ở 0,5 điểm, mất 1,5 điểm',
                '1.3 Tuyên truyền CCHC: Danh mục tin, bài tuyên truyền: không có — chỉ đánh dấu cho Hội đồng, không trừ điểm',
            ],
            en: [
                '1.5 Báo cáo CCHC năm: Báo cáo CCHC năm 2022: not supplied — scored 0, 1 point lost',
                '1.2 Kiểm tra CCHC: Biên bản kiểm tra CCHC: 2 of the required 4 documents — capped at 0.5, 1.5 points lost',
                '1.3 Tuyên truyền CCHC: Danh mục tin, bài tuyên truyền: not supplied — only flagged for the council, no points lost',
            ],
        });
        const items = (await unitJson()).items;
        const outcome = (code: string) => items.find((i) => i.code === code)!.missingEvidence;
        expect(outcome('1.5')).toMatchObject({ outcome: 'zero', cap: null, lost: 1 });
        expect(outcome('1.2')).toMatchObject({ outcome: 'cap', cap: 0.5, lost: 1.5 });
        expect(outcome('1.3')).toMatchObject({ outcome: 'flag', cap: null, lost: 0 });
        expect(outcome('1.4')).toBeNull();
        // appraised, the council's figure stands: the worklist says so instead of a cost
        const appraised = variant('appraised-1-1.yaml', (text) => text.replace("  '1.1':\n    choice: Có\n", "  '1.1':\n    choice: Có\n    appraisal1: 1\n"));
        expect(await reportText('md', 'vi', appraised)).toContain('- 1.1 Ban hành kế hoạch CCHC năm: Kế hoạch CCHC năm 2022: ban hành trễ hạn (ngày 14/02/2022; hạn 31/01/2022) — Hội đồng đã thẩm định: 1 điểm');
        expect(await reportText('md', 'en', appraised)).toContain('— appraised by the council: 1 point');
    });

    test('a document dated after the deadline is reported as late, with both dates, not as missing', async () => {
        await expectEverywhere({
            vi: ['1.1 Ban hành kế hoạch CCHC năm: Kế hoạch CCHC năm 2022: ban hành trễ hạn (ngày 14/02/2022; hạn 31/01/2022) — chấm 0 điểm, mất 1 điểm'],
            en: ['1.1 Ban hành kế hoạch CCHC năm: Kế hoạch CCHC năm 2022: issued late (dated 2022-02-14; due by 2022-01-31) — scored 0, 1 point lost'],
        });
        expect((await reportText('md', 'vi')).match(/Kế hoạch CCHC năm 2022: không có/)).toBeNull();
        const items = (await unitJson()).items;
        expect(items.find((i) => i.code === '1.1')!.missingEvidence!.documents).toEqual([
            { title: 'Kế hoạch CCHC năm 2022', required: 1, supplied: 0, late: ['2022-02-14'], issuedBy: '2022-01-31' },
        ]);
        // on time, it is no longer on the list
        const onTime = variant('on-time.yaml', (text) => text.replace('date: 2022-02-14', 'date: 2022-01-20'));
        expect(await reportText('md', 'vi', onTime)).not.toContain('1.1 Ban hành kế hoạch CCHC năm:');
    });

    test('documents short of the required number are counted ("2 of the required 4"), not reported as missing', async () => {
        await expectEverywhere({
            vi: ['Biên bản kiểm tra CCHC: 2/4 tài liệu'],
            en: ['Biên bản kiểm tra CCHC: 2 of the required 4 documents'],
        });
        const items = (await unitJson()).items;
        expect(items.find((i) => i.code === '1.2')!.missingEvidence!.documents).toEqual([{ title: 'Biên bản kiểm tra CCHC', required: 4, supplied: 2, late: [], issuedBy: null }]);
        const none = variant('no-minutes.yaml', (text) => text.replace(/ {4}evidence:\n {6}- \{ title: 'Biên bản kiểm tra xã A'.*\n.*\n/, ''));
        expect(await reportText('md', 'vi', none)).toContain('- 1.2 Kiểm tra CCHC: Biên bản kiểm tra CCHC: không có (cần 4 tài liệu) — giới hạn ở 0,5 điểm, mất 1,5 điểm');
    });
});
