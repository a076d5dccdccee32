import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayNumber, dayText } from '../../src/calendar/calendar-day.js';

/** What Date makes of the text, as an independent reading to compare with. */
function dayByDate(text: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return time / 86_400_000;
}

describe('calendar days', () => {
    test('leap days exist only in leap years', () => {
        expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01')! - 1);
        expect(dayNumber('2000-02-29')).toBeDefined();
        expect(dayNumber('2022-02-29')).toBeUndefined();
        expect(dayNumber('1900-02-29')).toBeUndefined();
        expect(dayNumber('2100-02-29')).toBeUndefined();
    });

    test('months and days outside the calendar are no date', () => {
        for (const text of ['2022-00-10', '2022-13-01', '2022-04-31', '2022-01-00', '2022-01-32', '0099-01-01']) {
            expect(dayNumber(text), text).toBeUndefined();
        }
    });

    test('only YYYY-MM-DD is read', () => {
        for (const text of ['2022-1-01', ' 2022-01-01', '2022-01-01 ', '2022/01/01', '2022-0a-01', '+022-01-01', '2022-01-01\n', '２０２２-01-01', '']) {
            expect(dayNumber(text), JSON.stringify(text)).toBeUndefined();
        }
    });

    test('days count from 1970-01-01 and read back as the same text', () => {
        expect(dayNumber('1970-01-01')).toBe(0);
        expect(dayNumber('2022-03-31')).toBe(19_082);
        expect(dayText(dayNumber('2024-02-29')!)).toBe('2024-02-29');
    });

    test('agrees with Date on every day of many years and on arbitrary texts', () => {
        const pad = (value: number, width: number) => String(value).padStart(width, '0');
        for (const year of [0, 1, 99, 100, 1582, 1899, 1900, 1970, 2000, 2020, 2022, 2024, 2100, 2400, 9999]) {
            for (let month = 0; month <= 13; month++) {
                for (let day = 0; day <= 32; day++) {
                    const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
                    expect(dayNumber(text), text).toBe(dayByDate(text));
                }
            }
        }
        fc.assert(
            fc.property(fc.string({ maxLength: 12 }), (text) => {
                expect(dayNumber(text)).toBe(dayByDate(text));
            }),
            { numRuns: 5_000, seed: 11 },
        );
    });
});
