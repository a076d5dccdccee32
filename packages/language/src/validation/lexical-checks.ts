import { CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import type { RubricFile } from '../generated/ast.js';
import { isUnterminatedString } from '../parser/value-converter.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A missing closing quote: the lexer accepted the string up to the line's end, so we say it here. */
export function checkUnterminatedStrings(file: RubricFile, report: Reporter): void {
    const root = file.$cstNode;
    if (!root) return;
    for (const cst of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(cst) || cst.tokenType.name !== 'STRING') continue;
        if (isUnterminatedString(cst.text)) {
            report.error(IssueCodes.UnterminatedString, {}, { node: file, range: cst.range });
        }
    }
}

/** True when the parser already complained inside this node's text: its gaps are not new findings. */
export function hasSyntaxErrorWithin(document: LangiumDocument, offset: number, end: number): boolean {
    for (const error of document.parseResult.parserErrors) {
        const at = error.token.startOffset;
        if (Number.isFinite(at) && at >= offset && at <= end) return true;
    }
    return false;
}
