import type { Evidence, Node, Requirement } from '../generated/ast.js';
import { isLeaf, nodeMax } from '../ast/rubric-queries.js';
import { checkCalendarDate } from './date.js';
import { IssueCodes } from './issue-codes.js';
import { reportedDecimal } from './number.js';
import type { Reporter } from './reporter.js';

/** An evidence's minimum count is a positive whole number, its issue deadline a real date. */
export function evidencePropertiesAreValid(evidence: Evidence, report: Reporter): void {
    for (const property of evidence.properties) {
        if (property.keyword === 'min' && property.minCount !== undefined && !/^[1-9]\d{0,5}$/.test(property.minCount)) {
            report.error(IssueCodes.EvidenceMinCount, { text: property.minCount }, { node: property, property: 'minCount' });
        }
        if (property.keyword === 'issuedBy' && property.issuedBy !== undefined) {
            checkCalendarDate(property.issuedBy, { node: property, property: 'issuedBy' }, report);
        }
    }
}

/** Evidence is required where points are given, and its cap when missing lies below the max. */
export function requirementStandsOnALeaf(requirement: Requirement, report: Reporter): void {
    const node = requirement.$container as Node;
    if (!isLeaf(node)) {
        report.error(IssueCodes.RequirementNotLeaf, {}, { node: requirement, keyword: 'requires' });
        return;
    }
    const cap = requirement.effect?.cap;
    if (cap === undefined) return;
    const where = { node: requirement.effect!, property: 'cap' };
    const value = reportedDecimal(cap, where, report);
    const max = nodeMax(node);
    if (value !== undefined && max !== undefined && value >= max) report.error(IssueCodes.EvidenceCapExceedsMax, { cap: value, max }, where);
}

export function reportEvidenceUnused(evidence: Evidence, report: Reporter): void {
    report.warning(IssueCodes.EvidenceUnused, { name: evidence.name }, { node: evidence, property: 'name' });
}
