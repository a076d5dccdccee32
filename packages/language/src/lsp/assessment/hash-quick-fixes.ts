import type { TextDocument } from 'langium';
import * as jsoncModule from 'jsonc-parser';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Locale } from '../../i18n/locale.js';
import { ProblemCodes } from '../../scoring/problems.js';
import { assessmentFormat } from './assessment-files.js';
import { assessmentLspText } from './assessment-lsp-text.js';

const jsonc: typeof jsoncModule = (Reflect.get(jsoncModule, 'default') as typeof jsoncModule | undefined) ?? jsoncModule;

/**
 * Quick fixes for an assessment whose `hash` does not name the rubric as it stands, offered only where the
 * answers still fit it (a rename, a reworded title): write the current hash, or add it where there is none.
 * Where the answers no longer fit (`assessment/hash`, an error) there is no fix: the misfits must be answered.
 */
export function hashQuickFixes(document: TextDocument, diagnostics: readonly Diagnostic[], hash: string, locale: Locale): CodeAction[] {
    const format = assessmentFormat(document.uri);
    if (!format) return [];
    const fix = (title: string, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: edits } },
    });
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) {
        if (diagnostic.code === ProblemCodes.RevisedRubric) {
            // the diagnostic covers the hash value as written, quotes included
            const written = document.getText(diagnostic.range);
            const newText = format === 'json' || /^["']/.test(written) ? JSON.stringify(hash) : hash;
            actions.push(fix(assessmentLspText(locale, 'updateHash', {}), diagnostic, [{ range: diagnostic.range, newText }]));
        } else if (diagnostic.code === ProblemCodes.HashMissing) {
            const text = document.getText();
            const eol = text.includes('\r\n') ? '\r\n' : '\n';
            const edits = format === 'json' ? addJsonHash(document, text, eol, hash) : addYamlHash(text, eol, hash);
            if (edits.length > 0) actions.push(fix(assessmentLspText(locale, 'addHash', {}), diagnostic, edits));
        }
    }
    return actions;
}

/** `"hash": "…"` right after `"rubric"`, indented as the file is. */
function addJsonHash(document: TextDocument, text: string, eol: string, hash: string): TextEdit[] {
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
    const edits = jsonc.modify(text, ['hash'], hash, { formattingOptions, getInsertionIndex: (properties) => properties.indexOf('rubric') + 1 });
    return edits.map((edit) => ({ range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, newText: edit.content }));
}

/** A `hash:` line under the top-level `rubric:` line; a file without one (flow style) gets no fix. */
function addYamlHash(text: string, eol: string, hash: string): TextEdit[] {
    const lines = text.split(/\r?\n/);
    const at = lines.findIndex((line) => /^rubric:/.test(line));
    if (at < 0 || at + 1 >= lines.length) return [];
    const start = { line: at + 1, character: 0 };
    return [{ range: { start, end: start }, newText: `hash: ${hash}${eol}` }];
}
