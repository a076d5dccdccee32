import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { RubricServices } from '../rubric-services.js';
import { hasSyntaxErrorWithin } from '../validation/lexical-checks.js';
import { rubricShape, shapeText } from './branch-figures.js';

/**
 * The rubric's shape ("8 lĩnh vực · 34 tiêu chí · 62 tiêu chí thành phần · 100 điểm") on a line of its
 * own above the `rubric` line: an inlay hint would sit at the end of a long title and be cut short. A
 * lens with no command is plain text; none while the parser had to guess at the tree.
 */
export class RubricCodeLensProvider implements CodeLensProvider {
    private readonly i18n: I18nSettings;

    constructor(services: RubricServices) {
        this.i18n = services.i18n;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!ast.isRubricFile(root)) return [];
        return root.rubrics.flatMap((rubric) => {
            const cst = rubric.$cstNode;
            if (!cst || hasSyntaxErrorWithin(AstUtils.getDocument(rubric), cst.offset, cst.end)) return [];
            const line = cst.range.start.line;
            const range = { start: { line, character: 0 }, end: { line, character: 0 } };
            return [{ range, command: { title: shapeText(rubricShape(rubric), this.i18n.locale), command: '' } }];
        });
    }
}
