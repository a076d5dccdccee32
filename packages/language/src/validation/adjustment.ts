import type { Adjustments } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { reportedDecimal, reportMalformed } from './number.js';
import type { Reporter } from './reporter.js';

/** A bonus or penalty is named once and capped by a positive max. */
export function adjustmentsAreCapped(adjustments: Adjustments, report: Reporter): void {
    const keys = new Set<string>();
    for (const entry of adjustments.entries) {
        const key = `${entry.kind}:${entry.name ?? entry.title}`;
        if (keys.has(key)) report.error(IssueCodes.DuplicateAdjustment, { name: entry.name ?? entry.title }, { node: entry, property: entry.name ? 'name' : 'title' });
        keys.add(key);
        if (entry.max === undefined) {
            report.error(IssueCodes.AdjustmentMaxMissing, {}, { node: entry, property: 'kind' });
        } else {
            const where = { node: entry, property: 'max' };
            const max = reportedDecimal(entry.max, where, report);
            if (max !== undefined && max <= 0) reportMalformed(entry.max, where, report);
        }
    }
}
