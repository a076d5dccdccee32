import { describe, expect, it } from 'vitest';
import { parseFixed, type Fixed } from '../../src/decimal/fixed.js';
import { defineCatalogue, fillTemplate } from '../../src/i18n/catalogue.js';

const points = (text: string): Fixed => parseFixed(text)!;

describe('text catalogue', () => {
    const text = defineCatalogue({
        total: { vi: 'Tổng {sum:points} điểm, tăng {places} bậc', en: 'Total {sum:points}, up {places|place|places}' },
        due: { vi: 'hạn {day:date}', en: 'due {day:date}' },
        unknownWord: {
            vi: (p: { word: string; suggestion?: string }, fill) =>
                fill('Từ "{word}" không có trong ngôn ngữ', p) + (p.suggestion ? fill('; có phải "{suggestion}"?', p) : ''),
            en: (p: { word: string; suggestion?: string }, fill) =>
                fill('Unknown word "{word}"', p) + (p.suggestion ? fill('; did you mean "{suggestion}"?', p) : ''),
        },
    });

    it('writes exact decimals for the locale: a decimal comma in Vietnamese', () => {
        expect(text('vi', 'total', { sum: points('73.34'), places: 3 })).toBe('Tổng 73,34 điểm, tăng 3 bậc');
        expect(text('en', 'total', { sum: points('10177.5'), places: 3 })).toBe('Total 10,177.5, up 3 places');
    });

    it('makes English counts agree with their noun', () => {
        expect(text('en', 'total', { sum: points('1'), places: 1 })).toBe('Total 1, up 1 place');
    });

    it('makes English decimals agree with their noun: 1 point, 0.5 points', () => {
        expect(fillTemplate('en', '{sum:points|point|points}', { sum: points('1') })).toBe('1 point');
        expect(fillTemplate('en', '{sum:points|point|points}', { sum: points('0.5') })).toBe('0.5 points');
        expect(fillTemplate('vi', '{sum:points} điểm', { sum: points('1.5') })).toBe('1,5 điểm');
    });

    it('writes dates as dd/mm/yyyy in Vietnamese', () => {
        expect(text('vi', 'due', { day: '2025-12-15' })).toBe('hạn 15/12/2025');
        expect(text('en', 'due', { day: '2025-12-15' })).toBe('due 2025-12-15');
    });

    it('lets an entry add a clause only when its parameter is given', () => {
        expect(text('en', 'unknownWord', { word: 'mx' })).toBe('Unknown word "mx"');
        expect(text('vi', 'unknownWord', { word: 'mx', suggestion: 'max' })).toBe('Từ "mx" không có trong ngôn ngữ; có phải "max"?');
    });

    it('leaves a slot without its parameter visible instead of writing "undefined"', () => {
        expect(fillTemplate('en', 'up {places|place|places} to {rank}', { places: 2 })).toBe('up 2 places to {rank}');
    });
});
