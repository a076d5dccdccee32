import { barChart } from '../html/bar-chart.js';
import { escapeHtml as e } from '../html/html-escape.js';
import { word } from '../report-text.js';
import { adjustmentText, indexText, changeText, fraction, gradeCountsText, gradeText, groupGradeCountsLines, groupRankText, points, provisionalBatchText, rankText, ranksWithinGroups, summarySentence, totalFraction, type UnitResult } from './figures.js';
import type { ScoreReport } from '../../contracts/score-report.js';
import { worklist } from './worklist.js';
import { styleElements } from '../html/style-element.js';
import { notScoredHeadings, notScoredRows, rankedAmongScored } from './not-scored.js';
import { acrossUnitsOf } from './across-units.js';
import { acrossUnitsSection, acrossUnitsStyle } from './across-units-html.js';

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; color: #000; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin-bottom: 0.2em; }
.subtitle { text-align: center; font-style: italic; margin-top: 0; }
h2 { font-size: 14pt; margin-top: 1.6em; }
h3 { font-size: 13pt; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
th { background: #e8eef7; }
td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
.summary { font-weight: bold; }
.chart { max-width: 100%; height: auto; }
footer { margin-top: 2em; font-size: 10pt; color: #555; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 12pt; }
  section.unit { page-break-before: always; break-before: page; }
  table, svg { page-break-inside: avoid; break-inside: avoid; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  th { background: #e8eef7; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

/**
 * A report a council can print: the ranking with grades and change on last year, the count per grade,
 * a bar chart, the units across fields (a heat map, the criteria where they lose the most points, the
 * change per field on last year), then one page per unit with the press-report sentence, the
 * field-by-field table ("17,64/18,50"), the deviations between self and final scores, and the worklist (bonus and
 * penalty grounds, parts not applicable, items and explanations awaiting the council, evidence missing, short or
 * late); last, the
 * files that were not scored, with their reasons. One
 * self-contained file: inline CSS and SVG, no script, no external asset.
 */
export default function htmlReport(report: ScoreReport): string {
    const { rubric, results, locale } = report;
    const grades = Object.keys(results.summary.grades);
    const body: string[] = [
        `<h1>${e(word(locale, 'reportTitle'))}</h1>`,
        `<p class="subtitle">${e(rubric.title)} (${e(rubric.id)}, ${rubric.year})</p>`,
        `<h2>${e(word(locale, 'ranking'))}</h2>`,
        rankingTable(results.results, ranksWithinGroups(results), report),
    ];
    const note = rankedAmongScored(results.summary.count, report.notScored, locale);
    if (note) body.push(`<p>${e(note)}</p>`);
    const counts = gradeCountsText(results, locale);
    if (counts) body.push(`<p>${e(word(locale, 'gradeCounts'))}: <strong>${e(counts)}</strong></p>`);
    for (const line of groupGradeCountsLines(results, locale)) body.push(`<p>${e(line)}</p>`);
    const provisional = provisionalBatchText(results, locale);
    if (provisional) body.push(`<p><strong>${e(provisional)}</strong></p>`);
    if (results.summary.averageGap !== null) {
        body.push(`<p>${e(word(locale, 'averageGap', { value: points(results.summary.averageGap, locale) }))}</p>`);
    }
    const bars = results.results.map((unit) => ({
        label: unit.unit.name || unit.unit.id,
        value: unit.index ?? 0,
        // the bar is the index, so is its label (a unit with a smaller maximum has index ≠ total)
        text: indexText(unit.index, locale),
        group: Math.max(0, grades.indexOf(unit.grade ?? '')),
    }));
    body.push(barChart(bars, 100, word(locale, 'chartTitle'), grades));
    body.push(acrossUnitsSection(acrossUnitsOf(rubric, results.results, report.previous), locale));
    results.results.forEach((unit, position) => body.push(unitSection(unit, position, report)));
    if (report.notScored.length > 0) body.push(notScoredSection(report));
    body.push(`<footer>${e(word(locale, 'generatedBy'))} · ${e(rubric.id)} · ${e(rubric.hash)}</footer>`);
    return [
        '<!DOCTYPE html>',
        `<html lang="${locale}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${e(word(locale, 'reportTitle'))} – ${e(rubric.title)}</title>`,
        ...styleElements(`${STYLE}\n${acrossUnitsStyle()}`),
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

function rankingTable(units: readonly UnitResult[], grouped: boolean, { locale }: ScoreReport): string {
    const head = grouped ? (['rank', 'groupRankHeading', 'unit', 'total', 'index', 'grade', 'change'] as const) : (['rank', 'unit', 'total', 'index', 'grade', 'change'] as const);
    const rows = units.map(
        (unit) =>
            `<tr><td class="n">${e(rankText(unit))}</td>${grouped ? `<td>${e(groupRankText(unit, locale))}</td>` : ''}<td>${e(unit.unit.name || unit.unit.id)}</td>` +
            `<td class="n">${e(totalFraction(unit, locale))}</td><td class="n">${e(indexText(unit.index, locale))}</td>` +
            `<td>${e(gradeText(unit, locale))}</td><td>${e(changeText(unit, locale) ?? word(locale, 'noPrevious'))}</td></tr>`,
    );
    return `<table>\n<thead><tr>${head.map((k) => `<th>${e(word(locale, k))}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function unitSection(unit: UnitResult, position: number, report: ScoreReport): string {
    const { rubric, locale } = report;
    const parts: string[] = [
        `<section class="unit" id="unit-${e(unit.unit.id)}">`,
        `<h2>${e(unit.unit.name || unit.unit.id)}</h2>`,
        `<p class="summary">${e(summarySentence(unit, rubric.year, locale, report.notScored.length))}</p>`,
        '<table>',
        `<thead><tr><th>${e(word(locale, 'code'))}</th><th>${e(word(locale, 'field'))}</th><th>${e(word(locale, 'score'))}</th></tr></thead>`,
        '<tbody>',
    ];
    for (const field of unit.fields) {
        const score = field.score === null ? word(locale, 'notApplicable') : fraction(field.score, field.max, locale);
        parts.push(`<tr><td>${e(field.code)}</td><td>${e(field.title)}</td><td class="n">${e(score)}</td></tr>`);
    }
    const adjustment = adjustmentText(unit, locale);
    if (adjustment) parts.push(`<tr><td></td><td>${e(word(locale, 'bonusPenalty'))}</td><td class="n">${e(adjustment)}</td></tr>`);
    parts.push(`<tr class="total"><td></td><td>${e(word(locale, 'total'))}</td><td class="n">${e(totalFraction(unit, locale))}</td></tr>`);
    parts.push('</tbody>', '</table>');
    parts.push(`<h3>${e(word(locale, 'deviations'))}</h3>`);
    if (unit.deviations.length === 0) {
        parts.push(`<p>${e(word(locale, 'noDeviations'))}</p>`);
    } else {
        const head = (['code', 'title', 'self', 'final', 'difference', 'reason'] as const).map((k) => `<th>${e(word(locale, k))}</th>`).join('');
        parts.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>`);
        for (const d of unit.deviations) {
            parts.push(
                `<tr><td>${e(d.code)}</td><td>${e(d.title)}</td><td class="n">${e(points(d.self, locale))}</td>` +
                    `<td class="n">${e(points(d.score, locale))}</td><td class="n">${e(points(d.difference, locale))}</td><td>${e(d.reason)}</td></tr>`,
            );
        }
        parts.push('</tbody>\n</table>');
    }
    for (const section of worklist(report, position)) {
        parts.push(`<h3>${e(section.heading)}</h3>`);
        if (section.note) parts.push(`<p>${e(section.note)}</p>`);
        parts.push('<ul>');
        for (const l of section.lines) parts.push(`<li>${l.code ? `<strong>${e(l.code)}</strong> ` : ''}${e(l.title)}: ${e(l.text)}</li>`);
        parts.push('</ul>');
    }
    parts.push('</section>');
    return parts.join('\n');
}

function notScoredSection({ notScored, locale }: ScoreReport): string {
    const head = notScoredHeadings(locale).map((h) => `<th>${e(h)}</th>`).join('');
    const rows = notScoredRows(notScored).map((cells) => `<tr>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`);
    return [`<section class="unit" id="not-scored">`, `<h2>${e(word(locale, 'notScored'))}</h2>`, `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>`, ...rows, '</tbody>\n</table>', '</section>'].join('\n');
}
