import { fromNumber, toText, type CompiledRubric, type Locale } from '@par-rubric/language';
import { csvLine } from '../../layouts/csv-table.js';
import { annexOf } from './annex-model.js';

/** The annex table as CSV: the six columns with headings in the chosen language, plain decimals, BOM for Excel. */
export default function annexCsv(rubric: CompiledRubric, locale: Locale): string {
    const annex = annexOf(rubric, locale);
    const decimal = (value: number): string => toText(fromNumber(value)!);
    const lines = [csvLine(annex.headings), ...annex.rows.map((row) => csvLine([row.code, row.title, decimal(row.max), row.rule, row.evidence, row.lead]))];
    lines.push(csvLine(['', annex.totalLabel, decimal(annex.total), '', '', '']));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
