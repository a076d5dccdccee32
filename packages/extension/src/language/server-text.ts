import type { Locale } from '@par-rubric/language';

/** The language server's own texts (its diagnostics come from the language package's catalogue). */
const texts = {
    rubricHasErrors: {
        vi: (file: string, count: number) => `${file} còn ${count} lỗi; hãy sửa trước (xem Problems).`,
        en: (file: string, count: number) => `${file} has ${count} error(s); fix them first (see Problems).`,
    },
    notARubric: {
        vi: (file: string) => `${file} không chứa đúng một bộ chỉ số (rubric).`,
        en: (file: string) => `${file} does not hold exactly one rubric.`,
    },
    noRubricWithId: {
        vi: (id: string) => `Không tìm thấy bộ chỉ số "${id}" trong thư mục làm việc; hãy mở tệp .rubric của nó.`,
        en: (id: string) => `No rubric "${id}" in the workspace; open its .rubric file.`,
    },
    unreadableAssessment: {
        vi: (where: string, detail: string) => `${where}: không đọc được bản đánh giá: ${detail}`,
        en: (where: string, detail: string) => `${where}: cannot read the assessment: ${detail}`,
    },
    cannotCompile: {
        vi: (detail: string) => `Không biên dịch được bộ chỉ số: ${detail}`,
        en: (detail: string) => `The rubric cannot be compiled: ${detail}`,
    },
    bonus: { vi: () => 'thưởng', en: () => 'bonus' },
    penalty: { vi: () => 'trừ', en: () => 'penalty' },
} as const;

type Texts = typeof texts;

export function text<K extends keyof Texts>(locale: Locale, key: K, ...args: Parameters<Texts[K]['en']>): string {
    return (texts[key][locale] as (...a: typeof args) => string)(...args);
}
