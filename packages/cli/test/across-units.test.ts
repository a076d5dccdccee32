import { describe, expect, test } from 'vitest';
import { acrossUnitsOf } from '../src/report/score/across-units.js';
import { changeTable } from '../src/report/score/across-units-rows.js';
import { exampleReport } from './helpers.js';

describe('the units across fields', () => {
    test('an item still waiting for the survey or the council, or one that does not apply, has lost nothing', async () => {
        const report = await exampleReport('vi');
        const units = structuredClone(report.results.results);
        const before = acrossUnitsOf(report.rubric, units, undefined).mostLost[0];
        // the top criterion pending for every unit that lost points there: it leaves the list
        for (const unit of units) {
            const item = unit.items.find((i) => i.code === before.code)!;
            unit.pending = { points: item.max, reachable: unit.total + item.max, items: [{ code: item.code, title: item.title, max: item.max, awaiting: 'survey' }] };
        }
        expect(acrossUnitsOf(report.rubric, units, undefined).mostLost.map((c) => c.code)).not.toContain(before.code);
        // Sông Hinh's 3.6.1 does not apply: eight units count there, not nine
        const interlinked = acrossUnitsOf(report.rubric, report.results.results, undefined).mostLost.find((c) => c.code === '3.6.1')!;
        expect(interlinked.of).toBe(8);
    });

    test('a unit missing from last year\'s results gets a note, not a change of its whole score', async () => {
        const report = await exampleReport('en');
        const previous = new Map(report.previous);
        previous.delete('PY-SONGCAU');
        const across = acrossUnitsOf(report.rubric, report.results.results, previous);
        const songCau = across.units.find((u) => u.id === 'PY-SONGCAU')!;
        expect(songCau.previous).toBe('none');
        expect(songCau.fields.every((f) => f.change === null)).toBe(true);
        const row = changeTable(across, 'en')!.rows.find((r) => r.name === 'UBND thị xã Sông Cầu')!;
        expect(row).toEqual({ name: 'UBND thị xã Sông Cầu', note: 'no 2021 result' });
    });

    test('without last year\'s results there is no change table', async () => {
        const report = await exampleReport('vi');
        const across = acrossUnitsOf(report.rubric, report.results.results, undefined);
        expect(across.previousYear).toBeNull();
        expect(changeTable(across, 'vi')).toBeUndefined();
        expect(across.units.every((u) => u.previous === null)).toBe(true);
    });
});
