import { fromNumber, toText } from '@par-rubric/language';
import type { UnitJson } from '@par-rubric/language/scoring';
import { csvLine } from '../../layouts/csv-table.js';
import type { ScoreStream, TextSink } from '../../contracts/score-report.js';
import { word } from '../report-text.js';

const HEADINGS = [
    'csv.rank', 'csv.of', 'csv.unitId', 'csv.unitName', 'csv.unitType', 'csv.total', 'csv.max', 'csv.index', 'csv.grade',
    'csv.changePoints', 'csv.changeRank', 'csv.selfTotal', 'csv.bonus', 'csv.penalty',
] as const;
/** With ranking within groups, after the unit's type: its group, its rank there, and the group's size. */
const GROUP_HEADINGS = ['csv.group', 'csv.groupRank', 'csv.groupOf'] as const;

/**
 * One line per unit with plain decimals (73.34 in both languages): rank, unit, totals, grade, change,
 * then each field's score. Headings follow --lang; the UTF-8 byte order mark makes Excel read the
 * Vietnamese letters right. Files that were
 * not scored follow after a blank line, as a second table (file, line and column or sheet and cell, JSON
 * path, message: each in a column of its own, so that a spreadsheet reads no "2:1" as a time), one line
 * per reason; without any, the file is the units' table alone. Ranked within groups, each unit's group,
 * rank and group size follow its type, and a table of each group's count per grade follows the units.
 * Streamed unit by unit.
 */
export default {
    async stream(report: ScoreStream, out: TextSink): Promise<void> {
        const { rubric, notScored, locale } = report;
        const fieldCodes = rubric.nodes.map((n) => n.code);
        const groups = report.summary.groups;
        const headings = groups ? [...HEADINGS.slice(0, 5), ...GROUP_HEADINGS, ...HEADINGS.slice(5)] : HEADINGS;
        const header = [...headings.map((key) => word(locale, key)), ...fieldCodes.map((code) => word(locale, 'csv.field', { code }))];
        await out.write('\uFEFF' + csvLine(header) + '\r\n');
        for await (const unit of report.units()) {
            const cells = unitCells(unit, fieldCodes);
            await out.write(csvLine(groups ? [...cells.slice(0, 5), ...groupCells(unit), ...cells.slice(5)] : cells) + '\r\n');
        }
        if (groups) {
            // each group's count per grade, as a table of its own after a blank line
            await out.write('\r\n' + csvLine(['group_type', 'group', 'grade', 'count']) + '\r\n');
            for (const g of groups) for (const [grade, count] of Object.entries(g.grades)) await out.write(csvLine([g.type, g.group, grade, String(count)]) + '\r\n');
        }
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

function groupCells(unit: UnitJson): string[] {
    const group = unit.group;
    if (!group) return ['', '', ''];
    return [group.name, group.rank === null ? '' : String(group.rank), String(group.of)];
}

function decimal(value: number | null): string {
    if (value === null) return '';
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : toText(exact);
}
