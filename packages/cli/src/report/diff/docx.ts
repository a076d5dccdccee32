import { diffText, summaryText } from '@par-rubric/language/diff';
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { DiffReport } from '../../contracts/diff-report.js';
import { decreeDocumentBytes, textWidth } from '../word/decree-document.js';
import { heading, paragraph, wordTable } from '../word/word-table.js';
import { diffHeading, diffSections } from './diff-sections.js';

/** Code | title | max before | after | share before | after, in percent of the page width. */
const REWEIGHT_WIDTHS = [10, 42, 12, 12, 12, 12];

/** A line of a list, indented by its level: "– " for a change, "+ " for a fact under it. */
function listItem(text: string, level: 0 | 1): Paragraph {
    return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { left: 360 * (level + 1), hanging: 240 },
        spacing: { before: level === 0 ? 60 : 0, after: 0 },
        children: [new TextRun({ text: `${level === 0 ? '–' : '+'} ${text}` })],
    });
}

/**
 * The diff as a Word document to put before a council (A4 portrait, the decree's layout, as the other
 * Word outputs): the summary line, then one heading per kind of change, the re-weights as a table.
 * The bytes depend only on the two rubrics (its date is the newer rubric's year).
 */
export default function docxDiff({ diff, locale }: DiffReport): Promise<Uint8Array> {
    const sections = diffSections(diff, locale);
    const body = sections.flatMap((section) => [
        paragraph(''),
        paragraph(section.title, { bold: true }),
        ...(section.table
            ? [wordTable(section.table.head, section.table.rows.map((cells) => cells.map((text, i) => ({ text, center: i !== 1 }))), REWEIGHT_WIDTHS, textWidth(false))]
            : section.lines.flatMap((line) => [listItem(line.text, 0), ...line.details.map((detail) => listItem(detail, 1))])),
    ]);
    return decreeDocumentBytes({
        title: `${diffText(locale, 'diffTitle')}: ${diffHeading(diff)}`,
        year: diff.after.year,
        landscape: false,
        children: [
            heading(diffText(locale, 'diffTitle').toUpperCase()),
            heading(diffHeading(diff), { bold: false }),
            paragraph(''),
            paragraph(summaryText(diff.summary, locale), { bold: true }),
            ...(sections.length === 0 ? [paragraph(diffText(locale, 'noChanges'))] : body),
        ],
    });
}
