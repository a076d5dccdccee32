import { fromNumber, toText } from '@par-rubric/language';
import { csvLine } from '../../layouts/csv-table.js';
import type { ScoreReport } from '../../contracts/score-report.js';
import { word } from '../report-text.js';

const HEADINGS = [
    'csv.rank', 'csv.of', 'csv.unitId', 'csv.unitName', 'csv.unitType', 'csv.total', 'csv.max', 'csv.index', 'csv.grade',
    'csv.changePoints', 'csv.changeRank', 'csv.selfTotal', 'csv.bonus', 'csv.penalty',
] as const;

/**
 * One line per unit with plain decimals (73.34 in both languages): rank, unit, totals, grade, change,
 * then each field's score. Headings follow --lang; the UTF-8 byte order mark makes Excel read the
 * Vietnamese letters right.
 */
export default function csvReport({ rubric, results, locale }: ScoreReport): string {
    const fieldCodes = rubric.nodes.map((n) => n.code);
    const header = [...HEADINGS.map((key) => word(locale, key)), ...fieldCodes.map((code) => word(locale, 'csv.field', { code }))];
    const lines = [csvLine(header)];
    for (const unit of results.results) {
        const fields = fieldCodes.map((code) => decimal(unit.fields.find((f) => f.code === code)?.score ?? null));
        lines.push(
            csvLine([
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
            ]),
        );
    }
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function decimal(value: number | null): string {
    if (value === null) return '';
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : toText(exact);
}
