import { AstUtils } from 'langium';
import { isRubric, type Node } from '../generated/ast.js';
import { isLeaf, nodeProperty, rubricStep, scoringMethods } from '../ast/rubric-queries.js';
import { IssueCodes } from './issue-codes.js';
import { gapsAreEchoes } from './lexical-checks.js';
import { reportedFigure } from './number.js';
import { checkOnStep } from './points.js';
import type { Reporter } from './reporter.js';

/** Fields stand at the top level, and only fields do. */
export function fieldsStandAtTheTop(node: Node, report: Reporter): void {
    const atTop = isRubric(node.$container);
    if (node.kind === 'field' && !atTop) {
        report.error(IssueCodes.FieldNotTopLevel, {}, { node, property: 'kind' });
    } else if (atTop && node.kind !== 'field') {
        report.error(IssueCodes.TopLevelNotField, {}, { node, property: 'kind' });
    }
}

/** Every node declares its max: a positive decimal on the rubric's step. */
export function nodeHasAPositiveMax(node: Node, report: Reporter): void {
    const max = nodeProperty(node, 'max');
    if (!max) {
        if (!gapsAreEchoes(node)) report.error(IssueCodes.MissingMax, { code: node.code }, { node, property: 'code' });
        return;
    }
    if (max.max === undefined) return;
    const where = { node: max, property: 'max' };
    const figure = reportedFigure(max.max, where, report);
    if (!figure) return;
    if (figure.kind === 'percent' || figure.value <= 0) {
        report.error(IssueCodes.InvalidMax, { text: max.max }, where);
        return;
    }
    const rubric = AstUtils.getContainerOfType(node, isRubric);
    checkOnStep(figure.value, rubric ? rubricStep(rubric) : undefined, where, report);
}

/** A parent's score is the sum of its children: it has no scoring method of its own. */
export function parentHasNoScoringMethod(node: Node, report: Reporter): void {
    if (isLeaf(node)) return;
    for (const method of scoringMethods(node)) report.error(IssueCodes.MethodOnParent, { code: node.code }, { node: method });
}
