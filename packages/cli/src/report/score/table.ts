import { word } from '../report-text.js';
import { adjustmentText, indexText, changeText, fraction, gradeCountsText, gradeText, groupGradeCountsLines, groupRankText, points, provisionalBatchText, provisionalText, rankText, ranksWithinGroups, totalFraction } from './figures.js';
import type { ScoreReport } from '../../contracts/score-report.js';
import { textTable } from './text-table.js';
import { worklist } from './worklist.js';
import { terminalText } from '../../safe-text/terminal.js';
import { notScoredHeadings, notScoredRows, rankedAmongScored } from './not-scored.js';

/** For the terminal: the ranking, the count per grade, then each unit's fields, deviations and worklist, and the files not scored. */
export default function tableReport(report: ScoreReport): string {
    const { rubric, results, notScored, locale } = report;
    const out: string[] = [`${rubric.title} (${rubric.id}, ${rubric.year})`, ''];
    const grouped = ranksWithinGroups(results);
    const ranking = results.results.map((unit) => [
        rankText(unit),
        ...(grouped ? [groupRankText(unit, locale)] : []),
        unit.unit.name || unit.unit.id,
        totalFraction(unit, locale),
        indexText(unit.index, locale),
        gradeText(unit, locale),
        changeText(unit, locale) ?? '',
    ]);
    out.push(
        textTable(
            [word(locale, 'rank'), ...(grouped ? [word(locale, 'groupRankHeading')] : []), word(locale, 'unit'), word(locale, 'total'), word(locale, 'index'), word(locale, 'grade'), word(locale, 'change')],
            ranking,
            grouped ? new Set([3, 4]) : new Set([2, 3]),
        ),
    );
    const note = rankedAmongScored(results.summary.count, notScored, locale);
    if (note) out.push('', note);
    const counts = gradeCountsText(results, locale);
    if (counts) out.push('', `${word(locale, 'gradeCounts')}: ${counts}`);
    out.push(...groupGradeCountsLines(results, locale));
    const provisional = provisionalBatchText(results, locale);
    if (provisional) out.push(provisional);
    results.results.forEach((unit, position) => {
        const withinGroup = groupRankText(unit, locale);
        out.push('', `${unit.unit.name || unit.unit.id} (${unit.unit.id}): ${totalFraction(unit, locale)}, ${gradeText(unit, locale)}, ${rankText(unit)}${withinGroup ? `, ${withinGroup}` : ''}`);
        const pending = provisionalText(unit, locale);
        if (pending) out.push(pending);
        const fields = unit.fields.map((f) => [f.code, f.title, f.score === null ? word(locale, 'notApplicable') : fraction(f.score, f.max, locale)]);
        const adjustment = adjustmentText(unit, locale);
        if (adjustment) fields.push(['', word(locale, 'bonusPenalty'), adjustment]);
        out.push(textTable([word(locale, 'code'), word(locale, 'field'), word(locale, 'score')], fields, new Set([2])));
        if (unit.deviations.length > 0) {
            out.push(
                '',
                textTable(
                    [word(locale, 'code'), word(locale, 'self'), word(locale, 'final'), word(locale, 'reason')],
                    unit.deviations.map((d) => [d.code, points(d.self, locale), points(d.score, locale), d.reason]),
                    new Set([1, 2]),
                ),
            );
        }
        for (const section of worklist(report, position)) {
            out.push('', `${section.heading}:`);
            if (section.note) out.push(`  ${section.note}`);
            for (const l of section.lines) out.push(`  - ${l.code ? `${l.code} ` : ''}${l.title}: ${l.text}`);
        }
    });
    if (notScored.length > 0) out.push('', `${word(locale, 'notScored')}:`, textTable(notScoredHeadings(locale), notScoredRows(notScored)));
    return terminalText(out.join('\n') + '\n');
}
