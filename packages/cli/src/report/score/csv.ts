import { fromNumber, toText } from '@par-rubric/language';
import type { UnitJson } from '@par-rubric/language/scoring';
import { csvLine } from '../../layouts/csv-table.js';
import type { ScoreStream, TextSink } from '../../contracts/score-report.js';
import { word } from '../report-text.js';

const HEADINGS = [
    'csv.rank', 'csv.of', 'csv.unitId', 'csv.unitName', 'csv.unitType', 'csv.total', 'csv.max', 'csv.index', 'csv.grade',
    'csv.changePoints', 'csv.changeRank', 'csv.selfTotal', 'csv.bonus', 'csv.penalty',
] as const;

/**
 * One line per unit with plain decimals (73.34 in both languages): rank, unit, totals, grade, change,
 * then each field's score. Headings follow --lang; the UTF-8 byte order mark makes Excel read the
 * Vietnamese letters right. Files that were
 * not scored follow after a blank line, as a second table (file, line and column or sheet and cell, JSON
 * path, message: each in a column of its own, so that a spreadsheet reads no "2:1" as a time), one line
 * per reason; without any, the file is the units' table alone. Streamed unit by unit.
 */
export default {
    async stream(report: ScoreStream, out: TextSink): Promise<void> {
        const { rubric, notScored, locale } = report;
        const fieldCodes = rubric.nodes.map((n) => n.code);
        const header = [...HEADINGS.map((key) => word(locale, key)), ...fieldCodes.map((code) => word(locale, 'csv.field', { code }))];
        await out.write('\uFEFF' + csvLine(header) + '\r\n');
        for await (const unit of report.units()) await out.write(csvLine(unitCells(unit, fieldCodes)) + '\r\n');
        if (notScored.length === 0) return;
        await out.write('\r\n' + csvLine(['not_scored_file', 'line', 'column', 'sheet', 'cell', 'path', 'message']) + '\r\n');
        for (const file of notScored) {
            for (const p of file.problems) {
                const place = [p.line, p.column].map((n) => (n === undefined ? '' : String(n)));
                await out.write(csvLine([file.file, ...place, p.sheet ?? '', p.cell ?? '', p.path ?? '', p.message]) + '\r\n');
            }
        }
    },
};

function unitCells(unit: UnitJson, fieldCodes: readonly string[]): string[] {
    const fields = fieldCodes.map((code) => decimal(unit.fields.find((f) => f.code === code)?.score ?? null));
    return [
        unit.rank === null ? '' : String(unit.rank),
        String(unit.of),
        unit.unit.id,
        unit.unit.name,
        unit.unit.type,
        decimal(unit.total),
        decimal(unit.max),
        decimal(unit.index),
        unit.grade ?? '',
        decimal(unit.change?.points ?? null),
        unit.change?.rank === null || unit.change === null ? '' : String(unit.change.rank),
        decimal(unit.selfTotal),
        decimal(unit.bonus),
        decimal(unit.penalty),
        ...fields,
    ];
}

function decimal(value: number | null): string {
    if (value === null) return '';
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : toText(exact);
}
