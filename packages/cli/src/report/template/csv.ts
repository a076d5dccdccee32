import { toText, fromNumber, type CompiledRubric, type Locale } from '@par-rubric/language';
import { csvLine } from '../../layouts/csv-table.js';
import { CSV_COLUMNS, HEADER_FIELDS } from '../../layouts/sheet-layout.js';
import { describeScoring } from '../rule-text.js';
import type { TemplateUnit } from '../../contracts/template-writer.js';
import { evidenceSlots, templateRows } from './template-rows.js';

/**
 * The CSV template: a header line of column keys, the header block and the metrics as records, one line
 * per leaf (with a further line for each further required document), then the bonus and penalty lines.
 * Parts that may not apply have a line too. Plain decimals, comma-separated, CRLF line ends and a BOM, which is what Excel opens as UTF-8.
 */
export default function csvTemplate(rubric: CompiledRubric, locale: Locale, unit?: TemplateUnit): string {
    const lines: string[][] = [[...CSV_COLUMNS]];
    const record = (values: Record<string, string>): void => {
        lines.push(CSV_COLUMNS.map((key) => values[key] ?? ''));
    };
    const known: Record<string, string> = {
        rubric: rubric.id,
        hash: rubric.hash,
        year: String(rubric.year),
        'unit.id': unit?.id ?? '',
        'unit.name': unit?.name ?? '',
        'unit.type': unit?.type ?? rubric.unitType,
        'unit.group': unit?.group ?? '',
    };
    for (const field of HEADER_FIELDS) record({ record: 'header', code: field.key, title: field.label[locale], value: known[field.key] ?? '' });
    for (const metric of rubric.metrics) {
        record({ record: 'metric', code: metric.name, title: metric.title ?? '', method: metric.type, required: (metric.options ?? []).join('; ') });
    }
    for (const row of templateRows(rubric, locale)) {
        const { node } = row;
        // a part that may not apply gets a line of its own, to be marked in the notApplicable column
        if (!row.leaf) {
            if (node.optional) record({ record: 'item', code: node.code, title: node.title, max: decimal(node.max) });
            continue;
        }
        const titles = evidenceSlots(node, rubric);
        record({
            record: 'item',
            code: node.code,
            title: node.title,
            max: decimal(node.max),
            method: describeScoring(node, rubric, locale),
            required: titles[0] ?? '',
        });
        for (const title of titles.slice(1)) record({ record: 'item', required: title });
    }
    for (const [kind, list] of [['bonus', rubric.adjustments.bonuses], ['penalty', rubric.adjustments.penalties]] as const) {
        for (const a of list) record({ record: kind, code: a.key, title: a.title, max: decimal(a.max) });
    }
    return '\uFEFF' + lines.map((values) => csvLine(values)).join('\r\n') + '\r\n';
}

function decimal(value: number): string {
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : toText(exact);
}
