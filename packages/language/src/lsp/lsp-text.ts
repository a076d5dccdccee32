import type { Locale } from '../i18n/locale.js';

/** Words and figures of an editor text, already formatted for the locale by the caller. */
export type TextParams = Record<string, string | number | undefined>;

type Entry = Record<Locale, (p: TextParams) => string>;

/** `1 field`, `2 fields`: English counts agree with their noun, Vietnamese ones do not. */
function count(n: unknown, one: string, many: string): string {
    return `${n} ${n === 1 || n === '1' ? one : many}`;
}

/**
 * Every text the editor features show — hover, inlay hints, quick-fix titles, completion, outline — in
 * Vietnamese and English, keyed by what it says. Validation messages live in i18n/messages.ts.
 */
const texts = {
    kindField: { vi: () => 'Lĩnh vực', en: () => 'Field' },
    kindCriterion: { vi: () => 'Tiêu chí', en: () => 'Criterion' },
    kindItem: { vi: () => 'Tiêu chí thành phần', en: () => 'Sub-criterion' },
    outlineMetrics: { vi: () => 'Số liệu', en: () => 'Metrics' },
    outlineEvidence: { vi: () => 'Tài liệu kiểm chứng', en: () => 'Evidence' },

    // hover on a tree node
    pointsShare: { vi: (p) => `${p.max} điểm · ${p.share}% tổng điểm`, en: (p) => `${count(p.max, 'point', 'points')} · ${p.share}% of the total` },
    pointsOnly: { vi: (p) => `${p.max} điểm`, en: (p) => `${count(p.max, 'point', 'points')}` },
    childrenMatch: {
        vi: (p) => `Các mục con cộng lại ${p.sum} điểm ✓`,
        en: (p) => `Children add up to ${count(p.sum, 'point', 'points')} ✓`,
    },
    childrenShort: {
        vi: (p) => `Các mục con cộng lại ${p.sum} điểm — thiếu ${p.diff}`,
        en: (p) => `Children add up to ${count(p.sum, 'point', 'points')} — ${p.diff} short`,
    },
    childrenOver: {
        vi: (p) => `Các mục con cộng lại ${p.sum} điểm — thừa ${p.diff}`,
        en: (p) => `Children add up to ${count(p.sum, 'point', 'points')} — ${p.diff} over`,
    },
    lead: { vi: (p) => `Cơ quan chủ trì: ${p.lead}`, en: (p) => `Lead agency: ${p.lead}` },
    optional: {
        vi: (p) => `Có thể không áp dụng với một số đơn vị${p.reason ? `: ${p.reason}` : ''}`,
        en: (p) => `May not apply to some units${p.reason ? `: ${p.reason}` : ''}`,
    },

    // the scoring method in words
    methodChoice: { vi: () => 'Cách chấm: chọn một phương án', en: () => 'Scoring: one of these outcomes' },
    outcomeHeader: { vi: () => '| Phương án | Điểm |', en: () => '| Outcome | Points |' },
    methodYesNo: {
        vi: (p) => `Cách chấm: có / không${p.condition ? ` — điều kiện \`${p.condition}\`` : ''}`,
        en: (p) => `Scoring: yes / no${p.condition ? ` — condition \`${p.condition}\`` : ''}`,
    },
    answerYes: { vi: () => 'Có', en: () => 'Yes' },
    answerNo: { vi: () => 'Không', en: () => 'No' },
    methodDeadline: {
        vi: (p) => `Cách chấm: theo thời hạn — ${p.metric}, hạn ${p.due}${p.grace ? `, cho phép trễ ${p.grace} ngày` : ''}`,
        en: (p) => `Scoring: against a due date — ${p.metric}, due ${p.due}${p.grace ? `, ${count(p.grace, 'day', 'days')}' grace` : ''}`,
    },
    statusOnTime: { vi: () => 'Đúng hạn', en: () => 'On time' },
    statusLate: { vi: () => 'Trễ hạn', en: () => 'Late' },
    statusMissing: { vi: () => 'Không thực hiện', en: () => 'Missing' },
    methodBands: {
        vi: (p) => `Cách chấm: theo khoảng của ${p.metric}: ${p.bands}`,
        en: (p) => `Scoring: bands over ${p.metric}: ${p.bands}`,
    },
    bandOtherwise: { vi: () => 'còn lại', en: () => 'otherwise' },
    methodProportional: {
        vi: (p) => `Cách chấm: tỷ lệ thuận — ${p.metric} × ${p.max} điểm, trong khoảng 0 – ${p.max}`,
        en: (p) => `Scoring: proportional — ${p.metric} × ${count(p.max, 'point', 'points')}, within 0 – ${p.max}`,
    },
    methodDeduct: {
        vi: (p) => `Cách chấm: trừ ${p.amount} điểm cho mỗi ${p.metric}, tính từ ${p.max} điểm, thấp nhất 0`,
        en: (p) => `Scoring: ${count(p.amount, 'point', 'points')} off for each ${p.metric}, from ${count(p.max, 'point', 'points')}, never below 0`,
    },
    methodJudged: {
        vi: (p) => `Cách chấm: hội đồng thẩm định chấm từ 0 đến ${p.max} điểm, bước ${p.step}`,
        en: (p) => `Scoring: judged by the council from 0 to ${count(p.max, 'point', 'points')} in steps of ${p.step}`,
    },
    methodSurvey: {
        vi: (p) => `Cách chấm: điểm điều tra xã hội học${p.source ? ` (${p.source})` : ''}; không tự chấm, không cần tài liệu kiểm chứng`,
        en: (p) => `Scoring: from the sociological survey${p.source ? ` (${p.source})` : ''}; never self-assessed, no evidence needed`,
    },
    methodFormula: { vi: (p) => `Cách chấm: công thức \`${p.expression}\``, en: (p) => `Scoring: formula \`${p.expression}\`` },
    methodNone: { vi: () => 'Chưa có cách chấm điểm', en: () => 'No scoring method yet' },

    // evidence on a node
    evidenceHeading: { vi: () => 'Tài liệu kiểm chứng:', en: () => 'Evidence required:' },
    evidenceKind: { vi: (p) => `loại ${p.kind}`, en: (p) => `kind ${p.kind}` },
    evidenceIssuer: { vi: (p) => `do ${p.issuer} ban hành`, en: (p) => `issued by ${p.issuer}` },
    evidenceMin: { vi: (p) => `tối thiểu ${p.count}`, en: (p) => `at least ${p.count}` },
    evidenceIssuedBy: { vi: (p) => `ban hành chậm nhất ${p.date}`, en: (p) => `dated ${p.date} at the latest` },
    missingZero: { vi: () => '0 điểm', en: () => 'the item scores 0' },
    missingCap: { vi: (p) => `tối đa ${p.cap} điểm`, en: (p) => `capped at ${count(p.cap, 'point', 'points')}` },
    missingFlag: { vi: () => 'chỉ đánh dấu để hội đồng xem xét', en: () => 'only flagged for the council' },
    whenMissing: {
        vi: (p) => `Khi thiếu tài liệu: ${p.effect}${p.byDefault ? ' (mặc định)' : ''}${p.explanation ? '; có thể thay bằng văn bản giải trình' : ''}`,
        en: (p) => `When evidence is missing: ${p.effect}${p.byDefault ? ' (default)' : ''}${p.explanation ? '; a written explanation may stand in' : ''}`,
    },

    // hover on a declaration
    metricHeading: { vi: (p) => `**Số liệu** \`${p.name}\` · ${p.type}`, en: (p) => `**Metric** \`${p.name}\` · ${p.type}` },
    metricOptions: { vi: (p) => `Lựa chọn: ${p.options}`, en: (p) => `Options: ${p.options}` },
    evidenceDeclHeading: {
        vi: (p) => `**Tài liệu kiểm chứng** \`${p.name}\` · ${p.title}`,
        en: (p) => `**Evidence** \`${p.name}\` · ${p.title}`,
    },
    declaredIn: { vi: (p) => `Khai báo trong ${p.file}`, en: (p) => `Declared in ${p.file}` },
    typePercent: { vi: () => 'tỷ lệ phần trăm', en: () => 'percentage' },
    typeRatio: { vi: () => 'tỷ số (0–1)', en: () => 'ratio (0–1)' },
    typeCount: { vi: () => 'số lượng', en: () => 'count' },
    typeNumber: { vi: () => 'số', en: () => 'number' },
    typeDate: { vi: () => 'ngày', en: () => 'date' },
    typeYesno: { vi: () => 'có / không', en: () => 'yes / no' },
    typeOneOf: { vi: () => 'một trong danh sách', en: () => 'one of a list' },

    // inlay hints
    sumMatch: { vi: (p) => `Σ ${p.sum} / ${p.max} ✓`, en: (p) => `Σ ${p.sum} / ${p.max} ✓` },
    sumShort: { vi: (p) => `Σ ${p.sum} / ${p.max} — thiếu ${p.diff}`, en: (p) => `Σ ${p.sum} / ${p.max} — ${p.diff} short` },
    sumOver: { vi: (p) => `Σ ${p.sum} / ${p.max} — thừa ${p.diff}`, en: (p) => `Σ ${p.sum} / ${p.max} — ${p.diff} over` },
    shape: {
        vi: (p) => `${p.fields} lĩnh vực · ${p.criteria} tiêu chí · ${p.items} tiêu chí thành phần · ${p.total} điểm`,
        en: (p) =>
            `${count(p.fields, 'field', 'fields')} · ${count(p.criteria, 'criterion', 'criteria')} · `
            + `${count(p.items, 'sub-criterion', 'sub-criteria')} · ${count(p.total, 'point', 'points')}`,
    },

    // quick fixes
    fixSetMax: { vi: (p) => `Đặt điểm tối đa của ${p.code} thành ${p.value}`, en: (p) => `Set the max of ${p.code} to ${p.value}` },
    fixSetTotal: { vi: (p) => `Đặt tổng điểm thành ${p.value}`, en: (p) => `Set the total to ${p.value}` },
    fixAddElse: { vi: () => 'Thêm khoảng "else: 0"', en: () => 'Add the band "else: 0"' },
    fixDeclareMetric: { vi: (p) => `Khai báo số liệu "${p.name}"`, en: (p) => `Declare the metric "${p.name}"` },
    fixDeclareEvidence: { vi: (p) => `Khai báo tài liệu kiểm chứng "${p.name}"`, en: (p) => `Declare the evidence "${p.name}"` },
    fixRemoveMetric: { vi: (p) => `Xoá số liệu "${p.name}" không dùng`, en: (p) => `Remove the unused metric "${p.name}"` },
    fixRemoveEvidence: { vi: (p) => `Xoá tài liệu kiểm chứng "${p.name}" không dùng`, en: (p) => `Remove the unused evidence "${p.name}"` },
    fixRenameCode: { vi: (p) => `Đổi mã ${p.code} thành ${p.expected}`, en: (p) => `Change the code ${p.code} to ${p.expected}` },
    fixDecimalPoint: { vi: (p) => `Viết ${p.replacement}`, en: (p) => `Write ${p.replacement}` },
    fixReplaceWord: { vi: (p) => `Sửa thành "${p.suggestion}"`, en: (p) => `Change to "${p.suggestion}"` },

    // rename
    renameBadCode: {
        vi: (p) => `"${p.name}" không phải là mã hợp lệ (các số nối bằng dấu chấm, ví dụ 1.2.3)`,
        en: (p) => `"${p.name}" is not a valid code (numbers joined by dots, e.g. 1.2.3)`,
    },
    renameBadName: {
        vi: (p) => `"${p.name}" không phải là tên hợp lệ (chữ cái không dấu, chữ số, dấu gạch dưới)`,
        en: (p) => `"${p.name}" is not a valid name (letters, digits and underscores)`,
    },
    renameDataFiles: {
        vi: (p) => `Tệp đánh giá, kết quả và kiểm thử của ${p.rubric} (${p.count} tệp)`,
        en: (p) => `Assessments, results and tests of ${p.rubric} (${count(p.count, 'file', 'files')})`,
    },
    renameStaleAsk: {
        vi: (p) => `Đổi tên "${p.from}" sẽ không sửa được các tệp sau (bảng tính hoặc tệp có lỗi cú pháp), chúng sẽ giữ tên cũ, phải sửa tay: ${p.files}. Vẫn đổi tên?`,
        en: (p) => `Renaming "${p.from}" cannot edit these files (spreadsheets or files that do not parse); they will keep the old name and need editing by hand: ${p.files}. Rename anyway?`,
    },
    renameAnyway: { vi: () => 'Vẫn đổi tên', en: () => 'Rename anyway' },
    renameCancel: { vi: () => 'Huỷ', en: () => 'Cancel' },
    renameCancelled: { vi: (p) => `Đã huỷ đổi tên "${p.from}".`, en: (p) => `The rename of "${p.from}" was cancelled.` },

    // completion
    snippetChoice: { vi: () => 'Chọn một trong các phương án có điểm', en: () => 'One of several named outcomes with points' },
    snippetYesNo: { vi: () => 'Có / không, có thể kèm điều kiện', en: () => 'Yes / no, optionally on a condition' },
    snippetDeadline: { vi: () => 'Theo thời hạn: đúng hạn / trễ hạn / không thực hiện', en: () => 'Against a due date: on time / late / missing' },
    snippetBands: { vi: () => 'Theo khoảng giá trị của một số liệu', en: () => 'Bands over a metric' },
    snippetProportional: { vi: () => 'Tỷ lệ thuận với một số liệu', en: () => 'Proportional to a metric' },
    snippetDeduct: { vi: () => 'Trừ điểm cho mỗi lần vi phạm', en: () => 'Points off for each occurrence' },
    snippetJudged: { vi: () => 'Hội đồng thẩm định chấm', en: () => 'Judged by the council' },
    snippetSurvey: { vi: () => 'Điểm điều tra xã hội học (SIPAS)', en: () => 'From the sociological survey (SIPAS)' },
    snippetFormula: { vi: () => 'Công thức (số học, min, max, if)', en: () => 'A formula (arithmetic, min, max, if)' },
    snippetNode: { vi: (p) => `${p.kind} ${p.code}`, en: (p) => `${p.kind} ${p.code}` },
    snippetRequires: { vi: () => 'Tài liệu kiểm chứng bắt buộc', en: () => 'Required evidence' },
    snippetMetric: { vi: () => 'Khai báo số liệu đầu vào', en: () => 'Declare an input metric' },
    snippetEvidence: { vi: () => 'Khai báo tài liệu kiểm chứng', en: () => 'Declare an evidence document' },
    snippetRubric: { vi: () => 'Một bộ chỉ số: phần đầu, cây tiêu chí và xếp loại', en: () => 'A rubric: its header, the tree and the grades' },
    snippetGrades: { vi: () => 'Bảng xếp loại', en: () => 'The grades' },
    snippetAdjustments: { vi: () => 'Điểm thưởng và điểm trừ', en: () => 'Bonus and penalty points' },
    placeholderRubricTitle: { vi: (p) => `Bộ chỉ số CCHC năm ${p.year}`, en: (p) => `PAR Index rubric ${p.year}` },
    placeholderBonus: { vi: () => 'Sáng kiến, mô hình CCHC mới', en: () => 'New PAR initiative' },
    placeholderPenalty: { vi: () => 'Vi phạm kỷ luật hành chính', en: () => 'Breach of administrative discipline' },
    snippetHeader: { vi: (p) => `Thuộc tính "${p.name}" của bộ chỉ số`, en: (p) => `The rubric's "${p.name}"` },
    placeholderTitle: { vi: () => 'Tên tiêu chí', en: () => 'Title' },
    placeholderMet: { vi: () => 'Đạt', en: () => 'Met' },
    placeholderPartly: { vi: () => 'Đạt một phần', en: () => 'Partly met' },
    placeholderNotMet: { vi: () => 'Không đạt', en: () => 'Not met' },
    placeholderMetricTitle: { vi: () => 'Tên số liệu', en: () => 'Metric title' },
    placeholderEvidenceTitle: { vi: () => 'Tên tài liệu', en: () => 'Document title' },
} satisfies Record<string, Entry>;

export type TextKey = keyof typeof texts;

export function lspText(locale: Locale, key: TextKey, params: TextParams = {}): string {
    return (texts[key] as Entry)[locale](params);
}
