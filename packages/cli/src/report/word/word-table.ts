import {
    AlignmentType,
    BorderStyle,
    Paragraph,
    ShadingType,
    Table,
    TableCell,
    TableRow,
    TextRun,
    VerticalAlign,
    WidthType,
} from 'docx';

/** One cell's text and look (`fill`: a background colour, RRGGBB); a text with line breaks becomes one paragraph per line. */
export type WordCell = { text: string; bold?: boolean; center?: boolean; right?: boolean; italic?: boolean; fill?: string };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Centred bold text, the way a decision sets its headings. */
export function heading(text: string, options: { size?: number; italic?: boolean; bold?: boolean } = {}): Paragraph {
    return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold: options.bold ?? true, italics: options.italic, size: options.size })],
    });
}

export function paragraph(text: string, options: { bold?: boolean; italic?: boolean; justified?: boolean } = {}): Paragraph {
    return new Paragraph({
        alignment: options.justified ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        spacing: { before: 60, after: 60 },
        children: [new TextRun({ text, bold: options.bold, italics: options.italic })],
    });
}

/**
 * A bordered table whose heading row repeats at the top of every page and whose rows never split across a
 * page; `shares` are the columns' shares of `width` (twips) in percent. Widths are given in twips, which
 * Word and LibreOffice both honour (percentages LibreOffice reads from the grid instead). `size` (half-points)
 * sets a smaller text for a table with many columns.
 */
export function wordTable(headings: readonly string[], rows: readonly WordCell[][], shares: readonly number[], width: number, options: { size?: number } = {}): Table {
    const widths = shares.map((share) => Math.floor((width * share) / 100));
    const cell = (content: WordCell, width: number, shaded: boolean): TableCell =>
        new TableCell({
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.TOP,
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            ...(shaded || content.fill ? { shading: { type: ShadingType.CLEAR, fill: content.fill ?? 'D9D9D9', color: 'auto' } } : {}),
            children: content.text.split('\n').map(
                (line) =>
                    new Paragraph({
                        spacing: { after: 0 },
                        alignment: content.center ? AlignmentType.CENTER : content.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
                        children: [new TextRun({ text: line, bold: content.bold, italics: content.italic, size: options.size })],
                    }),
            ),
        });
    const head = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headings.map((text, i) => cell({ text, bold: true, center: true }, widths[i], true)),
    });
    const body = rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content, i) => cell(content, widths[i], false)) }));
    return new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: BORDERS, rows: [head, ...body] });
}
