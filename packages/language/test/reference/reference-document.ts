import * as fs from 'node:fs';
import * as path from 'node:path';
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
