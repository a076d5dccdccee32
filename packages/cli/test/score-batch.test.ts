import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { scoreBatch } from '../src/tasks/score-batch.js';
import { prepareRubric, rankScores, scoreAssessment, toResultsJson } from '@par-rubric/language/scoring';
import { readAssessmentFile } from '../src/input/assessment/read-assessment.js';
import { exampleCompiled, temporaryFolder } from './helpers.js';
import { acrossUnitsOf } from '../src/report/score/across-units.js';

const root = path.resolve(import.meta.dirname, '../../..');
const rubric = path.join(root, 'examples/huyen-2022/huyen-2022.rubric');
const assessments = path.join(root, 'examples/huyen-2022/assessments');

let folder: string | undefined;
afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    folder = undefined;
});

describe('a big streamed batch scores each file twice, from the assessment kept from its first reading', () => {
    test('a file that changed in between is named and the run stops (exit 2), its old figures never printed', async () => {
        folder = temporaryFolder();
        // Sông Cầu as 120 units: more than a batch whose detail is kept from the first reading
        const text = fs.readFileSync(path.join(assessments, 'song-cau.yaml'), 'utf8');
        const files = Array.from({ length: 120 }, (_, i) => {
            const file = path.join(folder!, `unit-${i}.yaml`);
            fs.writeFileSync(file, text.replace('id: PY-SONGCAU', `id: PY-${i}`));
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
        // all tie: ranked by id, so unit-0 comes first
        await expect(run).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/unit-0\.yaml: the file changed while the batch was being scored/) });
        expect(written).not.toContain('"PY-0"');
    });

    test('unchanged files: the streamed results are byte for byte those of the batch scored in memory', async () => {
        folder = temporaryFolder();
        // the nine districts as 14 rounds of units (126 files): JSON, YAML and XLSX, each scored again from what was kept
        const files: string[] = [];
        for (let round = 0; round < 14; round++) {
            for (const name of fs.readdirSync(assessments)) {
                const file = path.join(folder, `r${round}-${name}`);
                if (name.endsWith('.xlsx')) {
                    if (round > 0) continue;
                    fs.copyFileSync(path.join(assessments, name), file);
                } else {
                    fs.writeFileSync(file, fs.readFileSync(path.join(assessments, name), 'utf8').replace(/PY-[A-Z]+/, (id) => `${id}-${round}`));
                }
                files.push(file);
            }
        }
        expect(files.length).toBeGreaterThan(100);
        let json = '';
        const io = { stdout: { write: (t: string) => void (json += t) }, stderr: { write: () => undefined }, env: {} };
        expect(await scoreBatch({ files, rubric, format: 'json', locale: 'vi' }, io)).toBe(0);
        const compiled = await exampleCompiled();
        const plan = prepareRubric(compiled);
        const scores = [];
        for (const file of files) scores.push(scoreAssessment(plan, (await readAssessmentFile(file, compiled, 'vi')).assessment));
        const results = toResultsJson(rankScores(plan, scores), 'vi');
        const expected = { ...results, notScored: [], acrossUnits: acrossUnitsOf(compiled, results.results, undefined) };
        expect(json).toBe(JSON.stringify(expected, null, 2) + '\n');
    });
});
