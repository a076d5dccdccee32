import type { Fixed } from '../decimal/fixed.js';
import type { IssueCode } from '../validation/issue-codes.js';
import { defineCatalogue, type Entry, type Fill, type ParamsOf } from './catalogue.js';
import type { Locale } from './locale.js';

/** The node kinds a message names, in each language. */
const KIND = {
    field: { vi: 'lĩnh vực', en: 'field' },
    criterion: { vi: 'tiêu chí', en: 'criterion' },
    item: { vi: 'tiêu chí thành phần', en: 'item' },
} as const;

type NodeKind = keyof typeof KIND;

/** What went wrong in a formula, each with its text: the one argument of `formula/invalid`. */
const FORMULA_REASONS = {
    expectedNumber: { vi: 'cần giá trị số', en: 'expected a number' },
    expectedCondition: { vi: 'cần giá trị đúng/sai', en: 'expected a yes/no condition' },
    operandNumber: { vi: '"{operator}" cần số', en: '"{operator}" needs a number' },
    operandCondition: { vi: '"{operator}" cần đúng/sai', en: '"{operator}" needs a yes/no value' },
    joinsConditions: { vi: '"{operator}" nối hai điều kiện đúng/sai', en: '"{operator}" joins two yes/no conditions' },
    comparesTypes: { vi: 'so sánh hai giá trị khác kiểu', en: 'compares values of different types' },
    needsNumbers: { vi: '"{operator}" cần hai giá trị số', en: '"{operator}" needs two numbers' },
    arityExactly: { vi: '{function} nhận {count} tham số', en: '{function} takes {count|argument|arguments}' },
    arityAtLeast: { vi: '{function} nhận từ {count} tham số', en: '{function} takes at least {count|argument|arguments}' },
    arityEither: { vi: '{function} nhận {low} hoặc {high} tham số', en: '{function} takes {low} or {high} arguments' },
    takesConditions: { vi: '{function} cần các điều kiện đúng/sai', en: '{function} takes yes/no conditions' },
    takesNumbers: { vi: '{function} cần các giá trị số', en: '{function} takes numbers' },
    ifCondition: { vi: 'điều kiện của if phải đúng/sai', en: 'the condition of if must be yes/no' },
} as const satisfies Record<string, Entry>;

const formulaReasonText = defineCatalogue(FORMULA_REASONS);

export type FormulaReason = {
    [K in keyof typeof FORMULA_REASONS]: { reason: K } & ParamsOf<(typeof FORMULA_REASONS)[K]>;
}[keyof typeof FORMULA_REASONS];

function formulaReason(locale: Locale, p: FormulaReason): string {
    return (formulaReasonText as (locale: Locale, key: string, params: object) => string)(locale, p.reason, p);
}

/**
 * What the parser met, in our words (Chevrotain's own never reach the user): the tokens it expected and
 * the one it found, a character no token starts with, the rubric closed early, nesting past the limit,
 * or, for any other complaint, just the place.
 */
export type SyntaxDetail =
    | { expected: readonly string[]; found: string }
    | { earlyEnd: string }
    | { character: string }
    | { tooDeep: number }
    | { unreadable: true };

/** A token type as an author knows it: terminals by what they hold, keywords and punctuation as written. */
const TOKEN_WORDS: Record<string, Record<Locale, string>> = {
    STRING: { vi: 'một chuỗi trong dấu nháy kép', en: 'a text in quotes' },
    NUMBER: { vi: 'một số', en: 'a number' },
    ID: { vi: 'một tên', en: 'a name' },
    DATE: { vi: 'một ngày (YYYY-MM-DD)', en: 'a date (YYYY-MM-DD)' },
    EOF: { vi: 'hết tệp', en: 'the end of the file' },
};

const OR = { vi: 'hoặc', en: 'or' } as const;

/** `:`, "`>=`, `>` or `otherwise`", "a number": the expected tokens, at most six, in the locale. */
function expectedText(locale: Locale, tokens: readonly string[]): string {
    const words = [...new Set(tokens)].slice(0, 6).map((token) => TOKEN_WORDS[token]?.[locale] ?? `\`${token}\``);
    return words.length <= 1 ? (words[0] ?? '?') : `${words.slice(0, -1).join(', ')} ${OR[locale]} ${words[words.length - 1]}`;
}

function foundText(locale: Locale, found: string): string {
    return found === '' ? TOKEN_WORDS.EOF[locale] : `\`${found}\``;
}

type UnknownWordParams = { word: string; suggestion?: string };
type UnresolvedParams = { target: 'Metric' | 'Evidence'; name: string; suggestion?: string };
type ChildrenParams = { kind: NodeKind; code: string; sum: Fixed; max: Fixed };
type SurveyShareParams = { text: string; total?: Fixed };
type GradeUnitParams = { text: string; percent?: Fixed; total?: Fixed };

/** Every diagnostic's text, keyed by its issue code, Vietnamese and English side by side. */
const DIAGNOSTICS = {
    'syntax/error': {
        vi: (p: { detail: SyntaxDetail }, fill: Fill) => {
            const d = p.detail;
            if ('earlyEnd' in d) return fill('Lỗi cú pháp: không mong đợi `{token}` ở đây: có lẽ phía trên thiếu hoặc thừa một dấu ngoặc { }', { token: d.earlyEnd });
            if ('expected' in d) return fill('Lỗi cú pháp: ở đây cần {expected}, nhưng gặp {found}', { expected: expectedText('vi', d.expected), found: foundText('vi', d.found) });
            if ('character' in d) return fill('Lỗi cú pháp: ký tự `{character}` không thuộc ngôn ngữ', d);
            if ('tooDeep' in d) return fill('Lỗi cú pháp: các khối { } và ( ) lồng nhau quá {limit} cấp; phần lồng sâu hơn bị bỏ qua', { limit: d.tooDeep });
            return 'Lỗi cú pháp: đoạn này không đúng cấu trúc của bộ chỉ số';
        },
        en: (p: { detail: SyntaxDetail }, fill: Fill) => {
            const d = p.detail;
            if ('earlyEnd' in d) return fill('Syntax error: unexpected `{token}` here: a brace { } above is probably missing or extra', { token: d.earlyEnd });
            if ('expected' in d) return fill('Syntax error: expected {expected} here, found {found}', { expected: expectedText('en', d.expected), found: foundText('en', d.found) });
            if ('character' in d) return fill('Syntax error: the character `{character}` is not part of the language', d);
            if ('tooDeep' in d) return fill('Syntax error: { } and ( ) nested more than {limit} levels deep; the deeper part is skipped', { limit: d.tooDeep });
            return 'Syntax error: this does not follow the structure of a rubric';
        },
    },
    'syntax/unclosed-brace': {
        // a function, so that the braces in the text are not read as slots
        vi: (_: object) => 'Dấu ngoặc { này không bao giờ được đóng: thêm } ở cuối khối của nó',
        en: (_: object) => 'This { is never closed: add its } at the end of its block',
    },
    'syntax/decimal-comma': {
        vi: 'Viết {point}, không viết {comma}: số thập phân dùng dấu chấm',
        en: 'Write {point}, not {comma}: numbers take a decimal point',
    },
    'syntax/unterminated-string': {
        vi: 'Chuỗi thiếu dấu nháy kép đóng (")',
        en: 'This string is missing its closing quote (")',
    },
    'syntax/unknown-word': {
        vi: (p: UnknownWordParams, fill: Fill) =>
            fill('Từ "{word}" không có trong ngôn ngữ', p) + (p.suggestion ? fill('; có phải "{suggestion}"?', p) : ''),
        en: (p: UnknownWordParams, fill: Fill) =>
            fill('Unknown word "{word}"', p) + (p.suggestion ? fill('; did you mean "{suggestion}"?', p) : ''),
    },
    'number/malformed': {
        vi: '"{text}" không phải là số hợp lệ (dùng dấu chấm thập phân, ví dụ 18.5)',
        en: '"{text}" is not a valid number (use a decimal point, e.g. 18.5)',
    },
    'number/too-large': {
        vi: 'Số "{text}" quá lớn hoặc có quá 6 chữ số thập phân',
        en: 'The number "{text}" is too large or has more than 6 decimals',
    },
    'date/invalid': {
        vi: '"{text}" không phải là ngày hợp lệ (YYYY-MM-DD)',
        en: '"{text}" is not a valid calendar date (YYYY-MM-DD)',
    },
    'percent/range': {
        vi: 'Tỷ lệ {text} nằm ngoài khoảng 0% – 100%',
        en: 'The percentage {text} lies outside 0% – 100%',
    },
    'percent/expected': {
        vi: 'Ngưỡng "{text}" phải là tỷ lệ phần trăm (ví dụ 80%)',
        en: 'The threshold "{text}" must be a percentage (e.g. 80%)',
    },
    'percent/too-fine': {
        vi: 'Tỷ lệ {text} quá chi tiết cho số liệu tỷ lệ {metric}: quy ra tỷ lệ thì cần hơn 6 chữ số thập phân',
        en: 'The percentage {text} is too fine for the ratio metric {metric}: as a ratio it needs more than 6 decimals',
    },
    'reference/unresolved': {
        vi: (p: UnresolvedParams, fill: Fill) =>
            fill(p.target === 'Evidence' ? 'Không tìm thấy tài liệu kiểm chứng "{name}"' : 'Không tìm thấy số liệu "{name}"', p)
            + (p.suggestion ? fill('; có phải "{suggestion}"?', p) : ''),
        en: (p: UnresolvedParams, fill: Fill) =>
            fill(p.target === 'Evidence' ? 'Unknown evidence "{name}"' : 'Unknown metric "{name}"', p)
            + (p.suggestion ? fill('; did you mean "{suggestion}"?', p) : ''),
    },
    'name/duplicate': {
        vi: 'Tên "{name}" đã được khai báo ở dòng {line}',
        en: 'The name "{name}" is already declared on line {line}',
    },
    'rubric/multiple': {
        vi: 'Mỗi tệp chỉ chứa một bộ chỉ số',
        en: 'A file holds one rubric only',
    },
    'header/missing': {
        vi: 'Bộ chỉ số thiếu khai báo "{property}"',
        en: 'The rubric does not declare "{property}"',
    },
    'property/duplicate': {
        vi: '"{property}" được khai báo hai lần',
        en: '"{property}" is declared twice',
    },
    'header/year': {
        vi: 'Năm "{text}" không hợp lệ (từ 2000 đến 2100)',
        en: 'The year "{text}" is not valid (2000 to 2100)',
    },
    'header/total': {
        vi: 'Tổng điểm "{text}" phải là số dương',
        en: 'The total "{text}" must be a positive number',
    },
    'header/step': {
        vi: 'Bước điểm "{text}" phải là số dương, ví dụ 0.25 hoặc 0.01',
        en: 'The point step "{text}" must be a positive number such as 0.25 or 0.01',
    },
    'header/decision-number': {
        vi: 'Số quyết định "{text}" phải viết dạng số/ký hiệu, ví dụ "1234/QĐ-UBND"',
        en: 'The decision number "{text}" must be written number/symbol, such as "1234/QĐ-UBND"',
    },
    'header/decision-incomplete': {
        vi: 'Quyết định "{text}" cần cả ngày ban hành (date) và cơ quan ban hành (issuer) để ghi dòng "Kèm theo Quyết định"',
        en: 'The decision "{text}" needs both its date and its issuer for the annex line "Kèm theo Quyết định"',
    },
    'header/survey': {
        // without a readable total, the upper bound shows as "?"
        vi: (p: SurveyShareParams, fill: Fill) =>
            fill('Điểm điều tra xã hội học "{text}" phải nằm trong khoảng 0 – {total:points}', { text: p.text, total: p.total ?? '?' }),
        en: (p: SurveyShareParams, fill: Fill) =>
            fill('The survey share "{text}" must lie between 0 and {total:points}', { text: p.text, total: p.total ?? '?' }),
    },
    'sum/total': {
        vi: 'Các lĩnh vực cộng lại {sum:points} điểm, phải bằng tổng {total:points} điểm',
        en: 'The fields add up to {sum:points|point|points}, not the declared total of {total:points}',
    },
    'sum/children': {
        vi: (p: ChildrenParams, fill: Fill) =>
            fill('Các mục con của {kind} {code} cộng lại {sum:points} điểm, khác điểm tối đa {max:points}', { ...p, kind: KIND[p.kind].vi }),
        en: (p: ChildrenParams, fill: Fill) =>
            fill('The children of {kind} {code} add up to {sum:points|point|points}, not its max of {max:points}', { ...p, kind: KIND[p.kind].en }),
    },
    'node/max-missing': {
        vi: '{code} chưa khai báo điểm tối đa (max)',
        en: '{code} has no max points',
    },
    'node/max-invalid': {
        vi: 'Điểm tối đa "{text}" phải là số dương',
        en: 'The max "{text}" must be a positive number',
    },
    'node/field-nested': {
        vi: 'Lĩnh vực (field) chỉ đứng ở cấp cao nhất của bộ chỉ số',
        en: 'A field stands only at the top level of the rubric',
    },
    'node/top-level': {
        vi: 'Cấp cao nhất của bộ chỉ số gồm các lĩnh vực (field)',
        en: 'The top level of a rubric holds fields',
    },
    'code/malformed': {
        vi: 'Mã "{text}" không hợp lệ: dùng các số nối bằng dấu chấm, ví dụ 1.2.3',
        en: 'The code "{text}" is malformed: use numbers joined by dots, e.g. 1.2.3',
    },
    'code/duplicate': {
        vi: 'Mã {code} trùng với mục ở dòng {line}',
        en: 'The code {code} is already used on line {line}',
    },
    'code/parent': {
        vi: 'Mã {code} không thuộc {parent}; mục này nằm trong {parent} nên mã phải có dạng {expected}',
        en: 'The code {code} does not belong under {parent}; it stands in {parent}, so its code should read {expected}',
    },
    'leaf/no-method': {
        vi: '{code} không có mục con nên phải có cách chấm điểm (choice, bands, judged, …)',
        en: '{code} has no children, so it needs a scoring method (choice, bands, judged, …)',
    },
    'leaf/multiple-methods': {
        vi: '{code} có nhiều hơn một cách chấm điểm',
        en: '{code} has more than one scoring method',
    },
    'node/method-on-parent': {
        vi: '{code} có mục con nên điểm là tổng các mục con; bỏ cách chấm điểm ở đây',
        en: '{code} has children, so its score is their sum; remove this scoring method',
    },
    'points/best-not-max': {
        vi: 'Mức điểm cao nhất là {best:points}, phải bằng điểm tối đa {max:points} của {code}',
        en: 'The best outcome gives {best:points|point|points}, not the max of {max:points} for {code}',
    },
    'points/exceeds-max': {
        vi: '{points:points} điểm vượt điểm tối đa {max:points} của {code}',
        en: '{points:points|point exceeds|points exceed} the max of {max:points} for {code}',
    },
    'points/step': {
        vi: '{points:points} điểm không phải là bội số của bước điểm {step:points}',
        en: '{points:points|point|points} is not a multiple of the point step {step:points}',
    },
    'outcome/duplicate': {
        vi: 'Phương án "{label}" bị lặp',
        en: 'The outcome "{label}" appears twice',
    },
    'outcome/too-few': {
        vi: 'Cần ít nhất hai phương án chấm điểm',
        en: 'A choice needs at least two outcomes',
    },
    'yesno/incomplete': {
        vi: 'Thiếu phương án "{answer}"',
        en: 'The "{answer}" outcome is missing',
    },
    'deadline/incomplete': {
        vi: 'Thiếu mức điểm "{status}"',
        en: 'The "{status}" outcome is missing',
    },
    'bands/unreachable': {
        vi: 'Khoảng "{band}" không bao giờ được áp dụng vì khoảng "{previous}" đứng trước đã bao gồm nó; sắp xếp lại các khoảng',
        en: 'The band "{band}" can never apply: the earlier band "{previous}" already covers it; reorder the bands',
    },
    'bands/direction': {
        vi: 'Các khoảng phải cùng một chiều: toàn > / >= / = hoặc toàn < / <= / =',
        en: 'Bands must all face one way: all > / >= / = or all < / <= / =',
    },
    'bands/no-else': {
        vi: 'Các khoảng không bao phủ mọi giá trị của {metric}; thêm "else: 0"',
        en: 'The bands do not cover every value of {metric}; add "else: 0"',
    },
    'bands/after-else': {
        vi: 'Khoảng đứng sau "else" không bao giờ được áp dụng',
        en: 'A band after "else" can never apply',
    },
    'metric/type': {
        vi: 'Số liệu {metric} có kiểu {type}, không dùng được ở đây (cần {expected})',
        en: 'The metric {metric} is of type {type} and cannot be used here (needs {expected})',
    },
    'metric/unused': {
        vi: 'Số liệu {name} được khai báo nhưng không dùng',
        en: 'The metric {name} is declared but never used',
    },
    'metric/options': {
        vi: 'Chỉ kiểu oneOf mới có danh sách lựa chọn, và oneOf cần ít nhất hai lựa chọn',
        en: 'Only a oneOf metric has options, and a oneOf needs at least two',
    },
    'deduct/amount': {
        vi: 'Mức trừ {amount:points} phải lớn hơn 0 và không vượt điểm tối đa {max:points}',
        en: 'The deduction {amount:points} must be above 0 and at most the max of {max:points}',
    },
    'judged/step': {
        vi: 'Bước chấm {points:points} phải là bội số của bước điểm {step:points} và không vượt điểm tối đa',
        en: 'The judging step {points:points} must be a multiple of the point step {step:points} and at most the max',
    },
    'formula/invalid': {
        vi: (p: FormulaReason) => `Công thức không hợp lệ: ${formulaReason('vi', p)}`,
        en: (p: FormulaReason) => `Invalid formula: ${formulaReason('en', p)}`,
    },
    'survey/share': {
        vi: 'Các mục điều tra xã hội học cộng lại {sum:points} điểm, khác mức khai báo {share:points}',
        en: 'The survey items add up to {sum:points|point|points}, not the declared survey share of {share:points}',
    },
    'survey/evidence': {
        vi: 'Mục điều tra xã hội học không tự chấm nên không cần tài liệu kiểm chứng',
        en: 'A survey item is never self-assessed and needs no evidence',
    },
    'survey/undeclared': {
        vi: 'Bộ chỉ số có {sum:points} điểm điều tra xã hội học; hãy khai báo "survey {text}"',
        en: 'The rubric has {sum:points|survey point; declare it|survey points; declare them} with "survey {text}"',
    },
    'survey/mixed-rule': {
        vi: 'Các mục của cùng một cuộc điều tra ({source}) phải cùng cách quy đổi số liệu thành điểm; mục {code} quy đổi khác',
        en: 'The items of one survey ({source}) must turn its figures into points the same way; item {code} differs',
    },
    'evidence/unused': {
        vi: 'Tài liệu kiểm chứng {name} được khai báo nhưng không dùng',
        en: 'The evidence {name} is declared but never required',
    },
    'evidence/min-count': {
        vi: 'Số lượng tối thiểu "{text}" phải là số nguyên dương',
        en: 'The minimum count "{text}" must be a positive whole number',
    },
    'evidence/not-leaf': {
        vi: 'Tài liệu kiểm chứng được yêu cầu ở tiêu chí được chấm điểm (không có mục con)',
        en: 'Evidence is required on scored nodes (those without children)',
    },
    'evidence/cap': {
        vi: 'Mức điểm trần {cap:points} khi thiếu tài liệu phải nhỏ hơn điểm tối đa {max:points}',
        en: 'The cap of {cap:points} for missing evidence must be below the max of {max:points}',
    },
    'import/not-found': {
        vi: 'Không tìm thấy tệp "{path}"',
        en: 'Cannot find the file "{path}"',
    },
    'import/cycle': {
        vi: 'Nhập vòng: "{path}" lại nhập tệp này',
        en: 'Import cycle: "{path}" imports this file again',
    },
    'import/outside': {
        vi: '"{path}" nằm ngoài thư mục làm việc',
        en: '"{path}" lies outside the workspace',
    },
    'grades/missing': {
        vi: 'Bộ chỉ số chưa có bảng xếp loại (grades)',
        en: 'The rubric has no grades',
    },
    'grades/order': {
        vi: 'Xếp loại "{grade}" phải có ngưỡng thấp hơn "{previous}" đứng trước',
        en: 'The grade "{grade}" needs a lower threshold than "{previous}" above it',
    },
    'grades/unit': {
        vi: (p: GradeUnitParams, fill: Fill) =>
            p.percent === undefined
                ? fill('Ngưỡng xếp loại "{text}" phải là tỷ lệ phần trăm: viết {text}%', p)
                : fill('Ngưỡng xếp loại "{text}" cần ghi đơn vị: viết {percent:points}% nếu là {text} trên {total:points} điểm, hoặc {text}%', p),
        en: (p: GradeUnitParams, fill: Fill) =>
            p.percent === undefined
                ? fill('The grade threshold "{text}" must be a percentage: write {text}%', p)
                : fill('The grade threshold "{text}" needs its unit: write {percent:points}% if it means {text} of the {total:points|point|points}, or {text}%', p),
    },
    'grades/coverage': {
        vi: 'Bảng xếp loại không bao phủ đến 0%; thêm một xếp loại "otherwise"',
        en: 'The grades do not reach down to 0%; add an "otherwise" grade',
    },
    'grades/after-otherwise': {
        vi: 'Xếp loại đứng sau "otherwise" không bao giờ được áp dụng',
        en: 'A grade after "otherwise" can never apply',
    },
    'grades/duplicate': {
        vi: 'Xếp loại "{grade}" bị lặp',
        en: 'The grade "{grade}" appears twice',
    },
    'adjustment/max-missing': {
        vi: 'Điểm thưởng / điểm trừ cần mức tối đa (max)',
        en: 'A bonus or penalty needs its cap (max)',
    },
    'adjustment/duplicate': {
        vi: 'Điểm thưởng / điểm trừ "{name}" bị lặp',
        en: 'The bonus or penalty "{name}" appears twice',
    },
} as const satisfies Record<IssueCode, Entry>;

/** The note beside a diagnostic that points at a second place (LSP related information). */
const RELATED = {
    parserGaveUp: { vi: 'Trình phân tích dừng ở đây', en: 'The parser gave up here' },
} as const satisfies Record<string, Entry>;

export const relatedMessage = defineCatalogue(RELATED);

/** The parameters the message of an issue code needs. */
export type DiagnosticParams<C extends IssueCode> = ParamsOf<(typeof DIAGNOSTICS)[C]>;

const diagnosticText = defineCatalogue(DIAGNOSTICS);

/** A diagnostic's message in the locale: `diagnosticMessage('en', 'sum/total', { sum, total })`. */
export function diagnosticMessage<C extends IssueCode>(locale: Locale, code: C, params: DiagnosticParams<C>): string {
    // the catalogue types each key's parameters; a code chosen at run time needs them checked here instead
    return (diagnosticText as (locale: Locale, code: IssueCode, params: object) => string)(locale, code, params);
}
