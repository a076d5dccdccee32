import type { Locale } from '@par-rubric/language';
import { markdownText as escape } from '../../safe-text/markdown.js';
import type { AcrossUnits } from './across-units.js';
import { changeTable, heatTable, mostLostTable } from './across-units-rows.js';
import { acrossText } from './across-units-text.js';

/** The across-units part in Markdown: the fields × units table (percentages; no colours in plain text), the most points lost, the change per field. */
export function acrossUnitsMarkdown(across: AcrossUnits, locale: Locale): string[] {
    const heat = heatTable(across, locale);
    const out: string[] = ['', `## ${acrossText(locale, 'byFieldTitle')}`, '', row(heat.headings), rule(['---', ...across.fields.map(() => '---:')])];
    for (const r of heat.rows) out.push(row([r.name, ...r.cells.map((c) => c.text)]));
    out.push('', `## ${acrossText(locale, 'mostLostTitle')}`, '');
    const lost = mostLostTable(across, locale);
    if (lost.rows.length === 0) out.push(acrossText(locale, 'mostLostNone'));
    else {
        out.push(row(lost.headings), rule(['---:', '---', '---', '---:', '---:', '---:']));
        for (const r of lost.rows) out.push(row(r));
    }
    const change = changeTable(across, locale);
    if (change) {
        out.push('', `## ${escape(change.title)}`, '');
        if (!change.anyBreakdown) out.push(escape(acrossText(locale, 'noneWithBreakdown', { year: across.previousYear! })));
        else {
            out.push(row(change.headings), rule(['---', ...across.fields.map(() => '---:')]));
            // a unit without last year's field scores: its note in the first field's column, the rest empty
            for (const r of change.rows) out.push(row('cells' in r ? [r.name, ...r.cells] : [r.name, r.note, ...across.fields.slice(1).map(() => '')]));
        }
    }
    return out;
}

function row(cells: readonly string[]): string {
    return `| ${cells.map(escape).join(' | ')} |`;
}

function rule(alignments: readonly string[]): string {
    return `| ${alignments.join(' | ')} |`;
}
