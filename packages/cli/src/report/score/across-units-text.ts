import { defineCatalogue, formatFixed, fromNumber, type Locale } from '@par-rubric/language';
import { points } from './figures.js';

/** The words of the across-units part of a score report (fields × units, the points lost, the change per field). */
export const acrossText = defineCatalogue({
    byFieldTitle: { vi: 'Kết quả theo lĩnh vực của các đơn vị (% điểm tối đa của lĩnh vực)', en: "Results by field across units (% of each field's maximum)" },
    byFieldSheet: { vi: 'Theo lĩnh vực', en: 'By field' },
    legend: { vi: 'Chú giải', en: 'Legend' },
    shadeTop: { vi: 'Từ {from}% trở lên', en: '{from}% or more' },
    shadeBetween: { vi: 'Từ {from}% đến dưới {to}%', en: 'From {from}% to below {to}%' },
    shadeBottom: { vi: 'Dưới {to}%', en: 'Below {to}%' },
    mostLostTitle: { vi: 'Các tiêu chí bị mất điểm nhiều nhất', en: 'Criteria where units lose the most points' },
    mostLostSheet: { vi: 'Mất điểm nhiều nhất', en: 'Most points lost' },
    mostLostNone: { vi: 'Không đơn vị nào bị mất điểm ở tiêu chí nào.', en: 'No unit lost points on any criterion.' },
    number: { vi: 'STT', en: 'No.' },
    criterion: { vi: 'Tiêu chí', en: 'Criterion' },
    lostPoints: { vi: 'Tổng số điểm bị mất', en: 'Points lost in all' },
    unitsLosing: { vi: 'Số đơn vị bị mất điểm', en: 'Units losing points' },
    changeTitle: { vi: 'Tăng/giảm điểm theo lĩnh vực so với năm {year}', en: 'Change in points by field on {year}' },
    changeSheet: { vi: 'So với năm {year}', en: 'Change on {year}' },
    noFieldBreakdown: { vi: 'kết quả năm {year} không có điểm theo lĩnh vực', en: 'the {year} results have no field breakdown' },
    noPreviousResult: { vi: 'không có kết quả năm {year}', en: 'no {year} result' },
    noneWithBreakdown: {
        vi: 'Kết quả năm {year} không có điểm theo lĩnh vực của đơn vị nào: chỉ so sánh được tổng điểm (bảng xếp hạng).',
        en: 'The {year} results have no field breakdown for any unit: only totals can be compared (see the ranking).',
    },
});

/** "95,35%": a heat-map cell; a dash where the field did not apply. */
export function percentText(percent: number | null, locale: Locale): string {
    return percent === null ? '–' : `${formatFixed(fromNumber(percent)!, locale, 2)}%`;
}

/** "+0,5", "−1,25", "0": a change in points with its sign; a dash where there is nothing to compare. */
export function signedPoints(change: number | null, locale: Locale): string {
    if (change === null) return '–';
    if (change > 0) return `+${points(change, locale)}`;
    if (change < 0) return `−${points(-change, locale)}`;
    return '0';
}

/** "7/9": how many of the units the criterion applied to lost points there. */
export function unitsLosingText(units: number, of: number): string {
    return `${units}/${of}`;
}
