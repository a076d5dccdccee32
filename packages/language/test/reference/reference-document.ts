import { AstUtils, GrammarAST } from 'langium';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RubricLanguageGrammar } from '../../src/generated/grammar.js';
import type { Locale } from '../../src/i18n/locale.js';
import { referenceFile } from '../../src/reference/reference-links.js';

/**
 * The language reference read as a test sees it. Its examples are fenced blocks marked
 *
 *     ```rubric right                  an example that checks clean: no error, no warning
 *     ```rubric wrong="bands/no-else"  an example whose only diagnostics carry that code
 *
 * A block may hold several files, each opened by a line `// file: name.rubric` (`// tệp: …` in Vietnamese),
 * for imports. Anchors are `<a id="…"></a>`; a section runs from its anchor to the next one.
 */
export type Example = { kind: 'right' | 'wrong'; code?: string; line: number; files: { name: string; text: string }[] };
export type ReferenceDocument = { locale: Locale; text: string; anchors: string[]; examples: Example[]; section(anchor: string): string };

const root = path.resolve(import.meta.dirname, '../../../..');
const FENCE = /^```rubric (right|wrong="([^"]+)")\n([\s\S]*?)^```$/gm;
const ANCHOR = /<a id="([^"]+)"><\/a>/g;
const FILE_LINE = /^\/\/ (?:file|tệp): (\S+)$/m;

export function readReference(locale: Locale): ReferenceDocument {
    const text = fs.readFileSync(path.join(root, referenceFile(locale)), 'utf8');
    const anchors = [...text.matchAll(ANCHOR)].map((m) => m[1]);
    const examples = [...text.matchAll(FENCE)].map((m) => ({
        kind: m[1] === 'right' ? ('right' as const) : ('wrong' as const),
        code: m[2],
        line: text.slice(0, m.index).split('\n').length,
        files: splitFiles(m[3]),
    }));
    const section = (anchor: string) => {
        const start = text.indexOf(`<a id="${anchor}"></a>`);
        if (start < 0) return '';
        const next = text.slice(start + 1).search(ANCHOR);
        return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
    };
    return { locale, text, anchors, examples, section };
}

function splitFiles(block: string): { name: string; text: string }[] {
    if (!FILE_LINE.test(block)) return [{ name: 'example.rubric', text: block }];
    const parts = block.split(/^(?=\/\/ (?:file|tệp): )/m).filter((part) => part.trim() !== '');
    return parts.map((part) => ({ name: FILE_LINE.exec(part)![1], text: part }));
}

/** The words of the grammar: its punctuation ({, :, >=, …) is explained beside what it punctuates. */
export const grammarKeywords = [
    ...new Set(
        AstUtils.streamAllContents(RubricLanguageGrammar())
            .filter(GrammarAST.isKeyword)
            .map((keyword) => keyword.value)
            .filter((value) => /^\w+$/.test(value)),
    ),
].sort();

/** A section explains a keyword when it names it in `code` or uses it in one of its examples. */
export function explains(section: string, keyword: string): boolean {
    if (section.includes(`\`${keyword}\``)) return true;
    const examples = [...section.matchAll(/^```rubric[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    return examples.some((example) => new RegExp(`(?<![\\w])${keyword}(?![\\w])`).test(example));
}
