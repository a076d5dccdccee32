import { defineCatalogue } from '@par-rubric/language';

/** The language server's own texts for the score preview (its diagnostics come from the language package's catalogues). */
export const text = defineCatalogue({
    bonus: { vi: 'thưởng', en: 'bonus' },
    penalty: { vi: 'trừ', en: 'penalty' },
    total: { vi: 'Tổng điểm', en: 'Total' },
    index: { vi: 'Chỉ số', en: 'Index' },
    grade: { vi: 'Xếp loại', en: 'Grade' },
    adjustments: { vi: 'Điểm thưởng / điểm trừ', en: 'Bonus / penalty' },
    code: { vi: 'Mã', en: 'Code' },
    title: { vi: 'Nội dung', en: 'Title' },
    points: { vi: 'Điểm', en: 'Points' },
    notApplicable: { vi: 'không đánh giá', en: 'not applicable' },
    panelTitle: { vi: 'Điểm: {file}', en: 'Score: {file}' },
    cannotScore: { vi: 'Chưa chấm được bản đánh giá này', en: 'This assessment cannot be scored yet' },
    warnings: { vi: 'Lưu ý', en: 'Warnings' },
    why: { vi: 'Vì sao mất điểm', en: 'Why points were lost' },
    provisional: {
        vi: 'Kết quả tạm thời: còn {points} điểm của {count} tiêu chí chưa có (khảo sát, thẩm định); tổng điểm có thể lên tới {reachable}.',
        en: 'Provisional: {points} points of {count|item|items} are still to come (survey, appraisal); the total may reach {reachable}.',
    },
});
