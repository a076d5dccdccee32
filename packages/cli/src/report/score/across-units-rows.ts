import type { Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import type { AcrossUnits } from './across-units.js';
import { acrossText, percentText, signedPoints, unitsLosingText } from './across-units-text.js';
import { maxText, points } from './figures.js';
import { shadeOf, type Shade } from './heat-scale.js';

// the tables of the across-units part as text, the same in every format that shows them

/** "1. Công tác chỉ đạo điều hành CCHC (18,50)": a field's column heading. */
function fieldHeading(field: AcrossUnits['fields'][number], locale: Locale): string {
    return `${field.code}. ${field.title} (${maxText(field.max, 2, locale)})`;
}

export type HeatRow = { name: string; cells: { text: string; shade: Shade | undefined }[] };

/** Unit | one column per field; each cell the percentage with its shade, "không đánh giá" where the field did not apply. */
export function heatTable(across: AcrossUnits, locale: Locale): { headings: string[]; rows: HeatRow[] } {
    return {
        headings: [word(locale, 'unit'), ...across.fields.map((f) => fieldHeading(f, locale))],
        rows: across.units.map((unit) => ({
            name: unit.name,
            cells: unit.fields.map((cell) => ({ text: cell.score === null ? word(locale, 'notApplicable') : percentText(cell.percent, locale), shade: shadeOf(cell.percent) })),
        })),
    };
}

/** No. | code | criterion | max | points lost | units losing ("7/9"). */
export function mostLostTable(across: AcrossUnits, locale: Locale): { headings: string[]; rows: string[][] } {
    return {
        headings: [acrossText(locale, 'number'), word(locale, 'code'), acrossText(locale, 'criterion'), word(locale, 'maxShort'), acrossText(locale, 'lostPoints'), acrossText(locale, 'unitsLosing')],
        rows: across.mostLost.map((c, i) => [String(i + 1), c.code, c.title, points(c.max, locale), points(c.lost, locale), unitsLosingText(c.units, c.of)]),
    };
}

export type ChangeRow = { name: string; cells: string[] } | { name: string; note: string };

/**
 * Unit | the change in each field on last year ("+0,5", "−1,25"); a unit whose last year's result has no
 * field breakdown, or that had none, gets a note in words instead of figures. Undefined without last year's results.
 */
export function changeTable(across: AcrossUnits, locale: Locale): { title: string; headings: string[]; rows: ChangeRow[]; anyBreakdown: boolean } | undefined {
    const year = across.previousYear;
    if (year === null) return undefined;
    return {
        title: acrossText(locale, 'changeTitle', { year }),
        headings: [word(locale, 'unit'), ...across.fields.map((f) => `${f.code}. ${f.title}`)],
        rows: across.units.map((unit) => {
            if (unit.previous === 'fields') return { name: unit.name, cells: unit.fields.map((cell) => signedPoints(cell.change, locale)) };
            return { name: unit.name, note: acrossText(locale, unit.previous === 'totalOnly' ? 'noFieldBreakdown' : 'noPreviousResult', { year }) };
        }),
        anyBreakdown: across.units.some((unit) => unit.previous === 'fields'),
    };
}
