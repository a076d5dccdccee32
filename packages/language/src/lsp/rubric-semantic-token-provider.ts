import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The keyword that opens each scoring method: coloured as the "function" that scores a leaf. */
const METHOD_KEYWORD: Record<string, string> = {
    Choice: 'choice',
    YesNo: 'yesno',
    Deadline: 'deadline',
    Bands: 'bands',
    Proportional: 'proportional',
    Deduction: 'deduct',
    Judged: 'judged',
    Survey: 'survey',
    Formula: 'formula',
};

/**
 * Colours by role, beyond what the TextMate grammar can tell apart: codes (namespace), points and
 * percentages (number), metrics (variable) and evidence (class) where declared and where used, structure
 * keywords (keyword), property words like `max` and `total` (property), scoring methods (function).
 */
export class RubricSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const number = (property: string) => accept({ node, property: property as never, type: SemanticTokenTypes.number });
        if (ast.isRubric(node)) {
            accept({ node, keyword: 'rubric', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (ast.isNode(node)) {
            accept({ node, property: 'kind', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'code', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (ast.isNodeProperty(node)) {
            accept({ node, property: 'keyword', type: SemanticTokenTypes.property });
            if (node.max !== undefined) number('max');
        } else if (ast.isYearProperty(node) || ast.isTotalProperty(node) || ast.isStepProperty(node) || ast.isSurveyShareProperty(node)) {
            accept({ node, property: 'keyword', type: SemanticTokenTypes.property });
            number('value');
        } else if (ast.isUnitTypeProperty(node) || ast.isBasisProperty(node) || ast.isTiesProperty(node) || ast.isMissingEvidenceProperty(node)) {
            accept({ node, property: 'keyword', type: SemanticTokenTypes.property });
        } else if (ast.isMetric(node)) {
            accept({ node, keyword: 'metric', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.declaration });
            accept({ node, property: 'type', type: SemanticTokenTypes.type });
        } else if (ast.isEvidence(node)) {
            accept({ node, keyword: 'evidence', type: SemanticTokenTypes.keyword });
            accept({ node, property: 'name', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
        } else if (ast.isEvidenceProperty(node)) {
            accept({ node, property: 'keyword', type: SemanticTokenTypes.property });
            if (node.minCount !== undefined) number('minCount');
        } else if (ast.isEvidenceRef(node)) {
            if (node.evidence) accept({ node, property: 'evidence', type: SemanticTokenTypes.class });
        } else if (ast.isRequirement(node)) {
            accept({ node, keyword: 'requires', type: SemanticTokenTypes.keyword });
        } else if (ast.isMissingEffect(node)) {
            if (node.cap !== undefined) number('cap');
        } else if (node.$type in METHOD_KEYWORD) {
            accept({ node, keyword: METHOD_KEYWORD[node.$type], type: SemanticTokenTypes.function });
            if (ast.isBands(node) || ast.isProportional(node) || ast.isDeduction(node) || ast.isDeadline(node)) {
                accept({ node, property: 'metric', type: SemanticTokenTypes.variable });
            }
            if (ast.isDeduction(node)) number('amount');
            if (ast.isJudged(node) && node.step !== undefined) number('step');
        } else if (ast.isOutcome(node) || ast.isYesNoOutcome(node) || ast.isDeadlineOutcome(node)) {
            number('points');
        } else if (ast.isBand(node)) {
            if (node.threshold !== undefined) number('threshold');
            if (node.otherwise) accept({ node, keyword: 'else', type: SemanticTokenTypes.keyword });
            number('points');
        } else if (ast.isAdjustment(node)) {
            accept({ node, property: 'kind', type: SemanticTokenTypes.keyword });
            if (node.max !== undefined) number('max');
        } else if (ast.isGrade(node)) {
            if (node.threshold !== undefined) number('threshold');
        } else if (ast.isMetricRef(node)) {
            accept({ node, property: 'metric', type: SemanticTokenTypes.variable });
        } else if (ast.isCall(node)) {
            accept({ node, property: 'function', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.defaultLibrary });
        } else if (ast.isNumberLiteral(node)) {
            number('value');
        }
    }
}
