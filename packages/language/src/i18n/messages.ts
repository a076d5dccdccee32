import { formatFixed, type Fixed } from '../decimal/fixed.js';
import type { IssueCode } from '../validation/issue-codes.js';
import type { Locale } from './locale.js';

/** Parameters of a message: names, codes and texts as strings, figures as exact decimals. */
export type MessageParams = Record<string, string | number | Fixed | undefined>;

type Text = (p: MessageParams, n: (value: unknown) => string) => string;
type Entry = { vi: Text; en: Text };

const KIND_VI: Record<string, string> = {
    field: 'lĩnh vực',
    criterion: 'tiêu chí',
    item: 'tiêu chí thành phần',
};

const catalogue: Record<IssueCode, Entry> = {
    'syntax/error': {
        vi: (p) => `Lỗi cú pháp: ${p.detail}`,
        en: (p) => `Syntax error: ${p.detail}`,
    },
    'syntax/unterminated-string': {
        vi: () => 'Chuỗi thiếu dấu nháy kép đóng (")',
        en: () => 'This string is missing its closing quote (")',
    },
    'syntax/unknown-word': {
        vi: (p) => `Từ "${p.word}" không có trong ngôn ngữ` + (p.suggestion ? `; có phải "${p.suggestion}"?` : ''),
        en: (p) => `Unknown word "${p.word}"` + (p.suggestion ? `; did you mean "${p.suggestion}"?` : ''),
    },
    'number/malformed': {
        vi: (p) => `"${p.text}" không phải là số hợp lệ (dùng dấu chấm thập phân, ví dụ 18.5)`,
        en: (p) => `"${p.text}" is not a valid number (use a decimal point, e.g. 18.5)`,
    },
    'number/too-large': {
        vi: (p) => `Số "${p.text}" quá lớn hoặc có quá 6 chữ số thập phân`,
        en: (p) => `The number "${p.text}" is too large or has more than 6 decimals`,
    },
    'date/invalid': {
        vi: (p) => `"${p.text}" không phải là ngày hợp lệ (YYYY-MM-DD)`,
        en: (p) => `"${p.text}" is not a valid calendar date (YYYY-MM-DD)`,
    },
    'percent/range': {
        vi: (p) => `Tỷ lệ ${p.text} nằm ngoài khoảng 0% – 100%`,
        en: (p) => `The percentage ${p.text} lies outside 0% – 100%`,
    },
    'percent/expected': {
        vi: (p) => `Ngưỡng "${p.text}" phải là tỷ lệ phần trăm (ví dụ 80%)`,
        en: (p) => `The threshold "${p.text}" must be a percentage (e.g. 80%)`,
    },
    'percent/too-fine': {
        vi: (p) => `Tỷ lệ ${p.text} quá chi tiết cho số liệu tỷ lệ ${p.metric}: quy ra tỷ lệ thì cần hơn 6 chữ số thập phân`,
        en: (p) => `The percentage ${p.text} is too fine for the ratio metric ${p.metric}: as a ratio it needs more than 6 decimals`,
    },
    'reference/unresolved': {
        vi: (p) => `Không tìm thấy ${p.kind === 'Evidence' ? 'tài liệu kiểm chứng' : 'số liệu'} "${p.name}"`,
        en: (p) => `Unknown ${p.kind === 'Evidence' ? 'evidence' : 'metric'} "${p.name}"`,
    },
    'name/duplicate': {
        vi: (p) => `Tên "${p.name}" đã được khai báo ở dòng ${p.line}`,
        en: (p) => `The name "${p.name}" is already declared on line ${p.line}`,
    },
    'rubric/multiple': {
        vi: () => 'Mỗi tệp chỉ chứa một bộ chỉ số',
        en: () => 'A file holds one rubric only',
    },
    'header/missing': {
        vi: (p) => `Bộ chỉ số thiếu khai báo "${p.property}"`,
        en: (p) => `The rubric does not declare "${p.property}"`,
    },
    'property/duplicate': {
        vi: (p) => `"${p.property}" được khai báo hai lần`,
        en: (p) => `"${p.property}" is declared twice`,
    },
    'header/year': {
        vi: (p) => `Năm "${p.text}" không hợp lệ (từ 2000 đến 2100)`,
        en: (p) => `The year "${p.text}" is not valid (2000 to 2100)`,
    },
    'header/total': {
        vi: (p) => `Tổng điểm "${p.text}" phải là số dương`,
        en: (p) => `The total "${p.text}" must be a positive number`,
    },
    'header/step': {
        vi: (p) => `Bước điểm "${p.text}" phải là số dương, ví dụ 0.25 hoặc 0.01`,
        en: (p) => `The point step "${p.text}" must be a positive number such as 0.25 or 0.01`,
    },
    'header/survey': {
        vi: (p, n) => `Điểm điều tra xã hội học "${p.text}" phải nằm trong khoảng 0 – ${n(p.total)}`,
        en: (p, n) => `The survey share "${p.text}" must lie between 0 and ${n(p.total)}`,
    },
    'sum/total': {
        vi: (p, n) => `Các lĩnh vực cộng lại ${n(p.sum)} điểm, phải bằng tổng ${n(p.total)} điểm`,
        en: (p, n) => `The fields add up to ${n(p.sum)} points, not the declared total of ${n(p.total)}`,
    },
    'sum/children': {
        vi: (p, n) =>
            `Các mục con của ${KIND_VI[String(p.kind)] ?? 'mục'} ${p.code} cộng lại ${n(p.sum)} điểm, khác điểm tối đa ${n(p.max)}`,
        en: (p, n) => `The children of ${p.kind} ${p.code} add up to ${n(p.sum)} points, not its max of ${n(p.max)}`,
    },
    'node/max-missing': {
        vi: (p) => `${p.code} chưa khai báo điểm tối đa (max)`,
        en: (p) => `${p.code} has no max points`,
    },
    'node/max-invalid': {
        vi: (p) => `Điểm tối đa "${p.text}" phải là số dương`,
        en: (p) => `The max "${p.text}" must be a positive number`,
    },
    'node/field-nested': {
        vi: () => 'Lĩnh vực (field) chỉ đứng ở cấp cao nhất của bộ chỉ số',
        en: () => 'A field stands only at the top level of the rubric',
    },
    'node/top-level': {
        vi: () => 'Cấp cao nhất của bộ chỉ số gồm các lĩnh vực (field)',
        en: () => 'The top level of a rubric holds fields',
    },
    'code/malformed': {
        vi: (p) => `Mã "${p.text}" không hợp lệ: dùng các số nối bằng dấu chấm, ví dụ 1.2.3`,
        en: (p) => `The code "${p.text}" is malformed: use numbers joined by dots, e.g. 1.2.3`,
    },
    'code/duplicate': {
        vi: (p) => `Mã ${p.code} trùng với mục ở dòng ${p.line}`,
        en: (p) => `The code ${p.code} is already used on line ${p.line}`,
    },
    'code/parent': {
        vi: (p) => `Mã ${p.code} không thuộc ${p.parent}; mục này nằm trong ${p.parent} nên mã phải có dạng ${p.expected}`,
        en: (p) => `The code ${p.code} does not belong under ${p.parent}; it stands in ${p.parent}, so its code should read ${p.expected}`,
    },
    'leaf/no-method': {
        vi: (p) => `${p.code} không có mục con nên phải có cách chấm điểm (choice, bands, judged, …)`,
        en: (p) => `${p.code} has no children, so it needs a scoring method (choice, bands, judged, …)`,
    },
    'leaf/multiple-methods': {
        vi: (p) => `${p.code} có nhiều hơn một cách chấm điểm`,
        en: (p) => `${p.code} has more than one scoring method`,
    },
    'node/method-on-parent': {
        vi: (p) => `${p.code} có mục con nên điểm là tổng các mục con; bỏ cách chấm điểm ở đây`,
        en: (p) => `${p.code} has children, so its score is their sum; remove this scoring method`,
    },
    'points/best-not-max': {
        vi: (p, n) => `Mức điểm cao nhất là ${n(p.best)}, phải bằng điểm tối đa ${n(p.max)} của ${p.code}`,
        en: (p, n) => `The best outcome gives ${n(p.best)} points, not the max of ${n(p.max)} for ${p.code}`,
    },
    'points/exceeds-max': {
        vi: (p, n) => `${n(p.points)} điểm vượt điểm tối đa ${n(p.max)} của ${p.code}`,
        en: (p, n) => `${n(p.points)} points exceed the max of ${n(p.max)} for ${p.code}`,
    },
    'points/step': {
        vi: (p, n) => `${n(p.points)} điểm không phải là bội số của bước điểm ${n(p.step)}`,
        en: (p, n) => `${n(p.points)} points is not a multiple of the point step ${n(p.step)}`,
    },
    'outcome/duplicate': {
        vi: (p) => `Phương án "${p.label}" bị lặp`,
        en: (p) => `The outcome "${p.label}" appears twice`,
    },
    'outcome/too-few': {
        vi: () => 'Cần ít nhất hai phương án chấm điểm',
        en: () => 'A choice needs at least two outcomes',
    },
    'yesno/incomplete': {
        vi: (p) => `Thiếu phương án "${p.answer}"`,
        en: (p) => `The "${p.answer}" outcome is missing`,
    },
    'deadline/incomplete': {
        vi: (p) => `Thiếu mức điểm "${p.status}"`,
        en: (p) => `The "${p.status}" outcome is missing`,
    },
    'bands/unreachable': {
        vi: (p) => `Khoảng "${p.band}" không bao giờ được áp dụng vì khoảng "${p.previous}" đứng trước đã bao gồm nó; sắp xếp lại các khoảng`,
        en: (p) => `The band "${p.band}" can never apply: the earlier band "${p.previous}" already covers it; reorder the bands`,
    },
    'bands/direction': {
        vi: () => 'Các khoảng phải cùng một chiều: toàn > / >= / = hoặc toàn < / <= / =',
        en: () => 'Bands must all face one way: all > / >= / = or all < / <= / =',
    },
    'bands/no-else': {
        vi: (p) => `Các khoảng không bao phủ mọi giá trị của ${p.metric}; thêm "else: 0"`,
        en: (p) => `The bands do not cover every value of ${p.metric}; add "else: 0"`,
    },
    'bands/after-else': {
        vi: () => 'Khoảng đứng sau "else" không bao giờ được áp dụng',
        en: () => 'A band after "else" can never apply',
    },
    'metric/type': {
        vi: (p) => `Số liệu ${p.metric} có kiểu ${p.type}, không dùng được ở đây (cần ${p.expected})`,
        en: (p) => `The metric ${p.metric} is of type ${p.type} and cannot be used here (needs ${p.expected})`,
    },
    'metric/unused': {
        vi: (p) => `Số liệu ${p.name} được khai báo nhưng không dùng`,
        en: (p) => `The metric ${p.name} is declared but never used`,
    },
    'metric/options': {
        vi: () => 'Chỉ kiểu oneOf mới có danh sách lựa chọn, và oneOf cần ít nhất hai lựa chọn',
        en: () => 'Only a oneOf metric has options, and a oneOf needs at least two',
    },
    'deduct/amount': {
        vi: (p, n) => `Mức trừ ${n(p.amount)} phải lớn hơn 0 và không vượt điểm tối đa ${n(p.max)}`,
        en: (p, n) => `The deduction ${n(p.amount)} must be above 0 and at most the max of ${n(p.max)}`,
    },
    'judged/step': {
        vi: (p, n) => `Bước chấm ${n(p.points)} phải là bội số của bước điểm ${n(p.step)} và không vượt điểm tối đa`,
        en: (p, n) => `The judging step ${n(p.points)} must be a multiple of the point step ${n(p.step)} and at most the max`,
    },
    'formula/invalid': {
        vi: (p) => `Công thức không hợp lệ: ${p.reasonVi}`,
        en: (p) => `Invalid formula: ${p.reasonEn}`,
    },
    'survey/share': {
        vi: (p, n) => `Các mục điều tra xã hội học cộng lại ${n(p.sum)} điểm, khác mức khai báo ${n(p.share)}`,
        en: (p, n) => `The survey items add up to ${n(p.sum)} points, not the declared survey share of ${n(p.share)}`,
    },
    'survey/evidence': {
        vi: () => 'Mục điều tra xã hội học không tự chấm nên không cần tài liệu kiểm chứng',
        en: () => 'A survey item is never self-assessed and needs no evidence',
    },
    'survey/undeclared': {
        vi: (p, n) => `Bộ chỉ số có ${n(p.sum)} điểm điều tra xã hội học; hãy khai báo "survey ${p.text}"`,
        en: (p, n) => `The rubric has ${n(p.sum)} survey points; declare them with "survey ${p.text}"`,
    },
    'evidence/unused': {
        vi: (p) => `Tài liệu kiểm chứng ${p.name} được khai báo nhưng không dùng`,
        en: (p) => `The evidence ${p.name} is declared but never required`,
    },
    'evidence/min-count': {
        vi: (p) => `Số lượng tối thiểu "${p.text}" phải là số nguyên dương`,
        en: (p) => `The minimum count "${p.text}" must be a positive whole number`,
    },
    'evidence/not-leaf': {
        vi: () => 'Tài liệu kiểm chứng được yêu cầu ở tiêu chí được chấm điểm (không có mục con)',
        en: () => 'Evidence is required on scored nodes (those without children)',
    },
    'evidence/cap': {
        vi: (p, n) => `Mức điểm trần ${n(p.cap)} khi thiếu tài liệu phải nhỏ hơn điểm tối đa ${n(p.max)}`,
        en: (p, n) => `The cap of ${n(p.cap)} for missing evidence must be below the max of ${n(p.max)}`,
    },
    'import/not-found': {
        vi: (p) => `Không tìm thấy tệp "${p.path}"`,
        en: (p) => `Cannot find the file "${p.path}"`,
    },
    'import/cycle': {
        vi: (p) => `Nhập vòng: "${p.path}" lại nhập tệp này`,
        en: (p) => `Import cycle: "${p.path}" imports this file again`,
    },
    'import/outside': {
        vi: (p) => `"${p.path}" nằm ngoài thư mục làm việc`,
        en: (p) => `"${p.path}" lies outside the workspace`,
    },
    'grades/missing': {
        vi: () => 'Bộ chỉ số chưa có bảng xếp loại (grades)',
        en: () => 'The rubric has no grades',
    },
    'grades/order': {
        vi: (p) => `Xếp loại "${p.grade}" phải có ngưỡng thấp hơn "${p.previous}" đứng trước`,
        en: (p) => `The grade "${p.grade}" needs a lower threshold than "${p.previous}" above it`,
    },
    'grades/unit': {
        vi: (p, n) =>
            p.percent === undefined
                ? `Ngưỡng xếp loại "${p.text}" phải là tỷ lệ phần trăm: viết ${p.text}%`
                : `Ngưỡng xếp loại "${p.text}" cần ghi đơn vị: viết ${n(p.percent)}% nếu là ${p.text} trên ${n(p.total)} điểm, hoặc ${p.text}%`,
        en: (p, n) =>
            p.percent === undefined
                ? `The grade threshold "${p.text}" must be a percentage: write ${p.text}%`
                : `The grade threshold "${p.text}" needs its unit: write ${n(p.percent)}% if it means ${p.text} of the ${n(p.total)} points, or ${p.text}%`,
    },
    'grades/coverage': {
        vi: () => 'Bảng xếp loại không bao phủ đến 0%; thêm một xếp loại "otherwise"',
        en: () => 'The grades do not reach down to 0%; add an "otherwise" grade',
    },
    'grades/after-otherwise': {
        vi: () => 'Xếp loại đứng sau "otherwise" không bao giờ được áp dụng',
        en: () => 'A grade after "otherwise" can never apply',
    },
    'grades/duplicate': {
        vi: (p) => `Xếp loại "${p.grade}" bị lặp`,
        en: (p) => `The grade "${p.grade}" appears twice`,
    },
    'adjustment/max-missing': {
        vi: () => 'Điểm thưởng / điểm trừ cần mức tối đa (max)',
        en: () => 'A bonus or penalty needs its cap (max)',
    },
    'adjustment/duplicate': {
        vi: (p) => `Điểm thưởng / điểm trừ "${p.name}" bị lặp`,
        en: (p) => `The bonus or penalty "${p.name}" appears twice`,
    },
};

export function message(locale: Locale, code: IssueCode, params: MessageParams = {}): string {
    const entry = catalogue[code];
    const format = (value: unknown): string =>
        typeof value === 'number' ? formatFixed(value as Fixed, locale) : String(value);
    return entry[locale](params, format);
}

export function hasMessage(code: string): code is IssueCode {
    return Object.hasOwn(catalogue, code);
}
