import { defineCatalogue } from '../../i18n/catalogue.js';

/** What the language server says of an assessment's rubric, in the problems and the score preview. */
export const assessmentLspText = defineCatalogue({
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
    cannotCompile: {
        vi: 'Không biên dịch được bộ chỉ số: {detail}',
        en: 'The rubric cannot be compiled: {detail}',
    },
    metricHover: { vi: '**Số liệu {name}** · {type}', en: '**Metric {name}** · {type}' },
});
