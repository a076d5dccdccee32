import { diffText, summaryText } from '@par-rubric/language/diff';
import type { DiffReport } from '../../contracts/diff-report.js';
import { escapeHtml as e } from '../html/html-escape.js';
import { styleElements } from '../html/style-element.js';
import { diffHeading, diffSections } from './diff-sections.js';

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; color: #000; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 16pt; text-align: center; margin-bottom: 0.2em; }
.summary { text-align: center; font-weight: bold; }
h2 { font-size: 14pt; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
th { background: #e8eef7; }
td.n { text-align: right; white-space: nowrap; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 12pt; }
  table, li { page-break-inside: avoid; break-inside: avoid; }
}`;

/** A page to print or mail: the summary line, lists of changes and the re-weights as a table; inline CSS under the same CSP as the score report, no script. */
export default function htmlDiff({ diff, locale }: DiffReport): string {
    const title = `${diffText(locale, 'diffTitle')}: ${diffHeading(diff)}`;
    const body = [`<h1>${e(title)}</h1>`, `<p class="summary">${e(summaryText(diff.summary, locale))}</p>`];
    const sections = diffSections(diff, locale);
    if (sections.length === 0) body.push(`<p>${e(diffText(locale, 'noChanges'))}</p>`);
    for (const section of sections) {
        body.push(`<h2>${e(section.title)}</h2>`);
        if (section.table) {
            const head = section.table.head.map((cell) => `<th>${e(cell)}</th>`).join('');
            const rows = section.table.rows.map((cells) => `<tr>${cells.map((cell, i) => `<td${i >= 2 ? ' class="n"' : ''}>${e(cell)}</td>`).join('')}</tr>`);
            body.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
            continue;
        }
        body.push('<ul>');
        for (const line of section.lines) {
            const details = line.details.length > 0 ? `\n<ul>\n${line.details.map((detail) => `<li>${e(detail)}</li>`).join('\n')}\n</ul>\n` : '';
            body.push(`<li>${e(line.text)}${details}</li>`);
        }
        body.push('</ul>');
    }
    return [
        '<!DOCTYPE html>',
        `<html lang="${locale}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${e(title)}</title>`,
        ...styleElements(STYLE),
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
