import { fromNumber, toText } from '@par-rubric/language';
import { csvLine } from '../../layouts/csv-table.js';
import type { ScoreReport } from '../../contracts/score-report.js';

/**
 * One line per unit with plain decimals (73.34 in both languages): rank, unit, totals, grade, change,
 * then each field's score. Column names are stable keys, for spreadsheets and scripts.
 */
export default function csvReport({ rubric, results }: ScoreReport): string {
    const fieldCodes = rubric.nodes.map((n) => n.code);
    const header = ['rank', 'of', 'unit_id', 'unit_name', 'unit_type', 'total', 'max', 'index', 'grade', 'change_points', 'change_rank', 'self_total', 'bonus', 'penalty', ...fieldCodes.map((c) => `field_${c}`)];
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
    return lines.join('\r\n') + '\r\n';
}

function decimal(value: number | null): string {
    if (value === null) return '';
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : toText(exact);
}
