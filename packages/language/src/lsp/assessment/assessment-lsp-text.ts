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
    noRubricFile: {
        vi: 'Không có tệp bộ chỉ số "{path}" (đường dẫn tính từ thư mục của tệp này).',
        en: 'There is no rubric file "{path}" (the path is relative to this file’s folder).',
    },
    rubricFileHoldsOther: {
        vi: '"{path}" không chứa bộ chỉ số "{id}" mà tệp này ghi ở rubric (trong đó có: {held}).',
        en: '"{path}" does not hold the rubric "{id}" this file names under rubric (it holds: {held}).',
    },
    cannotCompile: {
        vi: 'Không biên dịch được bộ chỉ số: {detail}',
        en: 'The rubric cannot be compiled: {detail}',
    },
    updateHash: {
        vi: 'Ghi mã kiểm tra (hash) của phiên bản hiện tại của bộ chỉ số (các câu trả lời vẫn khớp)',
        en: 'Write the hash of the rubric’s current version (the answers still fit it)',
    },
    addHash: {
        vi: 'Thêm mã kiểm tra (hash) của bộ chỉ số',
        en: 'Add the rubric’s hash',
    },
    metricHover: { vi: '**Số liệu {name}** · {type}', en: '**Metric {name}** · {type}' },
});
