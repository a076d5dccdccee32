import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import { nodeProperty } from '../ast/rubric-queries.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { hasSyntaxErrorWithin } from '../validation/lexical-checks.js';
import { nodeSumCheck, sumText, totalSumCheck } from './branch-figures.js';

/**
 * The running subtotals an author checks while typing: after a parent's `max` how its children add up
 * ("Σ 17,5 / 18,5 — thiếu 1") and after `total` how the fields do (the rubric's shape is a CodeLens).
 * Computed from the AST, exactly; none for a branch the parser had to guess at.
 */
export class RubricInlayHintProvider extends AbstractInlayHintProvider {
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        super();
        this.i18n = services.i18n;
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (!ast.isNode(node) && !ast.isTotalProperty(node)) return;
        // where the parser had to recover, the tree (and any sum over it) is a guess
        const scope = ast.isTotalProperty(node) ? node.$container : node;
        if (!scope.$cstNode || hasSyntaxErrorWithin(AstUtils.getDocument(node), scope.$cstNode.offset, scope.$cstNode.end)) return;
        const locale = this.i18n.locale;
        if (ast.isNode(node)) {
            const check = nodeSumCheck(node);
            const max = nodeProperty(node, 'max');
            const anchor = max && GrammarUtils.findNodeForProperty(max.$cstNode, 'max');
            if (check && anchor) accept(hint(anchor.range.end, sumText(check, locale)));
        } else if (ast.isTotalProperty(node)) {
            const rubric = node.$container as ast.Rubric;
            const check = totalSumCheck(rubric);
            const anchor = GrammarUtils.findNodeForProperty(node.$cstNode, 'value');
            if (check && anchor) accept(hint(anchor.range.end, sumText(check, locale)));
        }
    }
}

function hint(position: { line: number; character: number }, label: string) {
    return { position, label, paddingLeft: true };
}
