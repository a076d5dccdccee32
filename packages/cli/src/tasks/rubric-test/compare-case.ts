import { formatPath, toText, type Fixed, type Locale } from '@par-rubric/language';
import { explainLeaf, type ScoringPlan, type UnitScore } from '@par-rubric/language/scoring';
import { text } from '../../cli-text.js';
import type { Mismatch, MismatchSubject } from '../../contracts/test-report.js';
import type { ValuePath } from '@par-rubric/language/assessment-input';
import type { RubricTestCase, RubricTestFile } from '../../input/rubric-test/rubric-test-file.js';
import { caseScope, concernsCase } from './case-scope.js';

/**
 * Every expectation of the case that the engine's score does not meet, each with what was expected,
 * what came out and why (the reason of the rule that fired, or the figures a total is made of). Problems
 * count only where they concern what the case is about.
 */
export function compareCase(plan: ScoringPlan, test: RubricTestFile, testCase: RubricTestCase, score: UnitScore, locale: Locale): Mismatch[] {
    const { expect } = testCase;
    const mismatches: Mismatch[] = [];
    const at = (key: string, ...rest: ValuePath): { line: number; column: number } => {
        const location = test.locations.nearest([...testCase.path, 'expect', key, ...rest]);
        return location?.kind === 'text' ? { line: location.line, column: location.column } : { line: 1, column: 1 };
    };
    const differ = (subject: MismatchSubject, expected: string, actual: string, because: string | undefined, where: { line: number; column: number }, code?: string): void => {
        mismatches.push({ subject, ...(code === undefined ? {} : { code }), expected, actual, ...(because ? { because } : {}), ...where });
    };

    for (const [code, expected] of expect.scores) {
        const index = plan.nodeByCode.get(code)!;
        const actual = score.nodeScores[index];
        if (actual !== expected) differ('score', toText(expected), toText(actual), reasonsBeneath(plan, score, index, locale), at('scores', code), code);
    }
    const figure = (subject: 'total' | 'index' | 'bonus' | 'penalty', expected: Fixed | undefined, actual: Fixed | undefined, because: () => string): void => {
        if (expected !== undefined && actual !== expected) differ(subject, toText(expected), actual === undefined ? '—' : toText(actual), because(), at(subject));
    };
    figure('total', expect.total, score.total, () => totalParts(plan, score, locale));
    figure('index', expect.index, score.index, () => text(locale, 'testIndexBecause', { total: toText(score.total), max: toText(score.max) }));
    figure('bonus', expect.bonus, score.bonus, () => adjustmentParts(score, 'bonus'));
    figure('penalty', expect.penalty, score.penalty, () => adjustmentParts(score, 'penalty'));
    if (expect.grade !== undefined && score.grade !== expect.grade) {
        differ('grade', expect.grade, score.grade ?? '—', text(locale, 'testGradeBecause', { index: score.index === undefined ? '—' : toText(score.index) }), at('grade'));
    }

    const scope = caseScope(plan, testCase);
    const relevant = score.problems.filter((problem) => concernsCase(plan, scope, problem));
    const actualCodes = [...new Set(relevant.map((p) => p.code))].sort();
    const expectedCodes = expect.problems === undefined ? [] : [...new Set(expect.problems)].sort();
    if (actualCodes.join(' ') !== expectedCodes.join(' ')) {
        const where = expect.problems === undefined ? caseAt(test, testCase) : at('problems');
        const because = relevant.map((p) => `${formatPath(p.path)}: ${p.message[locale]}`).join('\n');
        differ('problems', listText(expectedCodes, locale), listText(actualCodes, locale), because, where);
    }

    for (const [code, wanted] of expect.reasons) {
        const index = plan.nodeByCode.get(code)!;
        const given = (['vi', 'en'] as const).map((language) => reasonsBeneath(plan, score, index, language));
        if (!given.some((reason) => reason.includes(wanted))) differ('reason', wanted, given[locale === 'vi' ? 0 : 1], undefined, at('reasons', code), code);
    }
    return mismatches;
}

export function caseAt(test: RubricTestFile, testCase: RubricTestCase): { line: number; column: number } {
    const location = test.locations.nearest(testCase.path);
    return location?.kind === 'text' ? { line: location.line, column: location.column } : { line: 1, column: 1 };
}

/** A leaf's reason; for a criterion or field, the reasons of the leaves beneath it, one a line. */
function reasonsBeneath(plan: ScoringPlan, score: UnitScore, index: number, locale: Locale): string {
    const node = plan.nodes[index];
    if (node.leaf >= 0) return explainLeaf(plan, score.leaves[node.leaf], locale);
    return node.children
        .map((child) => {
            const reason = reasonsBeneath(plan, score, child, locale);
            return plan.nodes[child].leaf >= 0 ? `${plan.nodes[child].code}: ${toText(score.nodeScores[child])} (${reason})` : reason;
        })
        .join('\n');
}

function totalParts(plan: ScoringPlan, score: UnitScore, locale: Locale): string {
    const fields = plan.fields.map((field) => `${plan.nodes[field].code}: ${toText(score.nodeScores[field])}`).join(', ');
    return text(locale, 'testTotalBecause', { fields, bonus: toText(score.bonus), penalty: toText(score.penalty) });
}

function adjustmentParts(score: UnitScore, kind: 'bonus' | 'penalty'): string {
    return score.adjustments
        .filter((adjustment) => adjustment.kind === kind)
        .map((adjustment) => `${adjustment.key}: ${toText(adjustment.claimed)} → ${toText(adjustment.points)} / ${toText(adjustment.max)}`)
        .join(', ');
}

function listText(codes: string[], locale: Locale): string {
    return codes.length === 0 ? text(locale, 'testNoProblems') : codes.join(', ');
}
