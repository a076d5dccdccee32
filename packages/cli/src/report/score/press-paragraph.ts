import { fromNumber, type Locale } from '@par-rubric/language';
import { word } from '../report-text.js';
import { fraction, gradeText, points, type UnitResult } from './figures.js';

/**
 * The paragraph a press report prints for one unit, in the form of the provinces' own reports: "Năm 2022,
 * chỉ số CCHC của UBND thị xã Sông Cầu đạt 73,34 điểm, xếp thứ 3/9, xếp loại Khá; tăng 8,48 điểm và tăng
 * 03 bậc so với năm 2021. Cụ thể: Công tác chỉ đạo điều hành CCHC đạt 17,64/18,50 điểm; …".
 */
export function pressParagraph(unit: UnitResult, year: number, locale: Locale): string {
    const params = {
        year,
        unit: unit.unit.name || unit.unit.id,
        total: points(unit.total, locale),
        grade: unit.grade === null ? word(locale, 'ungraded') : gradeText(unit, locale),
        rank: unit.rank ?? '–',
        of: unit.of,
    };
    let head = word(locale, unit.rank === null ? 'pressHeadUnranked' : 'pressHead', params);
    const change = unit.change;
    if (change) {
        const pointsText = pointsChange(change.points, locale);
        head +=
            change.rank === null
                ? word(locale, 'pressPointsChange', { points: pointsText, year: year - 1 })
                : word(locale, 'pressChange', { points: pointsText, rank: rankChange(change.rank, locale), year: year - 1 });
    }
    const parts = unit.fields.map((field) =>
        field.score === null
            ? word(locale, 'pressFieldNotApplicable', { title: field.title })
            : word(locale, 'pressField', { title: field.title, score: fraction(field.score, field.max, locale) }),
    );
    if (unit.bonus !== 0) parts.push(word(locale, 'pressBonus', { points: points(unit.bonus, locale) }));
    if (unit.penalty !== 0) parts.push(word(locale, 'pressPenalty', { points: points(unit.penalty, locale) }));
    return `${head}. ${word(locale, 'pressFieldsIntro')}${parts.join('; ')}.`;
}

function pointsChange(delta: number, locale: Locale): string {
    const exact = fromNumber(Math.abs(delta))!;
    if (delta > 0) return word(locale, 'increasePoints', { value: exact });
    if (delta < 0) return word(locale, 'decreasePoints', { value: exact });
    return word(locale, 'samePoints');
}

function rankChange(places: number, locale: Locale): string {
    if (places > 0) return word(locale, 'increaseRank', { places });
    if (places < 0) return word(locale, 'decreaseRank', { places: -places });
    return word(locale, 'sameRank');
}
