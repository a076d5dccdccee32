import type { Locale } from '@par-rubric/language';
import { withoutMarks } from '@par-rubric/language/plain-letters';
import type { SheetColumn } from './sheet-layout.js';

/**
 * The council's exchange workbooks: the appraisal sheet a lead agency fills in for every unit, and the
 * explanation sheet a unit fills in after round 1. Both have a header block (label in B, value in C), a
 * heading row with a key row under it, one row per unit and item, and a very hidden copy of the
 * read-only cells, against which the reader finds edits outside the input columns, deleted, added and
 * reordered rows.
 */
type Label = Record<Locale, string>;

const column = (key: string, vi: string, en: string, width: number, input = false): SheetColumn => ({ key, label: { vi, en }, width, input });

export type CouncilSheetKind = 'appraisal' | 'explanation';

/** The columns of an appraisal sheet; `appraisal` and `comment` are the agency's. */
const APPRAISAL_COLUMNS: readonly SheetColumn[] = [
    column('unit', 'Mã đơn vị', 'Unit id', 14),
    column('unitName', 'Đơn vị', 'Unit', 26),
    column('code', 'STT', 'No.', 9),
    column('title', 'Tiêu chí', 'Item', 40),
    column('max', 'Điểm tối đa', 'Max points', 9),
    column('method', 'Cách chấm', 'Scoring rule', 36),
    column('figures', 'Số liệu của đơn vị', "Unit's figures", 24),
    column('choice', 'Đơn vị chọn', "Unit's outcome", 24),
    column('self', 'Điểm tự chấm', 'Self score', 9),
    column('evidence', 'Tài liệu kiểm chứng', 'Evidence listed', 36),
    column('explanation', 'Giải trình', 'Explanation', 30),
    column('computed', 'Điểm theo quy tắc', 'Computed score', 10),
    column('previous', 'Điểm thẩm định vòng 1', 'Round 1 appraisal', 12),
    column('appraisal', 'Điểm thẩm định (hoặc phương án)', 'Appraised score (or outcome)', 24, true),
    column('comment', 'Ý kiến thẩm định', 'Comment', 30, true),
];

/** The columns of a unit's explanation sheet; the explanation and the added evidence are the unit's. */
const EXPLANATION_COLUMNS: readonly SheetColumn[] = [
    column('unit', 'Mã đơn vị', 'Unit id', 14),
    column('code', 'STT', 'No.', 9),
    column('title', 'Tiêu chí', 'Item', 40),
    column('max', 'Điểm tối đa', 'Max points', 9),
    column('self', 'Điểm tự chấm', 'Self score', 9),
    column('appraised', 'Điểm thẩm định vòng 1', 'Round 1 appraisal', 12),
    column('lost', 'Điểm bị trừ', 'Points lost', 9),
    column('why', 'Lý do', 'Why', 40),
    column('explanation', 'Giải trình', 'Explanation', 40, true),
    column('evidenceTitle', 'TLKC bổ sung: tên tài liệu', 'Added evidence: title', 32, true),
    column('evidenceNumber', 'TLKC bổ sung: số, ký hiệu', 'Added evidence: number', 16, true),
    column('evidenceDate', 'TLKC bổ sung: ngày ban hành', 'Added evidence: date', 12, true),
    column('evidenceLink', 'TLKC bổ sung: đường dẫn', 'Added evidence: link', 24, true),
];

export const COUNCIL_COLUMNS: Record<CouncilSheetKind, readonly SheetColumn[]> = {
    appraisal: APPRAISAL_COLUMNS,
    explanation: EXPLANATION_COLUMNS,
};

export const COUNCIL_SHEET_NAMES: Record<CouncilSheetKind | 'original' | 'lists', Label> = {
    appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
    explanation: { vi: 'Giải trình', en: 'Explanation' },
    original: { vi: 'Bản gốc', en: 'Original' },
    lists: { vi: 'Danh mục', en: 'Lists' },
};

/** The header block of a council sheet; `kind` tells the reader which sheet it holds. */
export const COUNCIL_HEADER_FIELDS = [
    { key: 'kind', label: { vi: 'Loại phiếu', en: 'Sheet kind' } },
    { key: 'rubric', label: { vi: 'Bộ chỉ số', en: 'Rubric' } },
    { key: 'hash', label: { vi: 'Mã kiểm tra (hash)', en: 'Rubric hash' } },
    { key: 'year', label: { vi: 'Năm đánh giá', en: 'Year' } },
    { key: 'agency', label: { vi: 'Cơ quan chủ trì', en: 'Lead agency' } },
    { key: 'unit', label: { vi: 'Đơn vị', en: 'Unit' } },
    { key: 'round', label: { vi: 'Vòng thẩm định', en: 'Appraisal round' } },
] as const satisfies readonly { key: string; label: Label }[];
export type CouncilHeaderKey = (typeof COUNCIL_HEADER_FIELDS)[number]['key'];

/** The agency of items that no field, criterion or item names a lead for: the council itself. */
export const COUNCIL_AGENCY: Label = { vi: 'Hội đồng thẩm định', en: 'Appraisal council' };

/** A file name from an agency or unit name: letters without marks, digits and dashes ("so-tu-phap"). */
export function fileSlug(name: string): string {
    const slug = withoutMarks(name)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug === '' ? 'sheet' : slug.slice(0, 80);
}
