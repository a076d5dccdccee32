import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { KEYWORD_SECTIONS } from '../reference/reference-links.js';

/**
 * The section of the language reference that explains a keyword where it stands: most words mean one
 * thing, but some serve several constructs (`min` and `max` are formula functions too, `step` also sets a
 * judged item's step, `date` and `issuer` are parts of the decision line, `missing` a deadline outcome).
 */
export function keywordSection(keyword: string, node: AstNode): string | undefined {
    if (!(keyword in KEYWORD_SECTIONS)) return undefined;
    if (ast.isExpression(node)) return 'formula';
    if (ast.isDecisionProperty(node)) return 'decision';
    if (ast.isSurvey(node)) return 'survey';
    if (ast.isJudged(node)) return 'judged';
    if (ast.isDeadlineOutcome(node)) return 'deadline';
    if (ast.isAdjustment(node)) return 'adjustments';
    return KEYWORD_SECTIONS[keyword];
}
