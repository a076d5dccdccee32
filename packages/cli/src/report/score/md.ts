import { word } from '../report-text.js';
import { adjustmentText, indexText, changeText, fraction, gradeCountsText, gradeText, groupGradeCountsLines, groupRankText, points, provisionalBatchText, provisionalText, rankText, ranksWithinGroups, totalFraction } from './figures.js';
import { pressParagraph } from './press-paragraph.js';
import type { ScoreReport } from '../../contracts/score-report.js';
import { worklist } from './worklist.js';
import { markdownText as escape } from '../../safe-text/markdown.js';
import { notScoredHeadings, notScoredRows, rankedAmongScored } from './not-scored.js';
import { acrossUnitsOf } from './across-units.js';
import { acrossUnitsMarkdown } from './across-units-md.js';

/**
 * Markdown: the ranking, the count per grade, the units across fields (by field, the most points lost,
 * the change per field), then per unit its press paragraph, fields, deviations and its worklist; last, the
 * files that were not scored, with their reasons.
 */
export default function markdownReport(report: ScoreReport): string {
    const { rubric, results, locale } = report;
    const out: string[] = [`# ${word(locale, 'reportTitle')}`, '', `**${escape(rubric.title)}** (${rubric.id}, ${rubric.year})`, ''];
    out.push(`## ${word(locale, 'ranking')}`, '');
    const grouped = ranksWithinGroups(results);
    out.push(row([word(locale, 'rank'), ...(grouped ? [word(locale, 'groupRankHeading')] : []), word(locale, 'unit'), word(locale, 'total'), word(locale, 'index'), word(locale, 'grade'), word(locale, 'change')]));
    out.push(grouped ? '| --- | --- | --- | ---: | ---: | --- | --- |' : '| --- | --- | ---: | ---: | --- | --- |');
    for (const unit of results.results) {
        out.push(row([rankText(unit), ...(grouped ? [groupRankText(unit, locale)] : []), unit.unit.name || unit.unit.id, totalFraction(unit, locale), indexText(unit.index, locale), gradeText(unit, locale), changeText(unit, locale) ?? '']));
    }
    const note = rankedAmongScored(results.summary.count, report.notScored, locale);
    if (note) out.push('', escape(note));
    const counts = gradeCountsText(results, locale);
    if (counts) out.push('', `${word(locale, 'gradeCounts')}: ${counts}`);
    for (const line of groupGradeCountsLines(results, locale)) out.push('', escape(line));
    const provisional = provisionalBatchText(results, locale);
    if (provisional) out.push('', `**${escape(provisional)}**`);
    out.push(...acrossUnitsMarkdown(acrossUnitsOf(rubric, results.results, report.previous), locale));
    results.results.forEach((unit, position) => {
        out.push('', `## ${escape(unit.unit.name || unit.unit.id)}`, '', escape(pressParagraph(unit, rubric.year, locale)), '');
        const provisional = provisionalText(unit, locale);
        if (provisional) out.push(`**${escape(provisional)}**`, '');
        out.push(row([word(locale, 'code'), word(locale, 'field'), word(locale, 'score')]), '| --- | --- | ---: |');
        for (const field of unit.fields) {
            out.push(row([field.code, field.title, field.score === null ? word(locale, 'notApplicable') : fraction(field.score, field.max, locale)]));
        }
        const adjustment = adjustmentText(unit, locale);
        if (adjustment) out.push(row(['', word(locale, 'bonusPenalty'), adjustment]));
        out.push(`|  | **${escape(word(locale, 'total'))}** | **${escape(totalFraction(unit, locale))}** |`);
        out.push('', `### ${word(locale, 'deviations')}`, '');
        if (unit.deviations.length === 0) out.push(word(locale, 'noDeviations'));
        else {
            out.push(row([word(locale, 'code'), word(locale, 'title'), word(locale, 'self'), word(locale, 'final'), word(locale, 'reason')]), '| --- | --- | ---: | ---: | --- |');
            for (const d of unit.deviations) out.push(row([d.code, d.title, points(d.self, locale), points(d.score, locale), d.reason]));
        }
        for (const section of worklist(report, position)) {
            out.push('', `### ${escape(section.heading)}`, '');
            if (section.note) out.push(escape(section.note), '');
            for (const l of section.lines) out.push(`- ${l.code ? `${escape(l.code)} ` : ''}${escape(l.title)}: ${escape(l.text)}`);
        }
    });
    if (report.notScored.length > 0) {
        out.push('', `## ${word(locale, 'notScored')}`, '', row(notScoredHeadings(locale)), '| --- | --- | --- | --- |');
        for (const cells of notScoredRows(report.notScored)) out.push(row(cells));
    }
    return out.join('\n') + '\n';
}

function row(cells: string[]): string {
    return `| ${cells.map(escape).join(' | ')} |`;
}
