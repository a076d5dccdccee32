import type { Locale } from '@par-rubric/language';
import type { StatusReport, UnitStatus } from '../../contracts/status-report.js';
import { word } from '../report-text.js';
import { points } from '../score/figures.js';

/** The columns every status format shows, in the chosen language. */
export function statusHeadings(locale: Locale): string[] {
    return [
        word(locale, 'unit'),
        word(locale, 'statusFile'),
        word(locale, 'statusState'),
        word(locale, 'statusAnswered'),
        word(locale, 'statusEvidence'),
        word(locale, 'statusSelf'),
        word(locale, 'statusAwaiting'),
    ];
}

/** One unit's row: "12/60" answered, counts, the self total so far. */
export function statusCells(unit: UnitStatus, locale: Locale): string[] {
    const label = unit.group ? `${unit.name || unit.id} (${unit.group})` : unit.name || unit.id;
    const found = unit.file !== null;
    return [
        label,
        unit.file ?? '–',
        stateText(unit, locale),
        found && unit.state !== 'unreadable' ? `${unit.answered}/${unit.required}` : '–',
        found && unit.state !== 'unreadable' ? String(unit.evidenceMissing) : '–',
        points(unit.selfTotal, locale),
        found && unit.state !== 'unreadable' ? String(unit.awaitingAppraisal) : '–',
    ];
}

function stateText(unit: UnitStatus, locale: Locale): string {
    const state = word(locale, unit.state === 'missing' ? 'stateMissing' : unit.state === 'unreadable' ? 'stateUnreadable' : unit.state === 'incomplete' ? 'stateIncomplete' : 'stateComplete');
    return unit.reason ? `${state}: ${unit.reason}` : state;
}

/** "13 đơn vị: 11 đã nộp, 2 chưa nộp; 9 đầy đủ, 1 còn thiếu, 1 không đọc được; 612/660 tiêu chí đã trả lời". */
export function roundSentence({ round }: StatusReport, locale: Locale): string {
    return word(locale, 'statusRound', { ...round });
}
