/**
 * Vietnamese text without its marks: "Đánh giá Kế hoạch" → "Danh gia Ke hoach". đ is a letter of its own,
 * not d with a mark, so NFD leaves it; it becomes d here (Đ, D) for searching, matching and file names.
 */
export function withoutMarks(text: string): string {
    return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u0111/g, 'd').replace(/\u0110/g, 'D');
}
