import { describe, expect, test } from 'vitest';
import { text } from '../src/cli-text.js';
import writePrettyFindings from '../src/report/findings/pretty.js';
import { changeText, type UnitResult } from '../src/report/score/figures.js';
import { word } from '../src/report/report-text.js';

const change = (points: number, rank: number) => ({ change: { points, rank } }) as UnitResult;

describe('English counts agree with their noun', () => {
    test('the check summary: "1 file: 1 error, 0 warnings"', () => {
        const finding = { file: 'r.rubric', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error' as const, code: 'x/y', message: 'm' };
        expect(writePrettyFindings({ findings: [finding], files: ['r.rubric'], locale: 'en' })).toContain('1 file: 1 error, 0 warnings');
        expect(writePrettyFindings({ findings: [], files: ['a', 'b'], locale: 'en' })).toBe('2 files: 0 errors, 0 warnings\n');
        expect(writePrettyFindings({ findings: [], files: ['a'], locale: 'vi' })).toBe('1 tệp: 0 lỗi, 0 cảnh báo\n');
    });

    test('a change of one place or one point', () => {
        expect(changeText(change(1, 1), 'en')).toBe('up 1 point, up 1 place');
        expect(changeText(change(-2.5, -3), 'en')).toBe('down 2.5 points, down 3 places');
        expect(changeText(change(1, 1), 'vi')).toBe('tăng 1 điểm, tăng 01 bậc');
    });

    test('fmt summaries, rubric errors and invalid assessments', () => {
        expect(text('en', 'fmtAllFormatted', { count: 1 })).toBe('1 file already formatted');
        expect(text('en', 'fmtWritten', { count: 2 })).toBe('2 files reformatted');
        expect(text('en', 'rubricHasErrors', { count: 1 })).toBe('the rubric has 1 error to fix first (rubric check)');
        expect(text('en', 'assessmentsInvalid', { count: 1 })).toBe('1 assessment file has errors; nothing was scored');
        expect(text('en', 'csvMissingColumns', { columns: ['code'], expected: 'record,code' })).toBe('missing column code; the first line must be: record,code');
    });

    test('the annex shape', () => {
        const shape = word('en', 'annexShape', { fields: 1, criteria: 1, items: 2, total: '10' });
        expect(shape).toBe('1 field, 1 criterion, 2 sub-criteria; 10 points in all');
    });
});
