import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { scoreBatch } from '../src/tasks/score-batch.js';
import { temporaryFolder } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../../..');
const rubric = path.join(root, 'examples/huyen-2022/huyen-2022.rubric');
const assessments = path.join(root, 'examples/huyen-2022/assessments');

let folder: string | undefined;
afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
});

describe('a streamed batch reads each file twice', () => {
    test('a file that changed in between is named and the run stops (exit 2), its old figures never printed', async () => {
        folder = temporaryFolder();
        const files = ['song-cau.yaml', 'tuy-hoa.yaml', 'dong-hoa.json'].map((name) => {
            const file = path.join(folder!, name);
            fs.copyFileSync(path.join(assessments, name), file);
            return file;
        });
        let written = '';
        const io = {
            // the ranking is done when the report starts to come out: a unit edits its file just then
            stdout: {
                write: (text: string) => {
                    if (written === '') fs.appendFileSync(files[0], '\n# corrected after sending\n');
                    written += text;
                },
            },
            stderr: { write: () => undefined },
            env: {},
        };
        const run = scoreBatch({ files, rubric, format: 'json', locale: 'en' }, io);
        await expect(run).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/song-cau\.yaml: the file changed while the batch was being scored/) });
        expect(written).not.toContain('PY-SONGCAU');
    });

    test('unchanged files give the same results streamed as scored in one pass', async () => {
        let json = '';
        let table = '';
        const io = (into: (text: string) => void) => ({ stdout: { write: into }, stderr: { write: () => undefined }, env: {} });
        const files = fs.readdirSync(assessments).map((name) => path.join(assessments, name));
        expect(await scoreBatch({ files, rubric, format: 'json', locale: 'en' }, io((t) => (json += t)))).toBe(0);
        expect(await scoreBatch({ files, rubric, format: 'table', locale: 'en' }, io((t) => (table += t)))).toBe(0);
        const ranking = (JSON.parse(json) as { results: { rank: number; unit: { name: string } }[] }).results.map((r) => `${r.rank}/9 ${r.unit.name}`);
        const rows = table.split('\n').filter((l) => /^\d\/9 /.test(l)).map((l) => l.split(/ {2,}/).slice(0, 2).join(' '));
        expect(rows).toEqual(ranking);
    });
});
