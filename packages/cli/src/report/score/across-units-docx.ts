import type { Locale } from '@par-rubric/language';
import type { Paragraph, Table } from 'docx';
import { word } from '../report-text.js';
import { textWidth } from '../word/decree-document.js';
import { paragraph, wordTable, type WordCell } from '../word/word-table.js';
import type { AcrossUnits } from './across-units.js';
import { changeTable, heatTable, mostLostTable } from './across-units-rows.js';
import { acrossText } from './across-units-text.js';
import { maxText } from './figures.js';
import { shadeLegend } from './heat-scale.js';

/** No. | code | criterion | max | points lost | units losing, in percent of the page width. */
const LOST_WIDTHS = [7, 10, 47, 10, 13, 13];
/** 11 pt (half-points): nine columns of "100,00%" fit a portrait page's width. */
const SMALL = 22;

/**
 * The across-units part of the Word report (A4 portrait): the fields × units table with shaded cells and
 * its legend, the fields' titles under their codes, the most points lost, the change per field.
 */
export function acrossUnitsWord(across: AcrossUnits, locale: Locale): (Paragraph | Table)[] {
    const width = textWidth(false);
    // a portrait page has no room for eight field titles as headings: codes above, titles in the key
    const fieldShares = fieldWidths(across.fields.length);
    const codes = across.fields.map((f) => `${f.code}\n(${maxText(f.max, 2, locale)})`);
    const heat = heatTable(across, locale);
    const heatRows: WordCell[][] = heat.rows.map((row) => [{ text: row.name }, ...row.cells.map((c) => ({ text: c.text, center: true, fill: c.shade?.colour }))]);
    // the legend as a table: each range's words over a cell of its colour
    const shades = shadeLegend(locale);
    const swatches: WordCell[][] = [shades.map((shade) => ({ text: '', fill: shade.colour }))];
    const key = across.fields.map((f) => `${f.code}: ${f.title}`).join('; ');
    const parts: (Paragraph | Table)[] = [
        paragraph(''),
        paragraph(acrossText(locale, 'byFieldTitle'), { bold: true }),
        wordTable([word(locale, 'unit'), ...codes], heatRows, fieldShares, width, { size: SMALL }),
        paragraph(`${word(locale, 'field')}: ${key}.`, { italic: true }),
        paragraph(`${acrossText(locale, 'legend')}:`),
        wordTable(shades.map((shade) => shade.label), swatches, shades.map(() => Math.floor(100 / shades.length)), width, { size: SMALL }),
        paragraph(''),
        paragraph(acrossText(locale, 'mostLostTitle'), { bold: true }),
    ];
    const lost = mostLostTable(across, locale);
    if (lost.rows.length === 0) parts.push(paragraph(acrossText(locale, 'mostLostNone')));
    else parts.push(wordTable(lost.headings, lost.rows.map((row) => row.map((text, c) => ({ text, center: c !== 2 }))), LOST_WIDTHS, width, { size: SMALL }));
    const change = changeTable(across, locale);
    if (change) {
        parts.push(paragraph(''), paragraph(change.title, { bold: true }));
        if (!change.anyBreakdown) parts.push(paragraph(acrossText(locale, 'noneWithBreakdown', { year: across.previousYear! })));
        else {
            const rows: WordCell[][] = change.rows.map((row) =>
                'cells' in row
                    ? [{ text: row.name }, ...row.cells.map((text) => ({ text, center: true }))]
                    : [{ text: row.name }, { text: row.note, italic: true }, ...across.fields.slice(1).map(() => ({ text: '' }))],
            );
            parts.push(wordTable([word(locale, 'unit'), ...across.fields.map((f) => f.code)], rows, fieldShares, width, { size: SMALL }));
        }
    }
    return parts;
}

/** The unit's column a fifth of the width, the fields sharing the rest. */
function fieldWidths(fields: number): number[] {
    const share = Math.floor(80 / Math.max(1, fields));
    return [100 - share * fields, ...Array.from({ length: fields }, () => share)];
}
