import { defineBilingualCatalogue } from '../i18n/catalogue.js';

/** Vietnamese names of the JSON types the schema expects (English keeps the schema's own word). */
const TYPE_VI: Record<string, string> = {
    string: 'chuỗi văn bản',
    number: 'số',
    boolean: 'true/false',
    object: 'đối tượng',
    array: 'danh sách',
    record: 'đối tượng',
};

const PREVIOUS_SHAPE = '{"results":[{"unit":{"id"},"total","rank"}]}';

/** What the assessment schema and the previous-results reader say about a file's shape, in both languages. */
export const assessmentText = defineBilingualCatalogue({
    keyNotAllowed: { vi: 'Khóa không được phép: "{key}"', en: 'Key not allowed: "{key}"' },
    unknownKey: { vi: 'Khóa không được phép: "{key}"', en: 'Unknown key "{key}"' },
    required: { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' },
    wrongType: {
        vi: (p: { expected: string }) => `Sai kiểu: cần ${TYPE_VI[p.expected] ?? p.expected}`,
        en: (p: { expected: string }) => `Wrong type: expected ${p.expected}`,
    },
    atLeast: { vi: 'Giá trị phải ≥ {minimum}', en: 'Must be at least {minimum}' },
    atMost: { vi: 'Giá trị phải ≤ {maximum}', en: 'Must be at most {maximum}' },
    notEmpty: { vi: 'Không được để trống', en: 'Must not be empty' },
    expectedDate: { vi: 'Cần ngày dạng YYYY-MM-DD', en: 'Expected a date YYYY-MM-DD' },
    expectedCode: { vi: 'Cần mã dạng 1.2.3', en: 'Expected a dotted code like 1.2.3' },
    invalidMetricName: { vi: '"{key}" không phải tên số liệu hợp lệ', en: '"{key}" is not a valid metric name' },
    invalidItemCode: { vi: '"{key}" không phải mã tiêu chí hợp lệ', en: '"{key}" is not a valid item code' },
    expectedOneOf: { vi: 'Giá trị phải là một trong: {values}', en: 'Expected one of: {values}' },
    invalidValue: { vi: 'Giá trị không hợp lệ: {detail}', en: 'Invalid value: {detail}' },
    expectedOutcome: { vi: 'Cần tên phương án hoặc số thứ tự của nó (1, 2, …)', en: 'Expected an outcome label or its number (1, 2, …)' },
    expectedYesNo: { vi: 'Cần câu trả lời có/không (true/false)', en: 'Expected a yes/no answer (true/false)' },
    expectedNotApplicable: { vi: 'Cần true hoặc { reason: "…" }', en: 'Expected true or { reason: "…" }' },
    expectedScalar: { vi: 'Cần một số, chuỗi văn bản hoặc true/false', en: 'Expected a number, a text or true/false' },
    // a function, not a template: the expected shape's braces are not slots
    previousShape: {
        vi: (p: { detail: string }) => `Tệp kết quả năm trước không đúng dạng (cần ${PREVIOUS_SHAPE}): ${p.detail}`,
        en: (p: { detail: string }) => `The previous results do not have the expected shape (${PREVIOUS_SHAPE}): ${p.detail}`,
    },
    previousTotal: { vi: 'Tổng điểm không phải số thập phân hợp lệ', en: 'The total is not a valid decimal' },
    previousFieldScore: { vi: 'Điểm lĩnh vực không phải số thập phân hợp lệ', en: 'The field score is not a valid decimal' },
    previousDuplicate: { vi: 'Đơn vị "{unit}" xuất hiện hai lần', en: 'Unit "{unit}" appears twice' },
});
