import { describe, expect, test } from 'vitest';
import type { Band, CompiledNode, CompiledRubric, MetricType } from '@par-rubric/language/scoring';
import { describeBands, describeScoring } from '../src/report/rule-text.js';

const band = (operator: '>=' | '>' | '=' | '<=' | '<', threshold: number, points: number): Band => ({ operator, threshold, points });
const otherwise = (points: number): Band => ({ else: true, points });

describe('bands in words, derived from the operators', () => {
    test('the Cà Mau wording: "trên 90%", "từ 70% đến 90%", "dưới 70%"', () => {
        const bands = [band('>', 90, 2), band('>=', 70, 1), otherwise(0)];
        expect(describeBands(bands, 'percent', 'vi')).toEqual(['Trên 90%', 'Từ 70% đến 90%', 'Dưới 70%']);
        expect(describeBands(bands, 'percent', 'en')).toEqual(['Above 90%', 'From 70% to 90%', 'Below 70%']);
    });

    test('an inclusive upper band makes the next one stop below it', () => {
        const bands = [band('>=', 95, 2), band('>=', 90, 1), otherwise(0)];
        expect(describeBands(bands, 'percent', 'vi')).toEqual(['Từ 95% trở lên', 'Từ 90% đến dưới 95%', 'Dưới 90%']);
    });

    test('"= 100%" first: the next band ends below 100%', () => {
        const bands = [band('=', 100, 1), band('>=', 80, 0.5), otherwise(0)];
        expect(describeBands(bands, 'percent', 'vi')).toEqual(['Bằng 100%', 'Từ 80% đến dưới 100%', 'Dưới 80%']);
    });

    test('counts from below, as deduction-like bands are written', () => {
        const bands = [band('<=', 0, 2), band('<', 3, 1), otherwise(0)];
        expect(describeBands(bands, 'count', 'vi')).toEqual(['Bằng 0', 'Trên 0 đến dưới 3', 'Từ 3 trở lên']);
    });

    test('ratios are worded as the percentages authors write', () => {
        const bands = [band('>=', 0.2, 2), band('>=', 0.1, 1), band('>', 0, 0.5), otherwise(0)];
        expect(describeBands(bands, 'ratio', 'vi')).toEqual(['Từ 20% trở lên', 'Từ 10% đến dưới 20%', 'Trên 0% đến dưới 10%', 'Bằng 0%']);
    });

    test('Vietnamese decimals in thresholds', () => {
        expect(describeBands([band('>=', 97.5, 1), otherwise(0)], 'percent' as MetricType, 'vi')).toEqual(['Từ 97,5% trở lên', 'Dưới 97,5%']);
    });

    test('a band no value can reach says so instead of inventing a range', () => {
        expect(describeBands([band('>=', 50, 1), band('>=', 60, 0.5), otherwise(0)], 'percent', 'en')).toEqual(['50% or more', 'Never', 'Below 50%']);
    });
});

describe('scoring rules in words', () => {
    test('a band label that already states its threshold stands alone; one that does not gets the derived condition', () => {
        const percentRubric = { metrics: [{ name: 'planDone', type: 'percent', title: 'Tỷ lệ hoàn thành kế hoạch' }] } as unknown as CompiledRubric;
        const labelled = (label: string, band: Band): Band => ({ ...band, label });
        const node: CompiledNode = {
            code: '1.1.4',
            kind: 'item',
            title: 't',
            max: 2,
            scoring: {
                method: 'bands',
                metric: 'planDone',
                bands: [labelled('Hoàn thành 100% kế hoạch', band('=', 100, 2)), labelled('Hoàn thành phần lớn kế hoạch', band('>=', 97.5, 1)), labelled('Dưới 97,5% kế hoạch', otherwise(0))],
            },
        };
        expect(describeScoring(node, percentRubric, 'vi')).toBe('Hoàn thành 100% kế hoạch: 2; Hoàn thành phần lớn kế hoạch (từ 97,5% đến dưới 100%): 1; Dưới 97,5% kế hoạch: 0');
        // 97,5 in the label is 97.5 in the English condition
        expect(describeScoring(node, percentRubric, 'en')).toContain('; Dưới 97,5% kế hoạch: 0');
    });

    const rubric = { metrics: [{ name: 'lateDocs', type: 'count', title: 'Số văn bản ban hành trễ hạn' }] } as unknown as CompiledRubric;
    const leaf = (scoring: CompiledNode['scoring'], max = 1): CompiledNode => ({ code: '1.1.1', kind: 'item', title: 't', max, scoring });

    test('choice outcomes as the annex lists them', () => {
        const node = leaf({ method: 'choice', outcomes: [{ label: 'Ban hành kịp thời', points: 1 }, { label: 'Ban hành không kịp thời', points: 0.5 }, { label: 'Không ban hành', points: 0 }] });
        expect(describeScoring(node, rubric, 'vi')).toBe('Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0');
    });

    test('deduction per occurrence, floored at 0', () => {
        expect(describeScoring(leaf({ method: 'deduct', amount: 0.25, metric: 'lateDocs' }, 2), rubric, 'vi')).toBe(
            '2 điểm, trừ 0,25 điểm cho mỗi trường hợp «Số văn bản ban hành trễ hạn», thấp nhất 0',
        );
    });

    test('a deadline with its due date', () => {
        const node = leaf({ method: 'deadline', metric: 'lateDocs', due: '2022-01-31', graceDays: 0, onTime: 1, late: 0.5, missing: 0 });
        expect(describeScoring(node, rubric, 'vi')).toBe('Đúng hạn (đến ngày 31/01/2022): 1; Trễ hạn: 0,5; Không thực hiện: 0');
    });

    test('yes/no with a condition names the metrics by title', () => {
        const node = leaf({
            method: 'yesno',
            condition: { type: 'binary', operator: '<=', left: { type: 'metric', name: 'lateDocs' }, right: { type: 'number', value: 2 } },
            outcomes: { yes: { points: 1 }, no: { points: 0 } },
        });
        expect(describeScoring(node, rubric, 'en')).toBe('When «Số văn bản ban hành trễ hạn» ≤ 2: 1; Otherwise: 0');
    });
});
