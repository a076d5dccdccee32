import { fromInteger, fromNumber, type Locale } from '@par-rubric/language';
import { acrossText } from './across-units-text.js';

/**
 * The heat map's five shades, from the best share of a field's maximum down: a cell takes the first shade
 * whose lower bound its percentage reaches. The colours are light enough for black text on screen and print.
 */
const SHADES = [
    { from: 90, colour: '63BE7B' },
    { from: 80, colour: 'B5D99C' },
    { from: 70, colour: 'FFEB84' },
    { from: 50, colour: 'FBB67A' },
    { from: 0, colour: 'F8696B' },
] as const;

export type Shade = { index: number; colour: string };

/** The shade of a percentage (95.35 → the first); undefined for a field that did not apply. */
export function shadeOf(percent: number | null): Shade | undefined {
    if (percent === null) return undefined;
    const exact = fromNumber(percent)!;
    const index = SHADES.findIndex((shade) => exact >= fromInteger(shade.from));
    const at = index < 0 ? SHADES.length - 1 : index;
    return { index: at, colour: SHADES[at].colour };
}

/** The legend: each shade's colour and its range in words ("Từ 80% đến dưới 90%"). */
export function shadeLegend(locale: Locale): { colour: string; label: string }[] {
    return SHADES.map((shade, i) => ({
        colour: shade.colour,
        label:
            i === 0
                ? acrossText(locale, 'shadeTop', { from: shade.from })
                : i === SHADES.length - 1
                  ? acrossText(locale, 'shadeBottom', { to: SHADES[i - 1].from })
                  : acrossText(locale, 'shadeBetween', { from: shade.from, to: SHADES[i - 1].from }),
    }));
}
