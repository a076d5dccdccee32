import { AstUtils } from 'langium';
import { add, sum, toText, type Fixed } from '../decimal/fixed.js';
import { isRubric, isSurvey, isUnknownWord, type Node, type Rubric } from '../generated/ast.js';
import {
    childNodes,
    headerProperty,
    isLeaf,
    nodeMax,
    nodeProperty,
    rubricStep,
    scoringMethods,
    walkNodes,
} from '../ast/rubric-queries.js';
import { CODE_SHAPE, readFigure } from './figures.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';
import { hasSyntaxErrorWithin } from './lexical-checks.js';

/** Per node: its own max, where its kind may stand, and its code's shape. */
export function checkNode(node: Node, report: Reporter): void {
    const atTop = isRubric(node.$container);
    if (node.kind === 'field' && !atTop) {
        report.error(IssueCodes.FieldNotTopLevel, {}, { node, property: 'kind' });
    } else if (atTop && node.kind !== 'field') {
        report.error(IssueCodes.TopLevelNotField, {}, { node, property: 'kind' });
    }
    if (!CODE_SHAPE.test(node.code)) {
        report.error(IssueCodes.MalformedCode, { text: node.code }, { node, property: 'code' });
    }
    const seen = new Set<string>();
    for (const property of node.properties) {
        if (seen.has(property.keyword)) {
            report.error(IssueCodes.DuplicateProperty, { property: property.keyword }, { node: property, property: 'keyword' });
        }
        seen.add(property.keyword);
    }
    const max = nodeProperty(node, 'max');
    // a typo like `mx 18.5` is already reported as an unknown word; its missing max is the same mistake
    const mistyped = node.unknown.length > 0 || node.members.some(isUnknownWord);
    if (!max) {
        const document = AstUtils.getDocument(node);
        const cst = node.$cstNode;
        if (!mistyped && (!cst || !hasSyntaxErrorWithin(document, cst.offset, cst.end))) {
            report.error(IssueCodes.MissingMax, { code: node.code }, { node, property: 'code' });
        }
    } else if (max.max !== undefined) {
        const figure = readFigure(max.max);
        if (figure.kind === 'malformed') {
            report.error(IssueCodes.MalformedNumber, { text: max.max }, { node: max, property: 'max' });
        } else if (figure.kind === 'too-large') {
            report.error(IssueCodes.NumberTooLarge, { text: max.max }, { node: max, property: 'max' });
        } else if (figure.kind === 'percent' || figure.value <= 0) {
            report.error(IssueCodes.InvalidMax, { text: max.max }, { node: max, property: 'max' });
        } else {
            const rubric = AstUtils.getContainerOfType(node, isRubric);
            const step = rubric ? rubricStep(rubric) : undefined;
            if (step !== undefined && figure.value % step !== 0) {
                report.error(IssueCodes.PointsOffStep, { points: figure.value, step }, { node: max, property: 'max' });
            }
        }
    }
    const methods = scoringMethods(node);
    if (isLeaf(node)) {
        if (methods.length === 0 && !mistyped) {
            const cst = node.$cstNode;
            if (!cst || !hasSyntaxErrorWithin(AstUtils.getDocument(node), cst.offset, cst.end)) {
                report.error(IssueCodes.NoScoringMethod, { code: node.code }, { node, property: 'code' });
            }
        }
        for (const extra of methods.slice(1)) {
            report.error(IssueCodes.MultipleScoringMethods, { code: node.code }, { node: extra });
        }
    } else {
        for (const method of methods) {
            report.error(IssueCodes.MethodOnParent, { code: node.code }, { node: method });
        }
    }
}

/** Whole-tree checks: sums (exact), codes against the tree, duplicate codes, the survey share. */
export function checkTree(rubric: Rubric, report: Reporter): void {
    checkSums(rubric, report);
    checkCodes(rubric, report);
    checkSurveyShare(rubric, report);
}

/** The sum of the children's max, or undefined when any child's max is unknown (reported elsewhere). */
function childrenSum(container: Rubric | Node): Fixed | undefined {
    const maxima = childNodes(container).map(nodeMax);
    if (maxima.some((m) => m === undefined || m <= 0)) return undefined;
    return sum(maxima as Fixed[]);
}

function checkSums(rubric: Rubric, report: Reporter): void {
    for (const { node } of walkNodes(rubric)) {
        if (isLeaf(node)) continue;
        const max = nodeMax(node);
        const total = childrenSum(node);
        if (max === undefined || total === undefined || max === total) continue;
        report.error(
            IssueCodes.ChildrenMismatch,
            { kind: node.kind, code: node.code, sum: total, max },
            { node: nodeProperty(node, 'max')!, property: 'max' },
        );
    }
    const totalProperty = headerProperty(rubric, 'total');
    const declared = totalProperty ? readFigure(totalProperty.value) : undefined;
    const fields = childNodes(rubric);
    const fieldSum = childrenSum(rubric);
    if (totalProperty && declared?.kind === 'decimal' && fields.length > 0 && fieldSum !== undefined && fieldSum !== declared.value) {
        report.error(IssueCodes.TotalMismatch, { sum: fieldSum, total: declared.value }, { node: totalProperty, property: 'value' });
    }
}

function checkCodes(rubric: Rubric, report: Reporter): void {
    const firstByCode = new Map<string, Node>();
    const misplaced = new Set<Node>();
    for (const { node } of walkNodes(rubric)) {
        if (!CODE_SHAPE.test(node.code)) continue;
        const parent = node.$container;
        const segments = node.code.split('.');
        if (isRubric(parent)) {
            if (segments.length !== 1) {
                misplaced.add(node);
                report.error(IssueCodes.MalformedCode, { text: node.code }, { node, property: 'code' });
            }
            continue;
        }
        if (!CODE_SHAPE.test(parent.code)) continue;
        const parentSegments = parent.code.split('.');
        const fits = segments.length === parentSegments.length + 1 && node.code.startsWith(parent.code + '.');
        if (!fits) {
            misplaced.add(node);
            const position = childNodes(parent).indexOf(node) + 1;
            const last = segments.length === parentSegments.length + 1 ? segments[segments.length - 1] : String(position);
            report.error(
                IssueCodes.CodeParentMismatch,
                { code: node.code, parent: parent.code, expected: `${parent.code}.${last}` },
                { node, property: 'code', data: { expected: `${parent.code}.${last}` } },
            );
        }
    }
    for (const { node } of walkNodes(rubric)) {
        if (misplaced.has(node) || !CODE_SHAPE.test(node.code)) continue;
        const first = firstByCode.get(node.code);
        if (first) {
            const line = String((first.$cstNode?.range.start.line ?? 0) + 1);
            report.error(IssueCodes.DuplicateCode, { code: node.code, line }, { node, property: 'code' });
        } else {
            firstByCode.set(node.code, node);
        }
    }
}

function checkSurveyShare(rubric: Rubric, report: Reporter): void {
    let surveyPoints = 0 as Fixed;
    let known = true;
    for (const { node } of walkNodes(rubric)) {
        if (!isLeaf(node) || !scoringMethods(node).some(isSurvey)) continue;
        const max = nodeMax(node);
        if (max === undefined) known = false;
        else surveyPoints = add(surveyPoints, max);
    }
    if (!known) return;
    const declared = headerProperty(rubric, 'survey');
    if (declared) {
        const figure = readFigure(declared.value);
        const total = readFigure(headerProperty(rubric, 'total')?.value ?? '');
        const withinTotal = total.kind !== 'decimal' || (figure.kind === 'decimal' && figure.value <= total.value);
        if (figure.kind === 'decimal' && withinTotal && figure.value !== surveyPoints) {
            report.error(IssueCodes.SurveyShareMismatch, { sum: surveyPoints, share: figure.value }, { node: declared, property: 'value' });
        }
    } else if (surveyPoints > 0) {
        report.warning(
            IssueCodes.SurveyShareUndeclared,
            { sum: surveyPoints, text: toText(surveyPoints) },
            { node: rubric, property: 'name' },
        );
    }
}
