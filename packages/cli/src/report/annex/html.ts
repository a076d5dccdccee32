import { formatFixed, fromNumber, type CompiledRubric, type Locale } from '@par-rubric/language';
import { escapeHtml as e } from '../html/html-escape.js';
import { word } from '../report-text.js';
import { annexOf } from './annex-model.js';
import { styleElements } from '../html/style-element.js';

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; margin: 2em auto; max-width: 64em; padding: 0 1em; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; }
.subtitle { text-align: center; font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; }
th { background: #eee; }
td.n { text-align: center; white-space: nowrap; }
tr.field td { font-weight: bold; text-transform: uppercase; }
tr.criterion td { font-weight: bold; }
tr.total td { font-weight: bold; }
@page { size: A4 landscape; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; } th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }`;

/** The annex as a printable HTML page: the table repeats its header on every printed page. */
export default function annexHtml(rubric: CompiledRubric, locale: Locale): string {
    const annex = annexOf(rubric, locale);
    const figure = (value: number): string => formatFixed(fromNumber(value)!, locale);
    const rows = annex.rows.map((row) => {
        const kind = row.leaf ? 'item' : row.depth === 1 ? 'field' : 'criterion';
        return `<tr class="${kind}"><td class="n">${e(row.code)}</td><td>${e(row.title)}</td><td class="n">${e(figure(row.max))}</td><td>${e(row.rule)}</td><td>${e(row.evidence)}</td><td>${e(row.lead)}</td></tr>`;
    });
    const list = (section: { heading: string; lines: string[] }): string[] =>
        section.lines.length === 0 ? [] : [`<h2>${e(section.heading)}</h2>`, '<ul>', ...section.lines.map((l) => `<li>${e(l)}</li>`), '</ul>'];
    return [
        '<!DOCTYPE html>',
        `<html lang="${locale}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<title>${e(word(locale, 'annexTitle'))} – ${e(annex.title)}</title>`,
        ...styleElements(STYLE),
        '</head>',
        '<body>',
        `<h1>${e(word(locale, 'annexTitle'))}<br>${e(annex.title)}</h1>`,
        ...(annex.decisionLine ? [`<p class="subtitle">${e(annex.decisionLine)}</p>`] : []),
        `<p class="subtitle">${e(annex.shape)}${annex.basis ? `<br>${e(word(locale, 'annexBasis'))}: ${e(annex.basis)}` : ''}</p>`,
        '<table>',
        `<thead><tr>${annex.headings.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows,
        `<tr class="total"><td></td><td>${e(annex.totalLabel)}</td><td class="n">${e(figure(annex.total))}</td><td></td><td></td><td></td></tr>`,
        '</tbody>',
        '</table>',
        ...list(annex.adjustments),
        ...list(annex.grades),
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
