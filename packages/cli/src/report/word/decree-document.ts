import {
    AlignmentType,
    Document,
    Header,
    Packer,
    PageNumber,
    PageOrientation,
    Paragraph,
    TextRun,
    type ISectionOptions,
} from 'docx';
import { withFixedTimestamps } from '../xlsx/deterministic-zip.js';
import { xmlText } from '../xml-text.js';

/**
 * The layout Decree 30/2020/NĐ-CP sets for administrative documents: A4, Times New Roman 13, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, the page number centred at the top from the second page on.
 */
const DECREE_FONT = 'Times New Roman';
const FONT_SIZE = 26; // half-points: 13 pt
/** Twentieths of a point, rounded to the nearest (20 mm is 1134, not 1133). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };

/** The width between the margins, in twips: 252 mm on an A4 landscape page, 165 mm on a portrait one. */
export function textWidth(landscape: boolean): number {
    return mm((landscape ? 297 : 210) - MARGIN.left - MARGIN.right);
}

type DecreeDocument = { title: string; year: number; landscape: boolean; children: NonNullable<ISectionOptions['children']> };

export async function decreeDocumentBytes(document: DecreeDocument): Promise<Uint8Array> {
    const doc = new Document({
        creator: 'rubric',
        title: document.title,
        styles: {
            default: {
                document: { run: { font: DECREE_FONT, size: FONT_SIZE }, paragraph: { spacing: { after: 60 } } },
            },
        },
        sections: [
            {
                properties: {
                    titlePage: true,
                    page: {
                        size: { orientation: document.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                        margin: {
                            top: mm(MARGIN.top),
                            bottom: mm(MARGIN.bottom),
                            left: mm(MARGIN.left),
                            right: mm(MARGIN.right),
                        },
                    },
                },
                headers: {
                    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
                    first: new Header({ children: [] }),
                },
                children: document.children,
            },
        ],
    });
    // the core properties otherwise carry the time of writing; a date from the input keeps the bytes the same
    const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(document.title, document.year) }]);
    return withFixedTimestamps(new Uint8Array(buffer));
}

function coreProperties(title: string, year: number): string {
    const date = `${year}-01-01T00:00:00Z`;
    return [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        `<dc:title>${xmlText(title)}</dc:title>`,
        '<dc:creator>rubric</dc:creator>',
        `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
        '</cp:coreProperties>',
    ].join('');
}
