import type { Deduction } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { checkMetricType } from './metric.js';
import { reportedDecimal } from './number.js';
import { checkOnStep, leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** A deduction takes a positive amount, at most the max and on the step, per unit of a count metric. */
export function deductionIsWithinMax(deduction: Deduction, report: Reporter): void {
    const leaf = leafOf(deduction);
    if (!leaf) return;
    checkMetricType(deduction.metric?.ref, ['count'], { node: deduction, property: 'metric' }, report);
    const where = { node: deduction, property: 'amount' };
    const amount = reportedDecimal(deduction.amount, where, report);
    if (amount === undefined) return;
    if (amount <= 0 || (leaf.max !== undefined && amount > leaf.max)) {
        report.error(IssueCodes.DeductionInvalid, { amount, max: leaf.max ?? amount }, where);
    } else {
        checkOnStep(amount, leaf.step, where, report);
    }
}
