import { expectHover } from 'langium/test';
import { describe, test } from 'vitest';
import { services } from '../parse-helper.js';
import { mark, sketch, vietnamese } from './lsp-fixtures.js';

const hoverEn = expectHover(services.Rubric);
const hoverVi = expectHover(vietnamese.Rubric);

describe('hover on a tree node', () => {
    test('a field: points and share, its children adding up, the lead agency (vi)', async () => {
        await hoverVi({
            text: mark(sketch, '1 "Công tác'),
            index: 0,
            hover: [
                '**Lĩnh vực 1** · Công tác chỉ đạo, điều hành CCHC',
                '18,5 điểm · 18,5% tổng điểm',
                'Các mục con cộng lại 18,5 điểm ✓',
                'Cơ quan chủ trì: Sở Nội vụ',
            ].join('\n\n'),
            disposeAfterCheck: true,
        });
    });

    test('a choice leaf on its title: the outcome table and the evidence with its details (en)', async () => {
        await hoverEn({
            text: mark(sketch, 'Ban hành kế hoạch CCHC năm"', 5),
            index: 0,
            hover: [
                '**Sub-criterion 1.1.1** · Ban hành kế hoạch CCHC năm',
                '1 point · 1% of the total',
                'Scoring: one of these outcomes\n\n| Outcome | Points |\n| --- | ---: |\n| Ban hành kịp thời | 1 |\n| Ban hành không kịp thời | 0.5 |\n| Không ban hành | 0 |',
                'Evidence required:\n- Kế hoạch CCHC năm (`planDoc`) · kind decision · issued by UBND huyện · at least 2',
                'When evidence is missing: the item scores 0 (default)',
            ].join('\n\n'),
            disposeAfterCheck: true,
        });
    });

    test('bands in words, a cap for missing evidence and the explanation that may stand in (vi)', async () => {
        await hoverVi({
            text: mark(sketch, '1.1.2'),
            index: 0,
            hover: [
                '**Tiêu chí thành phần 1.1.2** · Mức độ thực hiện kế hoạch CCHC',
                '2 điểm · 2% tổng điểm',
                'Cách chấm: theo khoảng của `planDone` (Mức độ thực hiện kế hoạch CCHC): > 90% → 2 · ≥ 70% → 1 · còn lại → 0',
                'Tài liệu kiểm chứng:\n- Báo cáo CCHC năm',
                'Khi thiếu tài liệu: tối đa 1 điểm; có thể thay bằng văn bản giải trình',
            ].join('\n\n'),
            disposeAfterCheck: true,
        });
    });

    test('a deduction and a survey item (en), on the max and the kind keyword', async () => {
        await hoverEn({
            text: mark(sketch, 'max 15.5 { deduct', 5),
            index: 0,
            hover: /^\*\*Sub-criterion 1\.2\.1\*\*[\s\S]*Scoring: 0\.25 points off for each `lateDocs` \(Số văn bản ban hành trễ hạn\), from 15\.5 points, never below 0$/,
            disposeAfterCheck: true,
        });
        await hoverEn({
            text: mark(sketch, 'item 2.1'),
            index: 0,
            // on its keyword: the node, then the keyword explained
            hover: /Scoring: from the sociological survey; never self-assessed, no evidence needed\n\n---\n\n\*\*`item`\*\* · keyword\n\nThe rubric tree: /,
            disposeAfterCheck: true,
        });
    });

    test('children that do not add up are said so, with the difference', async () => {
        const text = sketch.replace('criterion 1.2 "Văn bản" max 15.5', 'criterion 1.2 "Văn bản" max 16');
        await hoverVi({ text: mark(text, 'criterion 1.2', 10), index: 0, hover: /Các mục con cộng lại 15,5 điểm — thiếu 0,5/, disposeAfterCheck: true });
        await hoverEn({ text: mark(text, '1 "Công'), index: 0, hover: /Children add up to 19 points — 0\.5 over/, disposeAfterCheck: true });
    });
});

describe('hover on a declaration or a use', () => {
    test('a metric where it is used shows its declaration', async () => {
        await hoverEn({
            text: mark(sketch, 'planDone {'),
            index: 0,
            hover: '**Metric** `planDone` · percentage\n\nMức độ thực hiện kế hoạch CCHC',
            disposeAfterCheck: true,
        });
    });

    test('evidence where it is required (vi)', async () => {
        await hoverVi({
            text: mark(sketch, 'planDoc\n'),
            index: 0,
            hover: '**Tài liệu kiểm chứng** `planDoc` · Kế hoạch CCHC năm\n\nloại decision · do UBND huyện ban hành · tối thiểu 2',
            disposeAfterCheck: true,
        });
    });

    test('a one-of metric lists its options', async () => {
        const text = sketch.replace('metric lateDocs count', 'metric level oneOf ("Tốt", "Khá") "Mức"\n  metric lateDocs count');
        await hoverEn({ text: mark(text, 'level'), index: 0, hover: /one of a list\n\nMức\n\nOptions: "Tốt", "Khá"$/, disposeAfterCheck: true });
    });

    test('nothing on a point that names nothing', async () => {
        await hoverEn({ text: mark(sketch, '"Tốt" >='), index: 0, hover: undefined as unknown as string, disposeAfterCheck: true });
    });
});
