import type { Locale } from '@par-rubric/language';
import { escapeHtml as e } from '../html/html-escape.js';
import type { AcrossUnits } from './across-units.js';
import { changeTable, heatTable, mostLostTable } from './across-units-rows.js';
import { acrossText } from './across-units-text.js';
import { fraction } from './figures.js';
import { shadeLegend } from './heat-scale.js';

/** The heat map's shades as classes: the page's policy allows its one stylesheet, no style attribute. */
export function acrossUnitsStyle(): string {
    const shades = shadeLegend('en').map((shade, i) => `td.h${i}, span.h${i} { background: #${shade.colour}; }`);
    return [
        ...shades,
        'table.heat td, table.heat th { text-align: center; font-size: 11pt; }',
        'table.heat th { font-size: 10pt; }',
        'table.heat td:first-child { text-align: left; white-space: nowrap; }',
        'span.entry { white-space: nowrap; }',
        'span.swatch { display: inline-block; width: 1.2em; height: 0.9em; border: 1px solid #444; margin: 0 0.3em 0 0.8em; vertical-align: middle; }',
        '@media print { td[class*="h"], span.swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }',
    ].join('\n');
}

/**
 * The batch across units: the heat map of units × fields (each cell the share of the field's maximum, its
 * figures in the cell's title), its legend, the criteria where units lose the most points, and with last
 * year's results the change per unit and field.
 */
export function acrossUnitsSection(across: AcrossUnits, locale: Locale): string {
    const heat = heatTable(across, locale);
    const parts: string[] = [`<section id="across-units">`, `<h2>${e(acrossText(locale, 'byFieldTitle'))}</h2>`, '<table class="heat">', headRow(heat.headings), '<tbody>'];
    heat.rows.forEach((row, r) => {
        const cells = row.cells.map((cell, c) => {
            const field = across.units[r].fields[c];
            const title = field.score === null ? '' : ` title="${e(fraction(field.score, field.max, locale))}"`;
            return `<td class="n${cell.shade ? ` h${cell.shade.index}` : ''}"${title}>${e(cell.text)}</td>`;
        });
        parts.push(`<tr><td>${e(row.name)}</td>${cells.join('')}</tr>`);
    });
    parts.push('</tbody>', '</table>');
    const legend = shadeLegend(locale).map((shade, i) => `<span class="entry"><span class="swatch h${i}"></span>${e(shade.label)}</span>`);
    parts.push(`<p class="legend">${e(acrossText(locale, 'legend'))}:${legend.join('')}</p>`);

    parts.push(`<h2>${e(acrossText(locale, 'mostLostTitle'))}</h2>`);
    const lost = mostLostTable(across, locale);
    if (lost.rows.length === 0) parts.push(`<p>${e(acrossText(locale, 'mostLostNone'))}</p>`);
    else {
        parts.push('<table>', headRow(lost.headings), '<tbody>');
        for (const row of lost.rows) parts.push(`<tr>${row.map((cell, c) => `<td${c === 2 ? '' : ' class="n"'}>${e(cell)}</td>`).join('')}</tr>`);
        parts.push('</tbody>', '</table>');
    }

    const change = changeTable(across, locale);
    if (change) {
        parts.push(`<h2>${e(change.title)}</h2>`);
        if (!change.anyBreakdown) parts.push(`<p>${e(acrossText(locale, 'noneWithBreakdown', { year: across.previousYear! }))}</p>`);
        else {
            parts.push('<table class="heat">', headRow(change.headings), '<tbody>');
            for (const row of change.rows) {
                const cells = 'cells' in row ? row.cells.map((cell) => `<td class="n">${e(cell)}</td>`).join('') : `<td colspan="${across.fields.length}"><em>${e(row.note)}</em></td>`;
                parts.push(`<tr><td>${e(row.name)}</td>${cells}</tr>`);
            }
            parts.push('</tbody>', '</table>');
        }
    }
    parts.push('</section>');
    return parts.join('\n');
}

function headRow(headings: readonly string[]): string {
    return `<thead><tr>${headings.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>`;
}
