import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRubricServices, checkAssessmentText, EditorRubrics, rubricNodePlaces } from '@par-rubric/language';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { scoreView } from '../src/language/score-view.js';

const fixtures = path.resolve(import.meta.dirname, '../../../test/editor/fixtures/district');
const rubricFile = path.join(fixtures, 'district.rubric');
const assessmentUri = URI.file(path.join(fixtures, 'unit-a.assessment.json')).toString();
const unitA = fs.readFileSync(path.join(fixtures, 'unit-a.assessment.json'), 'utf8');

/** The preview's view of an assessment of the fixture rubric, as the server builds it. */
async function view(assessment: string, locale: 'vi' | 'en' = 'vi') {
    const { shared } = createRubricServices(NodeFileSystem);
    const rubrics = new EditorRubrics(shared);
    const rubricUri = URI.file(rubricFile).toString();
    const found = await checkAssessmentText(rubrics, assessmentUri, assessment, locale, rubricUri);
    expect(found.problems).toEqual([]);
    const { plan, score } = found.scored!;
    return scoreView({ plan, score, rubricUri, places: rubricNodePlaces(found.rubric!), warnings: found.warnings, assessmentUri }, locale);
}

describe('the score preview’s view', () => {
    test('each line links to its rubric node, and a criterion that lost points says why, per item', async () => {
        const shown = await view(unitA);
        expect(shown.total).toBe('81,64');
        const lines = fs.readFileSync(rubricFile, 'utf8').split('\n');
        for (const row of shown.rows) expect(lines[row.target!.line].slice(row.target!.character)).toMatch(new RegExp(`^${row.code.replace(/\./g, '\\.')}\\b`));
        const lost = shown.rows.flatMap((row) => row.items.filter((item) => item.lost).map((item) => [row.code, item.code, item.points, item.max]));
        expect(lost).toContainEqual(['1.2', '1.2', '14,25', '15,5']);
        const criterion = shown.rows.find((row) => row.code === '1.2')!;
        expect(criterion.items[0].reason).toMatch(/^Điểm thẩm định vòng 1/);
        // full marks are not a loss
        expect(shown.rows.flatMap((row) => row.items).find((item) => item.code === '1.1.1')?.lost).toBe(false);
    });

    test('words and figures follow the one language asked for', async () => {
        const english = await view(unitA, 'en');
        expect(english.total).toBe('81.64');
        expect(english.labels.total).toBe('Total');
        expect((await view(unitA, 'vi')).labels.total).toBe('Tổng điểm');
    });

    test('a result still waiting for the survey says it is provisional, and how far it may reach', async () => {
        const waiting = await view(unitA.replace('"survey": { "4.1": 25.64 }', '"survey": {}'));
        expect(waiting.provisional).toBe('Kết quả tạm thời: còn 32 điểm của 1 tiêu chí chưa có (khảo sát, thẩm định); tổng điểm có thể lên tới 88.');
        expect((await view(unitA)).provisional).toBeUndefined();
    });
});
