import { expect, test } from 'vitest';
import { withoutMarks } from '../../src/i18n/plain-letters.js';

test.each([
    ['Kế hoạch cải cách hành chính', 'Ke hoach cai cach hanh chinh'],
    // đ is a letter of its own: NFD keeps it, so it is mapped, in both cases
    ['Đánh giá đúng hạn', 'Danh gia dung han'],
    // the horn of ư and ơ is a mark too, stacked with a tone mark
    ['Trường Sơn, phường Hưng Lợi', 'Truong Son, phuong Hung Loi'],
    // text written precomposed (NFC) and decomposed (NFD) gives the same letters
    ['Sở Nội vụ'.normalize('NFD'), 'So Noi vu'],
    ['PAR Index 2024', 'PAR Index 2024'],
])('%s → %s', (text, plain) => {
    expect(withoutMarks(text)).toBe(plain);
});
