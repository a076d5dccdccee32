import { defineCatalogue } from '@par-rubric/language';

/** The language server's own texts (its diagnostics come from the language package's catalogue). */
export const text = defineCatalogue({
    rubricHasErrors: {
        vi: '{file} còn {count} lỗi; hãy sửa trước (xem Problems).',
        en: '{file} has {count|error|errors}; fix them first (see Problems).',
    },
    notARubric: {
        vi: '{file} không chứa đúng một bộ chỉ số (rubric).',
        en: '{file} does not hold exactly one rubric.',
    },
    noRubricWithId: {
        vi: 'Không tìm thấy bộ chỉ số "{id}" trong thư mục làm việc; hãy mở tệp .rubric của nó.',
        en: 'No rubric "{id}" in the workspace; open its .rubric file.',
    },
    unreadableAssessment: {
        vi: '{where}: không đọc được bản đánh giá: {detail}',
        en: '{where}: cannot read the assessment: {detail}',
    },
    cannotCompile: {
        vi: 'Không biên dịch được bộ chỉ số: {detail}',
        en: 'The rubric cannot be compiled: {detail}',
    },
    bonus: { vi: 'thưởng', en: 'bonus' },
    penalty: { vi: 'trừ', en: 'penalty' },
});
