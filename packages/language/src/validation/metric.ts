import type { AstNode } from 'langium';
import type { Metric, Proportional } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** Only a oneOf metric lists options, and it lists at least two. */
export function oneOfHasOptions(metric: Metric, report: Reporter): void {
    const hasOptions = metric.options.length > 0;
    if ((metric.type === 'oneOf') !== hasOptions || (hasOptions && metric.options.length < 2)) {
        report.error(IssueCodes.MetricOptions, {}, { node: metric, property: 'type' });
    }
}

/** A scoring method reads only the metric types it can score. */
export function checkMetricType(
    metric: Metric | undefined,
    allowed: Metric['type'][],
    where: { node: AstNode; property: string },
    report: Reporter,
): void {
    if (metric && metric.type && !allowed.includes(metric.type)) reportMetricType(metric, allowed.join(' | '), where, report);
}

export function reportMetricType(metric: Metric, expected: string, where: { node: AstNode; property: string }, report: Reporter): void {
    report.error(IssueCodes.MetricTypeMismatch, { metric: metric.name, type: metric.type, expected }, where);
}

export function reportMetricUnused(metric: Metric, report: Reporter): void {
    report.warning(IssueCodes.MetricUnused, { name: metric.name }, { node: metric, property: 'name' });
}

/** Proportional scoring reads a share: a percent or ratio metric. */
export function proportionalReadsAShare(proportional: Proportional, report: Reporter): void {
    checkMetricType(proportional.metric?.ref, ['percent', 'ratio'], { node: proportional, property: 'metric' }, report);
}
