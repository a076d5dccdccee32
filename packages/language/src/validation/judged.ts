import { isMultipleOf } from '../decimal/fixed.js';
import type { Judged } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { reportedDecimal } from './number.js';
import { leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** A judging step is positive, a multiple of the rubric's step and at most the max. */
export function judgingStepFitsTheLeaf(judged: Judged, report: Reporter): void {
    const leaf = leafOf(judged);
    if (!leaf || judged.step === undefined) return;
    const where = { node: judged, property: 'step' };
    const step = reportedDecimal(judged.step, where, report);
    if (step === undefined) return;
    if (step <= 0 || (leaf.step !== undefined && !isMultipleOf(step, leaf.step)) || (leaf.max !== undefined && step > leaf.max)) {
        report.error(IssueCodes.JudgedStep, { points: step, step: leaf.step ?? step }, where);
    }
}
