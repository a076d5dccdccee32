import { formatFixed, fromNumber, sum, toNumber, type Locale } from '@par-rubric/language';
import type { ResultsJson } from '@par-rubric/language/scoring';
import { officialCount, word } from '../report-text.js';

export type UnitResult = ResultsJson['results'][number];

/** A JSON figure (an exact decimal) for people: 73,34 in Vietnamese, 73.34 in English. */
export function points(value: number | null | undefined, locale: Locale): string {
    if (value === null || value === undefined) return '–';
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : formatFixed(exact, locale);
}

/**
 * "17,64/18,50", "5,9/6", "5,5/9,5": a score over its maximum as the province's reports write it, a
 * fractional maximum with as many decimals as the score beside it, a whole maximum as it is.
 */
export function fraction(score: number | null, max: number, locale: Locale): string {
    return score === null ? `– /${points(max, locale)}` : over(points(score, locale), max, locale);
}

/** The score's text, a slash, and the maximum worded to match it. */
function over(scoreText: string, max: number, locale: Locale): string {
    return `${scoreText}/${maxText(max, (scoreText.split(/[.,]/)[1] ?? '').length, locale)}`;
}

/** A maximum beside a figure of `decimals` decimals: "18,50" beside "17,64", "6" beside anything. */
export function maxText(max: number, decimals: number, locale: Locale): string {
    const exact = fromNumber(max);
    if (exact === undefined) return String(max);
    const own = (formatFixed(exact, 'en').split('.')[1] ?? '').length;
    return own === 0 ? formatFixed(exact, locale) : formatFixed(exact, locale, Math.max(decimals, own));
}

/** "3/9", or a dash for a unit nothing applied to. */
export function rankText(unit: UnitResult): string {
    return unit.rank === null ? '–' : `${unit.rank}/${unit.of}`;
}

function count(value: number, locale: Locale): string {
    return locale === 'vi' ? officialCount(value) : String(value);
}

/** "tăng 8,48 điểm, tăng 03 bậc"; undefined without last year's result. */
export function changeText(unit: UnitResult, locale: Locale): string | undefined {
    const change = unit.change;
    if (!change) return undefined;
    const parts: string[] = [];
    const delta = change.points;
    const exact = fromNumber(Math.abs(delta));
    if (exact === undefined) parts.push(points(delta, locale));
    else if (delta > 0) parts.push(word(locale, 'increasePoints', { value: exact }));
    else if (delta < 0) parts.push(word(locale, 'decreasePoints', { value: exact }));
    else parts.push(word(locale, 'samePoints'));
    if (change.rank !== null) {
        if (change.rank > 0) parts.push(word(locale, 'increaseRank', { places: change.rank }));
        else if (change.rank < 0) parts.push(word(locale, 'decreaseRank', { places: -change.rank }));
        else parts.push(word(locale, 'sameRank'));
    }
    return parts.join(', ');
}

/** "01 Tốt, 10 Khá, 02 Trung bình": grades in the rubric's order, those with no unit left out. */
export function gradeCountsText(results: ResultsJson, locale: Locale): string {
    return countsText(results.summary.grades, locale);
}

function countsText(grades: Record<string, number>, locale: Locale): string {
    return Object.entries(grades)
        .filter(([, n]) => n > 0)
        .map(([grade, n]) => `${count(n, locale)} ${grade}`)
        .join(', ');
}

/**
 * With ranking within groups, one line per group: "Số đơn vị theo xếp loại trong nhóm phường: 01 Tốt, 02
 * Khá" (the unit type added when two types have a group of that name); empty otherwise.
 */
export function groupGradeCountsLines(results: ResultsJson, locale: Locale): string[] {
    const groups = results.summary.groups ?? [];
    const shared = new Set(groups.filter((g, i) => groups.findIndex((o) => o.group === g.group) !== i).map((g) => g.group));
    return groups.map((g) => {
        const name = shared.has(g.group) ? `${g.group} (${g.type})` : g.group;
        return `${word(locale, 'groupGradeCounts', { group: name })}: ${countsText(g.grades, locale) || '–'}`;
    });
}

/** Whether the batch was ranked within groups too (each unit then carries its group's rank or null). */
export function ranksWithinGroups(results: ResultsJson): boolean {
    return results.summary.groups !== undefined;
}

/** "2/5 trong nhóm phường"; empty for a unit naming no group, a dash in place of an unranked unit's rank. */
export function groupRankText(unit: UnitResult, locale: Locale): string {
    const group = unit.group;
    if (!group) return '';
    return word(locale, 'groupRank', { rank: group.rank ?? '–', of: group.of, group: group.name });
}

/**
 * The press-report sentence for one unit: "Năm 2022, chỉ số CCHC của UBND thị xã Sông Cầu đạt 73,34
 * điểm, xếp loại Khá, xếp thứ 3/9; so với năm 2021: tăng 8,48 điểm, tăng 03 bậc". When files of the
 * batch could not be scored the rank says it counts the others: "xếp thứ 3/8; 1 đơn vị chưa chấm được".
 */
export function summarySentence(unit: UnitResult, year: number, locale: Locale, notScored = 0): string {
    let sentence = word(locale, 'summarySentence', {
        year,
        unit: unit.unit.name || unit.unit.id,
        total: points(unit.total, locale),
        grade: unit.grade === null ? word(locale, 'ungraded') : gradeText(unit, locale),
        rank: unit.rank ?? '–',
        of: unit.of,
    });
    if (unit.group) sentence += word(locale, 'summaryGroupRank', { rank: unit.group.rank ?? '–', of: unit.group.of, group: unit.group.name });
    if (notScored > 0) sentence += `; ${word(locale, 'notScoredCount', { count: notScored })}`;
    const change = changeText(unit, locale);
    if (change) sentence += word(locale, 'summaryChange', { year: year - 1, change });
    const provisional = provisionalText(unit, locale);
    if (provisional) sentence += `; ${provisional}`;
    return sentence + '.';
}

/** "+1" for a bonus, "−1" for a penalty, both when both apply; undefined when neither does. */
export function adjustmentText(unit: UnitResult, locale: Locale): string | undefined {
    const parts: string[] = [];
    if (unit.bonus !== 0) parts.push(`+${points(unit.bonus, locale)}`);
    if (unit.penalty !== 0) parts.push(`−${points(unit.penalty, locale)}`);
    return parts.length > 0 ? parts.join(' / ') : undefined;
}

/** "Khá (tạm tính)" while points are still to come, else the grade; a dash for an ungraded unit. */
export function gradeText(unit: UnitResult, locale: Locale): string {
    if (unit.grade === null) return '–';
    return unit.provisional ? `${unit.grade} (${word(locale, 'provisionalMark')})` : unit.grade;
}

/** "đạt 43,5 điểm tạm tính; còn chờ 20 điểm điều tra xã hội học; …"; undefined for a final result. */
export function provisionalText(unit: UnitResult, locale: Locale): string | undefined {
    const pending = unit.pending;
    if (!pending) return undefined;
    const awaited = (awaiting: 'survey' | 'council'): number | undefined => {
        const exact = pending.items.filter((i) => i.awaiting === awaiting).map((i) => fromNumber(i.max)!);
        return exact.length === 0 ? undefined : toNumber(sum(exact));
    };
    const parts: string[] = [];
    const survey = awaited('survey');
    if (survey !== undefined) parts.push(word(locale, 'awaitingSurvey', { points: points(survey, locale) }));
    const council = awaited('council');
    if (council !== undefined) parts.push(word(locale, 'awaitingCouncil', { points: points(council, locale) }));
    return word(locale, 'provisionalSentence', { total: points(unit.total, locale), pending: parts.join(', '), reachable: points(pending.reachable, locale) });
}

/** The batch's note when any unit's result is provisional. */
export function provisionalBatchText(results: ResultsJson, locale: Locale): string | undefined {
    return results.summary.provisional > 0 ? word(locale, 'provisionalBatch', { count: results.summary.provisional }) : undefined;
}

/** The index to two decimals, as results tables print it (68,90). */
export function indexText(value: number | null, locale: Locale): string {
    return twoDecimals(value, locale);
}

/**
 * A total or index as the province's results tables print it, always with two decimals (68,90), so that a
 * column never shows "68,9" beside "68,90".
 */
export function twoDecimals(value: number | null, locale: Locale): string {
    if (value === null) return '–';
    const exact = fromNumber(value);
    return exact === undefined ? String(value) : formatFixed(exact, locale, 2);
}

/** "68,90/100", "57,88/96,50": a unit's total (two decimals) over its maximum. */
export function totalFraction(unit: UnitResult, locale: Locale): string {
    return over(twoDecimals(unit.total, locale), unit.max, locale);
}
