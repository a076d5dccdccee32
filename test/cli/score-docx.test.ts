import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from './run-cli.js';
import { docxWords } from './word/docx-text.js';

const example = path.join(repositoryRoot, 'examples/huyen-2022');
const args = ['score', '--rubric', path.join(example, 'huyen-2022.rubric'), path.join(example, 'assessments'), '--previous', path.join(example, 'results-2021.json')];
const SONG_CAU =
    'Năm 2022, chỉ số CCHC của UBND thị xã Sông Cầu đạt 73,34 điểm, xếp thứ 3/9, xếp loại Khá; tăng 8,48 điểm và tăng 03 bậc so với năm 2021. ' +
    'Cụ thể: Công tác chỉ đạo điều hành CCHC đạt 17,64/18,50 điểm; Xây dựng và tổ chức thực hiện văn bản QPPL đạt 5,9/6 điểm; Cải cách TTHC đạt 12/22 điểm; ' +
    'Cải cách tổ chức bộ máy hành chính đạt 7/7 điểm; Cải cách chế độ công vụ đạt 11/14 điểm; Cải cách cơ chế tài chính công đạt 5,5/9,5 điểm; ' +
    'Xây dựng chính quyền điện tử đạt 8,42/16 điểm; Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH đạt 5,88/7 điểm.';

let folder: string;
beforeAll(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-score-docx-'))));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('rubric score --format docx: the results report a council signs', () => {
    test('the ranking, the grade counts in words, and per unit the press paragraph and its fields', async () => {
        const out = path.join(folder, 'bao-cao.docx');
        const run = await runCli([...args, '--format', 'docx', '-o', out, '--lang', 'vi']);
        expect(run.status).toBe(0);
        const { words, document } = await docxWords(fs.readFileSync(out));
        expect(words).toContain('3/9|UBND thị xã Sông Cầu|73,34|73,34|Khá|tăng 8,48 điểm, tăng 03 bậc');
        expect(words).toContain('6/9|UBND huyện Tây Hòa|68,90|68,90|Trung bình|giảm 2,81 điểm, giảm 03 bậc');
        expect(words).toContain('Số đơn vị theo xếp loại: 01 Tốt, 04 Khá, 04 Trung bình');
        expect(words).toContain(SONG_CAU);
        expect(words).toContain('1|Công tác chỉ đạo điều hành CCHC|17,64/18,50');
        // Sông Hinh's penalty is in its paragraph and its field table
        expect(words).toMatch(/Sông Hinh đạt 57,88 điểm[^|]*; bị trừ 1 điểm\./);
        expect(words).toContain('|Điểm thưởng / điểm trừ|−1||Tổng điểm|57,88/96,50');
        expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        const again = path.join(folder, 'bao-cao-2.docx');
        await runCli([...args, '--format', 'docx', '-o', again, '--lang', 'vi']);
        expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
    });

    test('Word needs -o', async () => {
        const run = await runCli([...args, '--format', 'docx', '--lang', 'en']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('docx');
    });

    test('the same paragraph in Markdown, and in English with --lang en', async () => {
        expect((await runCli([...args, '--format', 'md', '--lang', 'vi'])).stdout).toContain(SONG_CAU);
        const en = (await runCli([...args, '--format', 'md', '--lang', 'en'])).stdout;
        expect(en).toContain('In 2022, the PAR index of UBND thị xã Sông Cầu reached 73.34 points, ranked 3/9, grade Khá; up 8.48 points and up 3 places on 2021. By field: Công tác chỉ đạo điều hành CCHC 17.64/18.50 points;');
    });
});
