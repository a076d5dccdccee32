import type { AstNode } from 'langium';
import { HUNDRED, ONE, percentToRatio, type Fixed } from '../decimal/fixed.js';
import type { Metric } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

type Where = { node: AstNode; property?: string };

/** A percentage lies within 0% – 100%; true when it does. */
export function checkPercentRange(percent: Fixed, text: string, where: Where, report: Reporter): boolean {
    if (percent <= HUNDRED) return true;
    report.error(IssueCodes.PercentRange, { text }, where);
    return false;
}

/** A plain threshold over a ratio metric is a share from 0 to 1. */
export function checkRatioRange(ratio: Fixed, text: string, where: Where, report: Reporter): boolean {
    if (ratio <= ONE) return true;
    report.error(IssueCodes.PercentRange, { text }, where);
    return false;
}

/** A threshold over a percent metric is written with `%`. */
export function reportPercentExpected(text: string, where: Where, report: Reporter): void {
    report.error(IssueCodes.PercentExpected, { text }, where);
}

/**
 * A percentage over a ratio metric compiles to the ratio (90% → 0.9); it must be one exactly, or the
 * compiled threshold would differ from the one checked here. The ratio, or undefined once reported.
 */
export function ratioOfPercent(percent: Fixed, text: string, metric: Metric, where: Where, report: Reporter): Fixed | undefined {
    const ratio = percentToRatio(percent);
    if (ratio === undefined) report.error(IssueCodes.PercentTooFine, { text, metric: metric.name }, where);
    return ratio;
}
