import { word } from '../report-text.js';
import { decreeDocumentBytes, textWidth } from '../word/decree-document.js';
import { heading, paragraph, wordTable, type WordCell } from '../word/word-table.js';
import type { ScoreReport } from '../../contracts/score-report.js';
import { adjustmentText, changeText, fraction, gradeCountsText, gradeText, groupGradeCountsLines, groupRankText, indexText, provisionalBatchText, provisionalText, rankText, ranksWithinGroups, totalFraction, twoDecimals } from './figures.js';
import { pressParagraph } from './press-paragraph.js';
import { worklist } from './worklist.js';
import { acrossUnitsOf } from './across-units.js';
import { acrossUnitsWord } from './across-units-docx.js';

/** Rank | unit | total | index | grade | change, in percent of the page width. */
const RANKING_WIDTHS = [11, 31, 11, 10, 13, 24];
/** The same with the rank in the unit's group beside the overall rank. */
const GROUPED_RANKING_WIDTHS = [9, 16, 25, 10, 9, 12, 19];
/** Code | field | score. */
const FIELD_WIDTHS = [10, 70, 20];

/**
 * The results as the report a council signs (A4 portrait, the decree's layout): the ranking, the count per
 * grade in words, the units across fields (shaded table, the most points lost, the change per field), then per
 * unit its press paragraph, its field table and its worklist.
 */
export default async function docxReport(report: ScoreReport): Promise<Uint8Array> {
    const { rubric, results, locale } = report;
    const grouped = ranksWithinGroups(results);
    const ranking: WordCell[][] = results.results.map((unit) => [
        { text: rankText(unit), center: true },
        ...(grouped ? [{ text: groupRankText(unit, locale), center: true }] : []),
        { text: unit.unit.name || unit.unit.id },
        { text: twoDecimals(unit.total, locale), center: true },
        { text: indexText(unit.index, locale), center: true },
        { text: gradeText(unit, locale) },
        { text: changeText(unit, locale) ?? '' },
    ]);
    const counts = gradeCountsText(results, locale);
    const provisional = provisionalBatchText(results, locale);
    const units = results.results.flatMap((unit, position) => {
        const rows: WordCell[][] = unit.fields.map((field) => [
            { text: field.code, center: true },
            { text: field.title },
            { text: field.score === null ? word(locale, 'notApplicable') : fraction(field.score, field.max, locale), center: true },
        ]);
        const adjustment = adjustmentText(unit, locale);
        if (adjustment) rows.push([{ text: '' }, { text: word(locale, 'bonusPenalty') }, { text: adjustment, center: true }]);
        rows.push([{ text: '' }, { text: word(locale, 'total'), bold: true }, { text: totalFraction(unit, locale), bold: true, center: true }]);
        const pending = provisionalText(unit, locale);
        return [
            paragraph(''),
            paragraph(unit.unit.name || unit.unit.id, { bold: true }),
            paragraph(pressParagraph(unit, rubric.year, locale), { justified: true }),
            ...(pending ? [paragraph(pending, { italic: true })] : []),
            wordTable([word(locale, 'code'), word(locale, 'field'), word(locale, 'score')], rows, FIELD_WIDTHS, textWidth(false)),
            ...worklist(report, position).flatMap((section) => [
                paragraph(section.heading, { bold: true }),
                ...(section.note ? [paragraph(section.note)] : []),
                ...section.lines.map((l) => paragraph(`${l.code ? `${l.code} ` : ''}${l.title}: ${l.text}`, { justified: true })),
            ]),
        ];
    });
    return decreeDocumentBytes({
        title: `${word(locale, 'reportTitle')} – ${rubric.title}`,
        year: rubric.year,
        landscape: false,
        children: [
            heading(word(locale, 'reportTitle')),
            heading(rubric.title, { bold: false }),
            paragraph(''),
            paragraph(word(locale, 'ranking'), { bold: true }),
            wordTable(
                [word(locale, 'rank'), ...(grouped ? [word(locale, 'groupRankHeading')] : []), word(locale, 'unit'), word(locale, 'total'), word(locale, 'index'), word(locale, 'grade'), word(locale, 'change')],
                ranking,
                grouped ? GROUPED_RANKING_WIDTHS : RANKING_WIDTHS,
                textWidth(false),
            ),
            ...(counts ? [paragraph(`${word(locale, 'gradeCounts')}: ${counts}`)] : []),
            ...groupGradeCountsLines(results, locale).map((line) => paragraph(line)),
            ...(provisional ? [paragraph(provisional, { bold: true })] : []),
            ...acrossUnitsWord(acrossUnitsOf(rubric, results.results, report.previous), locale),
            ...units,
        ],
    });
}
