import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { IssueCodes } from '../../src/validation/issue-codes.js';

const folder = path.join(import.meta.dirname, '../../src/validation');
const MENTION = /IssueCodes\.(\w+)/g;
/** The list of codes, and the document validator, which sorts other files' findings by their codes. */
const READERS = new Set(['issue-codes.ts', 'rubric-document-validator.ts']);

/** A newcomer looking for the rule behind `bands/unreachable` opens validation/bands.ts: nothing else raises it. */
test('each issue code is raised only in the validation file named after its prefix', () => {
    const misplaced: string[] = [];
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.ts') && !READERS.has(f))) {
        const source = fs.readFileSync(path.join(folder, file), 'utf8');
        for (const [, name] of source.matchAll(MENTION)) {
            const code: string = IssueCodes[name as keyof typeof IssueCodes];
            const home = `${code.split('/')[0]}.ts`;
            if (file !== home) misplaced.push(`${code} raised in ${file}, not ${home}`);
        }
    }
    expect(misplaced).toEqual([]);
});
