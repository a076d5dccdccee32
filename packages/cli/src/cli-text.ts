import type { Locale } from '@par-rubric/language';

/** The CLI's own words (help, summaries, errors) in both languages, keyed by what they say. */
const texts = {
    programDescription: {
        vi: 'Kiểm tra, biên dịch, định dạng, chấm điểm và xuất bộ chỉ số cải cách hành chính',
        en: 'Check, compile, format, score and export PAR (public administration reform) rubrics',
    },
    langOption: { vi: 'ngôn ngữ thông báo: vi hoặc en', en: 'language of messages: vi or en' },
    checkDescription: {
        vi: 'kiểm tra các bộ chỉ số (tệp hoặc thư mục)',
        en: 'validate rubrics (files or folders)',
    },
    formatOption: { vi: 'định dạng kết quả', en: 'output format' },
    strictOption: { vi: 'coi cảnh báo là lỗi', en: 'fail on warnings too' },
    noRubricFiles: { vi: 'không tìm thấy tệp .rubric nào', en: 'no .rubric files found' },
    noSuchPath: { vi: 'không có tệp hoặc thư mục này', en: 'no such file or directory' },
    checkSummary: {
        vi: '{files} tệp: {errors} lỗi, {warnings} cảnh báo',
        en: '{files} file(s): {errors} error(s), {warnings} warning(s)',
    },
    unknownFormat: { vi: 'định dạng không hỗ trợ: {value}', en: 'unsupported format: {value}' },
    unknownLang: { vi: 'ngôn ngữ không hỗ trợ: {value} (vi hoặc en)', en: 'unsupported language: {value} (vi or en)' },
    internalError: {
        vi: 'lỗi nội bộ, xin báo lại kèm tệp đầu vào: {detail}',
        en: 'internal error, please report it with the input: {detail}',
    },
} satisfies Record<string, Record<Locale, string>>;

export type TextKey = keyof typeof texts;

export function text(locale: Locale, key: TextKey, params: Record<string, string | number> = {}): string {
    return texts[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
