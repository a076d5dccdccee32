import { add, toText, ZERO, type Fixed } from '../decimal/fixed.js';
import { isSurvey, type Node, type Requirement, type Rubric, type Survey } from '../generated/ast.js';
import { headerProperty, isLeaf, nodeMax, scoringMethods, walkNodes } from '../ast/rubric-queries.js';
import { decimalValue } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** The survey items add up to the declared survey share; survey points without a share are declared. */
export function surveyShareMatchesItems(rubric: Rubric, report: Reporter): void {
    let surveyPoints: Fixed = ZERO;
    for (const { node } of walkNodes(rubric)) {
        if (!isLeaf(node) || !scoringMethods(node).some(isSurvey)) continue;
        const max = nodeMax(node);
        if (max === undefined) return;
        surveyPoints = add(surveyPoints, max);
    }
    const declared = headerProperty(rubric, 'survey');
    if (declared) {
        const share = decimalValue(declared.value);
        const total = decimalValue(headerProperty(rubric, 'total')?.value);
        // a share beyond the total is the header's finding
        const withinTotal = total === undefined || (share !== undefined && share <= total);
        if (share !== undefined && withinTotal && share !== surveyPoints) {
            report.error(IssueCodes.SurveyShareMismatch, { sum: surveyPoints, share }, { node: declared, property: 'value' });
        }
    } else if (surveyPoints > 0) {
        report.warning(IssueCodes.SurveyShareUndeclared, { sum: surveyPoints, text: toText(surveyPoints) }, { node: rubric, property: 'name' });
    }
}

/** A survey item is never self-assessed, so it asks for no evidence. */
export function surveyItemNeedsNoEvidence(requirement: Requirement, report: Reporter): void {
    const node = requirement.$container as Node;
    if (isLeaf(node) && scoringMethods(node).some(isSurvey)) {
        report.warning(IssueCodes.SurveyWithEvidence, {}, { node: requirement, keyword: 'requires' });
    }
}

/**
 * One survey is one table of figures for all units: its items state the same rule for turning a figure
 * into points (points as given, or `from percent`/`from ratio` with the same rounding), else a table
 * column could not say what its numbers are. Items without a source form one survey.
 */
export function surveyRuleIsShared(rubric: Rubric, report: Reporter): void {
    const first = new Map<string, string>();
    for (const { node } of walkNodes(rubric)) {
        if (!isLeaf(node)) continue;
        const survey = scoringMethods(node).find(isSurvey) as Survey | undefined;
        if (!survey) continue;
        const source = survey.source ?? '';
        const rule = survey.scale === undefined ? 'points' : `${survey.scale} ${survey.rounding ?? 'nearest'}`;
        const seen = first.get(source);
        if (seen === undefined) first.set(source, rule);
        else if (seen !== rule) {
            report.error(IssueCodes.SurveyRuleMixed, { source: survey.source ?? '—', code: node.code }, { node: survey, keyword: 'survey' });
        }
    }
}
