import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openAtomicFile } from '../src/report/atomic-write.js';
import { temporaryFolder } from './helpers.js';

let folder: string;
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('a file written piece by piece', () => {
    test('nothing shows at its name before commit; then all of it, in order', () => {
        folder = temporaryFolder();
        const target = path.join(folder, 'results.json');
        fs.writeFileSync(target, 'last year');
        const file = openAtomicFile(target, 'en');
        const pieces = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`);
        for (const piece of pieces) file.write(piece);
        file.write(Buffer.from('bytes\n'));
        expect(fs.readFileSync(target, 'utf8')).toBe('last year');
        file.commit();
        expect(fs.readFileSync(target, 'utf8')).toBe(pieces.join('') + 'bytes\n');
        expect(fs.readdirSync(folder)).toEqual(['results.json']);
    });

    test('abort leaves the old file and no temporary file', () => {
        folder = temporaryFolder();
        const target = path.join(folder, 'results.csv');
        fs.writeFileSync(target, 'kept');
        const file = openAtomicFile(target, 'en');
        file.write('x'.repeat(1_000_000));
        file.abort();
        file.abort();
        expect(fs.readFileSync(target, 'utf8')).toBe('kept');
        expect(fs.readdirSync(folder)).toEqual(['results.csv']);
    });

    test('a hard-linked target stays linked, and its mode stays', () => {
        folder = temporaryFolder();
        const target = path.join(folder, 'results.json');
        const other = path.join(folder, 'published.json');
        fs.writeFileSync(target, 'old');
        fs.chmodSync(target, 0o640);
        fs.linkSync(target, other);
        const file = openAtomicFile(target, 'en');
        file.write('new '.repeat(100_000));
        file.commit();
        expect(fs.readFileSync(other, 'utf8')).toBe('new '.repeat(100_000));
        expect(fs.statSync(target).ino).toBe(fs.statSync(other).ino);
        expect(fs.statSync(target).mode & 0o777).toBe(0o640);
        expect(fs.readdirSync(folder).sort()).toEqual(['published.json', 'results.json']);
    });

    test('a folder that does not exist: one message naming the file', () => {
        folder = temporaryFolder();
        expect(() => openAtomicFile(path.join(folder, 'none/results.json'), 'en')).toThrow(/results\.json: cannot write the file \(ENOENT\)/);
    });
});
