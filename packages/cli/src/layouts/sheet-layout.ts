import type { Locale } from '@par-rubric/language';

/**
 * The spreadsheet layout that `rubric template` writes and the XLSX and CSV readers read back. Columns
 * are found by their key (a small grey row under the headings in XLSX, the header line in CSV), so a
 * unit may widen, hide or reorder columns without breaking the file.
 */
type Label = Record<Locale, string>;
export type SheetColumn = { key: string; label: Label; width: number; input: boolean };

const column = (key: string, vi: string, en: string, width: number, input = true): SheetColumn => ({
    key,
    label: { vi, en },
    width,
    input,
});

/** The assessment sheet: one row per node of the tree, answers on the leaves' rows. */
export const ITEM_COLUMNS: readonly SheetColumn[] = [
    column('code', 'STT', 'No.', 9, false),
    column('title', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Field/Criterion/Item', 48, false),
    column('max', 'Điểm tối đa', 'Max points', 9, false),
    column('method', 'Cách chấm', 'Scoring rule', 42, false),
    column('required', 'Tài liệu kiểm chứng yêu cầu', 'Required evidence', 30, false),
    column('choice', 'Kết quả (chọn)', 'Outcome (pick one)', 30),
    column('self', 'Điểm tự chấm', 'Self score', 9),
    column('survey', 'Điểm điều tra XHH', 'Survey score', 9),
    column('evidenceTitle', 'TLKC: tên tài liệu', 'Evidence: title', 32),
    column('evidenceNumber', 'TLKC: số, ký hiệu', 'Evidence: number', 16),
    column('evidenceDate', 'TLKC: ngày ban hành', 'Evidence: date', 12),
    column('evidenceLink', 'TLKC: đường dẫn', 'Evidence: link', 24),
    column('evidenceSection', 'TLKC: mục, trang', 'Evidence: section, page', 14),
    column('explanation', 'Giải trình', 'Explanation', 30),
    column('explanationAccepted', 'Chấp nhận giải trình', 'Explanation accepted', 11),
    column('appraisal1', 'Điểm thẩm định lần 1', 'Appraisal 1', 10),
    column('appraisal2', 'Điểm thẩm định lần 2', 'Appraisal 2', 10),
    column('notes', 'Ghi chú', 'Notes', 24),
    column('notApplicable', 'Không đánh giá', 'Not applicable', 10),
];

/** The columns of a continuation row: a further evidence document for the leaf above it. */
export const EVIDENCE_KEYS = ['evidenceTitle', 'evidenceNumber', 'evidenceDate', 'evidenceLink', 'evidenceSection'] as const;

/** The metrics sheet: one row per metric (số liệu). */
export const METRIC_COLUMNS: readonly SheetColumn[] = [
    column('metric', 'Mã số liệu', 'Metric', 16, false),
    column('title', 'Nội dung', 'Description', 50, false),
    column('type', 'Kiểu', 'Type', 12, false),
    column('value', 'Giá trị', 'Value', 16),
    column('options', 'Giá trị cho phép', 'Allowed values', 36, false),
];

/** The bonus and penalty sheet (điểm thưởng, điểm trừ). */
export const ADJUSTMENT_COLUMNS: readonly SheetColumn[] = [
    column('kind', 'Loại', 'Kind', 12, false),
    column('key', 'Mã', 'Key', 16, false),
    column('title', 'Nội dung', 'Description', 50, false),
    column('max', 'Tối đa', 'Max', 9, false),
    column('points', 'Điểm đề nghị', 'Points claimed', 12),
    column('reason', 'Căn cứ, lý do', 'Grounds', 40),
];

export const SHEET_NAMES = {
    items: { vi: 'Tự đánh giá', en: 'Assessment' },
    metrics: { vi: 'Số liệu', en: 'Metrics' },
    adjustments: { vi: 'Thưởng, trừ', en: 'Bonus, penalty' },
    lists: { vi: 'Danh mục', en: 'Lists' },
} satisfies Record<string, Label>;

/** The header block above the item table: one labelled value per row (label in B, value in C). */
export const HEADER_FIELDS = [
    { key: 'rubric', label: { vi: 'Bộ chỉ số', en: 'Rubric' } },
    { key: 'hash', label: { vi: 'Mã kiểm tra (hash)', en: 'Rubric hash' } },
    { key: 'year', label: { vi: 'Năm đánh giá', en: 'Year' } },
    { key: 'unit.id', label: { vi: 'Mã đơn vị', en: 'Unit id' } },
    { key: 'unit.name', label: { vi: 'Tên đơn vị', en: 'Unit name' } },
    { key: 'unit.type', label: { vi: 'Loại đơn vị', en: 'Unit type' } },
    { key: 'unit.group', label: { vi: 'Nhóm đơn vị', en: 'Unit group' } },
] as const satisfies readonly { key: string; label: Label }[];
export type HeaderKey = (typeof HEADER_FIELDS)[number]['key'];

/** The CSV's record kinds (first column): the header block, metrics, leaves, bonuses and penalties. */
const CSV_RECORDS = ['header', 'metric', 'item', 'bonus', 'penalty'] as const;
export type CsvRecord = (typeof CSV_RECORDS)[number];

/**
 * CSV columns: the record kind, then the item columns; `value` holds a header or metric value, `points`
 * and `reason` an adjustment claim. Header lines are these keys, in English, in both languages.
 */
export const CSV_COLUMNS: readonly string[] = [
    'record',
    ...ITEM_COLUMNS.map((c) => c.key),
    'value',
    'points',
    'reason',
];

/** How a sheet names the usual unit types; any other type is shown as the rubric writes it. */
const UNIT_TYPE_LABELS: Record<string, Label> = {
    province: { vi: 'Cấp tỉnh', en: 'Province' },
    department: { vi: 'Sở, ban, ngành', en: 'Department' },
    district: { vi: 'Cấp huyện', en: 'District' },
    commune: { vi: 'Cấp xã', en: 'Commune' },
};

export function unitTypeLabel(type: string, locale: Locale): string {
    return UNIT_TYPE_LABELS[type]?.[locale] ?? type;
}

/** The unit type a cell names: a label in either language, or the type itself. */
export function unitTypeOf(label: string): string {
    const normalised = normaliseLabel(label);
    for (const [type, names] of Object.entries(UNIT_TYPE_LABELS)) {
        if (normaliseLabel(names.vi) === normalised || normaliseLabel(names.en) === normalised) return type;
    }
    return label.trim();
}

/** Words accepted for yes and no in cells (any case): the template offers the first of each. */
export const YES_WORDS: Record<Locale, string> = { vi: 'Có', en: 'Yes' };
export const NO_WORDS: Record<Locale, string> = { vi: 'Không', en: 'No' };
const YES = new Set(['có', 'co', 'yes', 'y', 'x', 'true', 'đạt', '1']);
const NO = new Set(['không', 'khong', 'no', 'n', 'false', 'không đạt', '0']);

export function readYesNo(textValue: string): boolean | undefined {
    const normalised = textValue.trim().toLowerCase();
    if (YES.has(normalised)) return true;
    if (NO.has(normalised)) return false;
    return undefined;
}

/** Matches a header label written in either language, or its key, ignoring case and spacing. */
export function headerKeyOf(label: string): HeaderKey | undefined {
    const normalised = normaliseLabel(label);
    for (const field of HEADER_FIELDS) {
        if (normaliseLabel(field.key) === normalised) return field.key;
        if (normaliseLabel(field.label.vi) === normalised || normaliseLabel(field.label.en) === normalised) return field.key;
    }
    return undefined;
}

function normaliseLabel(label: string): string {
    return label.normalize('NFC').toLowerCase().replace(/[:\uFF1A]\s*$/, '').replace(/\s+/g, ' ').trim();
}
