import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerProperty, isLeaf, nodeMax, scoringMethods, walkNodes } from '../../packages/language/src/ast/rubric-queries.js';
import { parseFixed, sum, type Fixed } from '../../packages/language/src/decimal/fixed.js';
import { isYesNo } from '../../packages/language/src/generated/ast.js';
import { RubricWorkspace, type LoadedDocument } from '../../packages/language/src/workspace/rubric-workspace.js';
import { describeFindings, examplesDir, lineOf, rubricFilesUnder, rubricOf } from './example-files.js';

const huyenFile = path.join(examplesDir, 'huyen-2022', 'huyen-2022.rubric');
const commonFile = path.join(examplesDir, 'common', 'cchc-common.rubric');

let loaded: LoadedDocument[];

beforeAll(async () => {
    loaded = await new RubricWorkspace('en').load(rubricFilesUnder(examplesDir));
});

function loadedRubric(file: string) {
    const doc = loaded.find((d) => d.path === file);
    if (!doc) throw new Error(`${file} was not loaded`);
    return rubricOf(doc);
}

describe('the example rubrics', () => {
    test('there are the six example files: common definitions, huyện 2022 and its 2023 re-issue, công an, sở and xã', () => {
        const names = rubricFilesUnder(examplesDir).map((file) => path.relative(examplesDir, file));
        expect(names).toEqual([
            path.join('common', 'cchc-common.rubric'),
            path.join('cong-an-2024', 'cong-an-2024.rubric'),
            path.join('huyen-2022', 'huyen-2022.rubric'),
            path.join('huyen-2023', 'huyen-2023.rubric'),
            path.join('so-2023', 'so-2023.rubric'),
            path.join('xa-2025', 'xa-2025.rubric'),
        ]);
    });

    test('every example checks clean: no error, no warning', () => {
        expect(loaded.length).toBe(6);
        expect(describeFindings(loaded)).toEqual([]);
    });

    test('every example except the common file declares 100 points that its fields add up to', () => {
        for (const doc of loaded) {
            if (doc.path === commonFile) continue;
            const rubric = rubricOf(doc);
            const fields = [...walkNodes(rubric)].filter((n) => n.depth === 1).map((n) => nodeMax(n.node)!);
            expect(headerProperty(rubric, 'total')?.value, doc.path).toBe('100');
            expect(sum(fields), doc.path).toBe(parseFixed('100'));
        }
    });
});

describe('huyen-2022: the district rubric in the shape Phú Yên published', () => {
    test('8 fields, 34 criteria and 62 sub-criteria', () => {
        const perDepth = new Map<number, number>();
        for (const { depth } of walkNodes(loadedRubric(huyenFile))) perDepth.set(depth, (perDepth.get(depth) ?? 0) + 1);
        expect(Object.fromEntries(perDepth)).toEqual({ 1: 8, 2: 34, 3: 62 });
    });

    test('the field maxima and titles are the published ones, in order', () => {
        const fields = [...walkNodes(loadedRubric(huyenFile))].filter((n) => n.depth === 1).map((n) => n.node);
        expect(fields.map((f) => nodeMax(f))).toEqual(['18.5', '6', '22', '7', '14', '9.5', '16', '7'].map((t) => parseFixed(t) as Fixed));
        expect(fields.map((f) => f.title)).toEqual([
            'Công tác chỉ đạo điều hành CCHC',
            'Xây dựng và tổ chức thực hiện văn bản QPPL',
            'Cải cách TTHC',
            'Cải cách tổ chức bộ máy hành chính',
            'Cải cách chế độ công vụ',
            'Cải cách cơ chế tài chính công',
            'Xây dựng chính quyền điện tử',
            'Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH',
        ]);
    });

    test('every scoring method of the language appears, and yesno both with and without a condition', () => {
        const methods = [...walkNodes(loadedRubric(huyenFile))]
            .filter(({ node }) => isLeaf(node))
            .flatMap(({ node }) => scoringMethods(node));
        expect(new Set(methods.map((m) => m.$type))).toEqual(
            new Set(['Choice', 'YesNo', 'Deadline', 'Bands', 'Proportional', 'Deduction', 'Judged', 'Survey', 'Formula']),
        );
        const yesNo = methods.filter(isYesNo);
        expect(yesNo.some((m) => m.condition !== undefined)).toBe(true);
        expect(yesNo.some((m) => m.condition === undefined)).toBe(true);
    });

    test('field 1 carries the Cà Mau outcome texts word for word', () => {
        const text = fs.readFileSync(huyenFile, 'utf8');
        for (const outcome of [
            '"Ban hành kịp thời": 1  "Ban hành không kịp thời": 0.5  "Không ban hành": 0',
            'yes "Xác định đầy đủ nhiệm vụ và có bố trí kinh phí": 1',
            'no "Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí": 0',
            'yes "Đủ số lượng và đúng thời gian quy định": 1',
            'no "Không đủ số lượng báo cáo hoặc không đúng thời gian quy định": 0',
            '> 90% "Thực hiện trên 90% kế hoạch": 2',
            '>= 70% "Thực hiện từ 70% - 90% kế hoạch": 1',
            'else "Dưới 70% kế hoạch": 0',
        ]) {
            expect(text).toContain(outcome);
        }
    });
});

describe('huyen-2022 with field 1 lowered from 18.5 to 18.25', () => {
    let dir: string;
    let mutated: LoadedDocument[];
    let mutatedText: string;

    beforeAll(async () => {
        // A copy beside a copy of the common file, so that `import "../common/…"` resolves as in examples/.
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-rubric-example-'));
        fs.mkdirSync(path.join(dir, 'huyen-2022'));
        fs.mkdirSync(path.join(dir, 'common'));
        const original = fs.readFileSync(huyenFile, 'utf8');
        const fieldLine = 'field 1 "Công tác chỉ đạo điều hành CCHC" max 18.5';
        expect(original).toContain(fieldLine);
        mutatedText = original.replace(fieldLine, fieldLine.replace('18.5', '18.25'));
        const copy = path.join(dir, 'huyen-2022', 'huyen-2022.rubric');
        const commonCopy = path.join(dir, 'common', 'cchc-common.rubric');
        fs.writeFileSync(copy, mutatedText);
        fs.copyFileSync(commonFile, commonCopy);
        mutated = await new RubricWorkspace('en').load([copy, commonCopy]);
    });

    afterAll(() => {
        fs.rmSync(dir, { recursive: true, force: true });
    });

    test('gives exactly two errors: the total and field 1', () => {
        const findings = mutated.flatMap((doc) =>
            doc.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line + 1, message: d.message })),
        );
        expect(findings).toHaveLength(2);
        const [total, field] = [...findings].sort((a, b) => a.line - b.line);
        expect(total).toMatchObject({ code: 'sum/total', severity: 1, line: lineOf(mutatedText, 'total 100') });
        expect(total.message).toMatch(/99\.75\b.*\b100\b/);
        expect(field).toMatchObject({ code: 'sum/children', severity: 1, line: lineOf(mutatedText, 'field 1 "') });
        expect(field.message).toMatch(/field 1\b.*18\.5\b.*18\.25\b/);
    });
});
