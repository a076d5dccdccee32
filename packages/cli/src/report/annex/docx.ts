import { formatFixed, fromNumber, type CompiledRubric, type Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import { decreeDocumentBytes, textWidth } from '../word/decree-document.js';
import { heading, paragraph, wordTable, type WordCell } from '../word/word-table.js';
import { annexOf } from './annex-model.js';

/** STT | title | max | rule | evidence | lead agency, in percent of the page width. */
const WIDTHS = [7, 27, 8, 28, 18, 12];

/** The annex as the Word document a decision attaches: "Phụ lục", the "Kèm theo Quyết định" line, the table. */
export default async function annexDocx(rubric: CompiledRubric, locale: Locale): Promise<Uint8Array> {
    const annex = annexOf(rubric, locale);
    const figure = (value: number): string => formatFixed(fromNumber(value)!, locale);
    const rows: WordCell[][] = annex.rows.map((row) => {
        const bold = !row.leaf;
        return [
            { text: row.code, bold, center: true },
            { text: row.title, bold },
            { text: figure(row.max), bold, center: true },
            { text: row.rule },
            { text: row.evidence },
            { text: row.lead },
        ];
    });
    rows.push([{ text: '' }, { text: annex.totalLabel, bold: true }, { text: figure(annex.total), bold: true, center: true }, { text: '' }, { text: '' }, { text: '' }]);
    const sections = [annex.adjustments, annex.grades].filter((s) => s.lines.length > 0);
    return decreeDocumentBytes({
        title: `${word(locale, 'annexTitle')} – ${annex.title}`,
        year: rubric.year,
        landscape: true,
        children: [
            heading(word(locale, 'annexTitle'), { size: 28 }),
            heading(annex.title.toUpperCase()),
            ...(annex.decisionLine ? [heading(annex.decisionLine, { bold: false, italic: true })] : []),
            heading(annex.shape, { bold: false }),
            ...(annex.basis ? [heading(`${word(locale, 'annexBasis')}: ${annex.basis}`, { bold: false, italic: true })] : []),
            paragraph(''),
            wordTable(annex.headings, rows, WIDTHS, textWidth(true)),
            ...sections.flatMap((section) => [paragraph(section.heading, { bold: true }), ...section.lines.map((line) => paragraph(`- ${line}`))]),
        ],
    });
}
