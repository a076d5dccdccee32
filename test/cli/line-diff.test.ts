import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { unifiedDiff } from '../../packages/cli/src/report/line-diff.js';

const hasPatch = spawnSync('patch', ['--version']).status === 0;

describe('unified diff', () => {
    test('hunks with three lines of context, numbered as diff -u numbers them', () => {
        const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].join('\n') + '\n';
        const after = before.replace('b\n', 'B\n').replace('k\n', '');
        expect(unifiedDiff(before, after, 'a/x', 'b/x')).toBe(
            ['--- a/x', '+++ b/x', '@@ -1,5 +1,5 @@', ' a', '-b', '+B', ' c', ' d', ' e', '@@ -8,5 +8,4 @@', ' h', ' i', ' j', '-k', ' l', ''].join('\n'),
        );
    });

    test('a missing line break at the end is a change of its own', () => {
        expect(unifiedDiff('a\nb', 'a\nb\n', 'x', 'y')).toBe('--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n');
        expect(unifiedDiff('same\n', 'same\n', 'x', 'y')).toBe('');
    });

    test('two unrelated long texts: one block of removals and additions, in bounded time and memory', () => {
        const before = Array.from({ length: 6000 }, (_, i) => `old ${i}`).join('\n') + '\n';
        const after = Array.from({ length: 6000 }, (_, i) => `new ${i}`).join('\n') + '\n';
        const lines = unifiedDiff(before, after, 'x', 'y').split('\n');
        expect(lines[2]).toBe('@@ -1,6000 +1,6000 @@');
        expect(lines.filter((l) => l.startsWith('-old')).length).toBe(6000);
        expect(lines.filter((l) => l.startsWith('+new')).length).toBe(6000);
    });

    test.skipIf(!hasPatch)('patch turns the old text into the new one, with as few changed lines as GNU diff', () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-diff-'));
        const line = fc.constantFrom('a', 'b', 'c', 'd', '');
        const text = fc.tuple(fc.array(line, { maxLength: 25 }), fc.boolean()).map(([lines, end]) => lines.join('\n') + (end && lines.length ? '\n' : ''));
        try {
            fc.assert(
                fc.property(text, text, (before, after) => {
                    const [old, neu] = [path.join(folder, 'old'), path.join(folder, 'new')];
                    fs.writeFileSync(old, before);
                    fs.writeFileSync(neu, after);
                    const ours = unifiedDiff(before, after, 'old', 'new');
                    const gnu = spawnSync('diff', ['-u', old, neu], { encoding: 'utf8' }).stdout;
                    const changes = (d: string) => d.split('\n').slice(2).filter((l) => l.startsWith('-') || l.startsWith('+')).length;
                    expect(changes(ours)).toBe(changes(gnu));
                    if (ours === '') {
                        expect(before).toBe(after);
                        return;
                    }
                    const applied = spawnSync('patch', ['-s', old], { input: ours, encoding: 'utf8' });
                    expect(applied.status, applied.stderr).toBe(0);
                    expect(fs.readFileSync(old, 'utf8')).toBe(after);
                }),
                { numRuns: 100 },
            );
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });
});
