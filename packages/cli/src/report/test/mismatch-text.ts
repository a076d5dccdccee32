import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import type { Mismatch, TestReport } from '../../contracts/test-report.js';

/** "score of 3.4.1: expected 1, got 0", the line every format shows for a failed expectation. */
export function mismatchText(mismatch: Mismatch, locale: Locale): string {
    const code = mismatch.code ?? '';
    const subject = {
        score: text(locale, 'testSubjectScore', { code }),
        total: text(locale, 'testSubjectTotal'),
        index: text(locale, 'testSubjectIndex'),
        grade: text(locale, 'testSubjectGrade'),
        bonus: text(locale, 'testSubjectBonus'),
        penalty: text(locale, 'testSubjectPenalty'),
        problems: text(locale, 'testSubjectProblems'),
        reason: text(locale, 'testSubjectReason', { code }),
    }[mismatch.subject];
    const key = mismatch.subject === 'reason' ? 'testReasonMismatch' : 'testMismatch';
    return text(locale, key, { subject, expected: mismatch.expected, actual: mismatch.actual });
}

/** The summary line: how many cases ran, passed and failed. */
export function summaryText({ files, locale }: TestReport): string {
    const cases = files.flatMap((file) => file.cases);
    const failed = cases.filter((c) => c.mismatches.length > 0).length;
    return text(locale, 'testSummary', { cases: cases.length, passed: cases.length - failed, failed });
}
