import type { MissingEffect, ScoringMethodName } from '../compiler/compiled-schema.js';
import { formatFixed, fromNumber, ZERO, type Fixed } from '../decimal/fixed.js';
import { dateForLocale, defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type {
    AdjustmentChange,
    BandView,
    DiffSummary,
    DocumentChange,
    EvidenceChange,
    GradeChange,
    HeaderChange,
    NodeKind,
    OtherChange,
    ScoringChange,
} from './rubric-diff.js';

/** The words of a rubric diff in both languages, for every writer of it (the CLI's reports, the editor). */
export const diffText = defineCatalogue({
    diffTitle: { vi: 'So sánh bộ chỉ số', en: 'Rubric comparison' },
    summary: {
        vi: '{added} tiêu chí thêm mới, {removed} bỏ, {reweighted} thay đổi điểm, {moved} đánh số lại, {rescored} thay đổi cách chấm',
        en: '{added|criterion|criteria} added, {removed} removed, {reweighted} re-weighted, {moved} renumbered, {rescored} scored differently',
    },
    noChanges: { vi: 'Không có thay đổi.', en: 'No changes.' },
    sectionHeader: { vi: 'Thông tin chung', en: 'Header' },
    sectionAdded: { vi: 'Thêm mới', en: 'Added' },
    sectionRemoved: { vi: 'Bỏ', en: 'Removed' },
    sectionMoved: { vi: 'Đánh số lại', en: 'Renumbered' },
    sectionReweighted: { vi: 'Thay đổi điểm tối đa', en: 'Re-weighted' },
    sectionNodes: { vi: 'Thay đổi cách chấm, tài liệu kiểm chứng và nội dung', en: 'Scoring, evidence and wording' },
    sectionDocuments: { vi: 'Tài liệu kiểm chứng khai báo chung', en: 'Declared evidence documents' },
    sectionGrades: { vi: 'Xếp loại', en: 'Grades' },
    sectionAdjustments: { vi: 'Điểm thưởng, điểm trừ', en: 'Bonus and penalty points' },
    columnCode: { vi: 'Mã', en: 'Code' },
    columnTitle: { vi: 'Nội dung', en: 'Title' },
    columnBefore: { vi: 'Trước', en: 'Before' },
    columnAfter: { vi: 'Sau', en: 'After' },
    columnShareBefore: { vi: 'Tỷ trọng trước', en: 'Share before' },
    columnShareAfter: { vi: 'Tỷ trọng sau', en: 'Share after' },
    columnChange: { vi: 'Thay đổi', en: 'Change' },
    kindField: { vi: 'lĩnh vực', en: 'field' },
    kindCriterion: { vi: 'tiêu chí', en: 'criterion' },
    kindItem: { vi: 'tiêu chí thành phần', en: 'sub-criterion' },
    entry: { vi: '{kind} {code} «{title}», tối đa {max:points} điểm', en: '{kind} {code} «{title}», max {max:points|point|points}' },
    withDescendants: { vi: ' (gồm {count} mục con)', en: ' (with {count|sub-item|sub-items})' },
    move: { vi: '{kind} {before} → {after} «{title}»', en: '{kind} {before} → {after} «{title}»' },
    reweight: {
        vi: '{code} «{title}»: {before:points} → {after:points} điểm (tỷ trọng {shareBefore:points}% → {shareAfter:points}%)',
        en: '{code} «{title}»: {before:points} → {after:points|point|points} (share {shareBefore:points}% → {shareAfter:points}%)',
    },
    nodeHeading: { vi: '{code} «{title}»', en: '{code} «{title}»' },
    renumberedFrom: { vi: ' (trước là {code})', en: ' (formerly {code})' },
    // header
    headerUnitType: { vi: 'loại đơn vị: {before} → {after}', en: 'unit type: {before} → {after}' },
    headerTies: { vi: 'cách xếp hạng khi bằng điểm: {before} → {after}', en: 'ties: {before} → {after}' },
    headerBasis: { vi: 'căn cứ: «{before}» → «{after}»', en: 'basis: «{before}» → «{after}»' },
    headerTotal: { vi: 'tổng điểm: {before} → {after}', en: 'total: {before} → {after}' },
    headerStep: { vi: 'bước làm tròn: {before} → {after}', en: 'rounding step: {before} → {after}' },
    headerSurveyShare: { vi: 'điểm điều tra xã hội học: {before} → {after}', en: 'survey points: {before} → {after}' },
    headerMissingEvidence: { vi: 'khi thiếu tài liệu kiểm chứng: {before} → {after}', en: 'when evidence is missing: {before} → {after}' },
    none: { vi: 'không có', en: 'none' },
    effectZero: { vi: '0 điểm', en: 'score 0' },
    effectFlag: { vi: 'chỉ ghi nhận', en: 'flag only' },
    effectCap: { vi: 'tối đa {cap:points} điểm', en: 'at most {cap:points|point|points}' },
    // scoring
    method: { vi: 'cách chấm: {before} → {after}', en: 'scoring method: {before} → {after}' },
    methodChildren: { vi: 'chấm theo các mục con', en: 'scored by its sub-items' },
    methodChoice: { vi: 'chọn một mức', en: 'choice of outcomes' },
    methodYesno: { vi: 'có/không', en: 'yes/no' },
    methodDeadline: { vi: 'theo thời hạn', en: 'deadline' },
    methodBands: { vi: 'theo ngưỡng', en: 'bands' },
    methodProportional: { vi: 'tỷ lệ thuận', en: 'proportional' },
    methodDeduct: { vi: 'trừ điểm', en: 'deduction' },
    methodJudged: { vi: 'hội đồng thẩm định chấm', en: 'judged by the council' },
    methodSurvey: { vi: 'điều tra xã hội học', en: 'survey' },
    methodFormula: { vi: 'công thức', en: 'formula' },
    metric: { vi: 'số liệu: {before} → {after}', en: 'metric: {before} → {after}' },
    outcomeAdded: { vi: 'thêm mức «{label}»: {points:points} điểm', en: 'new outcome «{label}»: {points:points|point|points}' },
    outcomeRemoved: { vi: 'bỏ mức «{label}» ({points:points} điểm)', en: 'outcome «{label}» removed ({points:points|point|points})' },
    outcomePoints: { vi: 'mức «{label}»: {before:points} → {after:points} điểm', en: 'outcome «{label}»: {before:points} → {after:points|point|points}' },
    answerYes: { vi: 'Có', en: 'Yes' },
    answerNo: { vi: 'Không', en: 'No' },
    answerPoints: { vi: 'trả lời «{answer}»: {before:points} → {after:points} điểm', en: 'answer «{answer}»: {before:points} → {after:points|point|points}' },
    answerLabel: { vi: 'lời văn của «{answer}»: «{before}» → «{after}»', en: 'wording of «{answer}»: «{before}» → «{after}»' },
    condition: { vi: 'điều kiện: {before} → {after}', en: 'condition: {before} → {after}' },
    formula: { vi: 'công thức: {before} → {after}', en: 'formula: {before} → {after}' },
    bandThreshold: { vi: 'ngưỡng {before} ({points:points} điểm) chuyển thành {after}', en: 'threshold {before} ({points:points|point|points}) moved to {after}' },
    bandPoints: { vi: 'mức {condition}: {before:points} → {after:points} điểm', en: 'band {condition}: {before:points} → {after:points|point|points}' },
    bandAdded: { vi: 'thêm mức {condition}: {points:points} điểm', en: 'new band {condition}: {points:points|point|points}' },
    bandRemoved: { vi: 'bỏ mức {condition} ({points:points} điểm)', en: 'band {condition} removed ({points:points|point|points})' },
    bandElse: { vi: 'còn lại', en: 'otherwise' },
    due: { vi: 'thời hạn: {before:date} → {after:date}', en: 'due date: {before:date} → {after:date}' },
    graceDays: { vi: 'số ngày cho phép trễ: {before} → {after}', en: 'grace days: {before} → {after}' },
    deadlineOnTime: { vi: 'đúng hạn', en: 'on time' },
    deadlineLate: { vi: 'trễ hạn', en: 'late' },
    deadlineMissing: { vi: 'không thực hiện', en: 'not done' },
    deadlinePoints: { vi: '{outcome}: {before:points} → {after:points} điểm', en: '{outcome}: {before:points} → {after:points|point|points}' },
    deductAmount: { vi: 'mức trừ mỗi trường hợp: {before:points} → {after:points} điểm', en: 'deduction per case: {before:points} → {after:points|point|points}' },
    judgedStep: { vi: 'bước chấm: {before:points} → {after:points}', en: 'scoring step: {before:points} → {after:points}' },
    surveyRule: { vi: 'cách quy đổi kết quả điều tra: {before} → {after}', en: 'survey figures become points: {before} → {after}' },
    'surveyRule.points': { vi: 'điểm', en: 'points' },
    'surveyRule.percent': { vi: 'tỷ lệ %', en: 'percentage' },
    'surveyRule.ratio': { vi: 'tỷ lệ', en: 'ratio' },
    'surveyRule.half-up': { vi: 'làm tròn gần nhất', en: 'rounded to the nearest step' },
    'surveyRule.down': { vi: 'làm tròn xuống', en: 'rounded down' },
    'surveyRule.up': { vi: 'làm tròn lên', en: 'rounded up' },
    surveySource: { vi: 'nguồn điều tra: «{before}» → «{after}»', en: 'survey source: «{before}» → «{after}»' },
    // evidence
    ruleAdded: { vi: 'thêm tài liệu kiểm chứng «{title}»', en: 'now requires «{title}»' },
    ruleRemoved: { vi: 'bỏ tài liệu kiểm chứng «{title}»', en: 'no longer requires «{title}»' },
    ruleEffect: { vi: 'thiếu «{title}»: {before} → {after}', en: 'missing «{title}»: {before} → {after}' },
    ruleExplanationAllowed: { vi: '«{title}»: nay được giải trình thay thế', en: '«{title}»: an explanation may now stand in' },
    ruleExplanationRefused: { vi: '«{title}»: không còn được giải trình thay thế', en: '«{title}»: an explanation no longer stands in' },
    // other node changes
    retitled: { vi: 'tên: «{before}» → «{after}»', en: 'title: «{before}» → «{after}»' },
    lead: { vi: 'cơ quan chủ trì: {before} → {after}', en: 'lead agency: {before} → {after}' },
    nowOptional: { vi: 'nay có thể không đánh giá', en: 'may now be marked not applicable' },
    nowRequired: { vi: 'không còn được đánh dấu không đánh giá', en: 'may no longer be marked not applicable' },
    // documents
    documentAdded: { vi: 'thêm tài liệu {name} «{title}»', en: 'new document {name} «{title}»' },
    documentRemoved: { vi: 'bỏ tài liệu {name} «{title}»', en: 'document {name} «{title}» removed' },
    documentTitle: { vi: 'tài liệu {name}: «{before}» → «{after}»', en: 'document {name}: «{before}» → «{after}»' },
    documentMinCount: { vi: '«{title}»: số văn bản tối thiểu {before} → {after}', en: '«{title}»: at least {before} → {after} documents' },
    documentIssuedBy: { vi: '«{title}»: hạn ban hành {before} → {after}', en: '«{title}»: to be issued by {before} → {after}' },
    // grades and adjustments
    gradeAdded: { vi: 'thêm xếp loại «{name}» ({bound})', en: 'new grade «{name}» ({bound})' },
    gradeRemoved: { vi: 'bỏ xếp loại «{name}» ({bound})', en: 'grade «{name}» removed ({bound})' },
    gradeThreshold: { vi: 'xếp loại «{name}»: {before} → {after}', en: 'grade «{name}»: {before} → {after}' },
    gradeAtLeast: { vi: '≥ {min:points}%', en: '≥ {min:points}%' },
    gradeAbove: { vi: '> {min:points}%', en: '> {min:points}%' },
    gradeOtherwise: { vi: 'còn lại', en: 'otherwise' },
    bonus: { vi: 'điểm thưởng', en: 'bonus' },
    penalty: { vi: 'điểm trừ', en: 'penalty' },
    adjustmentAdded: { vi: 'thêm {side} «{title}», tối đa {max:points} điểm', en: 'new {side} «{title}», at most {max:points|point|points}' },
    adjustmentRemoved: { vi: 'bỏ {side} «{title}» (tối đa {max:points} điểm)', en: '{side} «{title}» removed (at most {max:points|point|points})' },
    adjustmentMax: { vi: '{side} «{title}»: tối đa {before:points} → {after:points} điểm', en: '{side} «{title}»: at most {before:points} → {after:points|point|points}' },
});

/** A compiled figure (an exact decimal as a JSON number) for a `:points` slot. */
function exact(value: number): Fixed {
    return fromNumber(value) ?? ZERO;
}

function figure(value: number, locale: Locale): string {
    return formatFixed(exact(value), locale);
}

export function kindText(kind: NodeKind, locale: Locale): string {
    return diffText(locale, kind === 'field' ? 'kindField' : kind === 'criterion' ? 'kindCriterion' : 'kindItem');
}

export function summaryText(summary: DiffSummary, locale: Locale): string {
    return diffText(locale, 'summary', summary);
}

const METHOD_KEYS = {
    choice: 'methodChoice',
    yesno: 'methodYesno',
    deadline: 'methodDeadline',
    bands: 'methodBands',
    proportional: 'methodProportional',
    deduct: 'methodDeduct',
    judged: 'methodJudged',
    survey: 'methodSurvey',
    formula: 'methodFormula',
} as const satisfies Record<ScoringMethodName, string>;

function methodText(method: ScoringMethodName | null, locale: Locale): string {
    return method === null ? diffText(locale, 'methodChildren') : diffText(locale, METHOD_KEYS[method]);
}

function effectText(effect: MissingEffect, locale: Locale): string {
    if (effect.kind === 'cap') return diffText(locale, 'effectCap', { cap: exact(effect.cap) });
    return diffText(locale, effect.kind === 'zero' ? 'effectZero' : 'effectFlag');
}

/** A band's condition as it reads in the rubric: "≥ 90%", "> 0,5", "otherwise". */
export function bandCondition(band: BandView, locale: Locale): string {
    if (band.operator === 'else' || band.threshold === null) return diffText(locale, 'bandElse');
    const symbol = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }[band.operator];
    return `${symbol} ${figure(band.threshold, locale)}${band.percent ? '%' : ''}`;
}

function orNone(value: string | null, locale: Locale): string {
    return value ?? diffText(locale, 'none');
}

export function headerChangeText(change: HeaderChange, locale: Locale): string {
    switch (change.property) {
        case 'unitType':
            return diffText(locale, 'headerUnitType', { before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'ties':
            return diffText(locale, 'headerTies', { before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'basis':
            return diffText(locale, 'headerBasis', { before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'missingEvidence':
            return diffText(locale, 'headerMissingEvidence', { before: effectText(change.before, locale), after: effectText(change.after, locale) });
        default: {
            const key = change.property === 'total' ? 'headerTotal' : change.property === 'step' ? 'headerStep' : 'headerSurveyShare';
            const show = (value: number | null) => (value === null ? diffText(locale, 'none') : figure(value, locale));
            return diffText(locale, key, { before: show(change.before), after: show(change.after) });
        }
    }
}

function answerText(answer: 'yes' | 'no', locale: Locale): string {
    return diffText(locale, answer === 'yes' ? 'answerYes' : 'answerNo');
}

const DEADLINE_KEYS = { onTime: 'deadlineOnTime', late: 'deadlineLate', missing: 'deadlineMissing' } as const;

export function scoringChangeText(change: ScoringChange, locale: Locale): string {
    const points = (before: number, after: number) => ({ before: exact(before), after: exact(after) });
    switch (change.kind) {
        case 'method':
            return diffText(locale, 'method', { before: methodText(change.before, locale), after: methodText(change.after, locale) });
        case 'metric':
            return diffText(locale, 'metric', change);
        case 'outcomeAdded':
        case 'outcomeRemoved':
            return diffText(locale, change.kind, { label: change.label, points: exact(change.points) });
        case 'outcomePoints':
            return diffText(locale, 'outcomePoints', { label: change.label, ...points(change.before, change.after) });
        case 'answerPoints':
            return diffText(locale, 'answerPoints', { answer: answerText(change.answer, locale), ...points(change.before, change.after) });
        case 'answerLabel':
            return diffText(locale, 'answerLabel', { answer: answerText(change.answer, locale), before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'condition':
            return diffText(locale, 'condition', { before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'formula':
            return diffText(locale, 'formula', change);
        case 'bandThreshold':
            return diffText(locale, 'bandThreshold', {
                before: bandCondition(change.before, locale),
                after: bandCondition(change.after, locale),
                points: exact(change.after.points),
            });
        case 'bandPoints':
            return diffText(locale, 'bandPoints', { condition: bandCondition(change.after, locale), ...points(change.before.points, change.after.points) });
        case 'bandAdded':
        case 'bandRemoved':
            return diffText(locale, change.kind, { condition: bandCondition(change.band, locale), points: exact(change.band.points) });
        case 'due':
            return diffText(locale, 'due', change);
        case 'graceDays':
            return diffText(locale, 'graceDays', change);
        case 'deadlinePoints':
            return diffText(locale, 'deadlinePoints', { outcome: diffText(locale, DEADLINE_KEYS[change.outcome]), ...points(change.before, change.after) });
        case 'deductAmount':
            return diffText(locale, 'deductAmount', points(change.before, change.after));
        case 'judgedStep':
            return diffText(locale, 'judgedStep', points(change.before, change.after));
        case 'surveySource':
            return diffText(locale, 'surveySource', { before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'surveyRule': {
            const words = (rule: string) =>
                rule
                    .split(' ')
                    .map((part) => SURVEY_RULE_KEYS[part as keyof typeof SURVEY_RULE_KEYS])
                    .filter((key) => key !== undefined)
                    .map((key) => diffText(locale, key))
                    .join(', ');
            return diffText(locale, 'surveyRule', { before: words(change.before), after: words(change.after) });
        }
    }
}

const SURVEY_RULE_KEYS = {
    points: 'surveyRule.points',
    percent: 'surveyRule.percent',
    ratio: 'surveyRule.ratio',
    'half-up': 'surveyRule.half-up',
    down: 'surveyRule.down',
    up: 'surveyRule.up',
} as const;

export function evidenceChangeText(change: EvidenceChange, locale: Locale): string {
    switch (change.kind) {
        case 'ruleAdded':
        case 'ruleRemoved':
            return diffText(locale, change.kind, change);
        case 'ruleEffect':
            return diffText(locale, 'ruleEffect', { title: change.title, before: effectText(change.before, locale), after: effectText(change.after, locale) });
        case 'ruleExplanation':
            return diffText(locale, change.allowed ? 'ruleExplanationAllowed' : 'ruleExplanationRefused', change);
    }
}

export function otherChangeText(change: OtherChange, locale: Locale): string {
    switch (change.kind) {
        case 'title':
            return diffText(locale, 'retitled', change);
        case 'lead':
            return diffText(locale, 'lead', { before: orNone(change.before, locale), after: orNone(change.after, locale) });
        case 'optional':
            return diffText(locale, change.after ? 'nowOptional' : 'nowRequired');
    }
}

export function documentChangeText(change: DocumentChange, locale: Locale): string {
    switch (change.kind) {
        case 'documentAdded':
        case 'documentRemoved':
        case 'documentTitle':
            return diffText(locale, change.kind, change);
        case 'documentMinCount':
            return diffText(locale, 'documentMinCount', change);
        case 'documentIssuedBy': {
            const day = (iso: string | null) => (iso === null ? diffText(locale, 'none') : dateForLocale(iso, locale));
            return diffText(locale, 'documentIssuedBy', { title: change.title, before: day(change.before), after: day(change.after) });
        }
    }
}

function gradeBound(grade: { min: number; inclusive: boolean }, locale: Locale): string {
    if (grade.min === 0 && grade.inclusive) return diffText(locale, 'gradeOtherwise');
    return diffText(locale, grade.inclusive ? 'gradeAtLeast' : 'gradeAbove', { min: exact(grade.min) });
}

export function gradeChangeText(change: GradeChange, locale: Locale): string {
    if (change.kind === 'gradeThreshold') {
        return diffText(locale, 'gradeThreshold', { name: change.name, before: gradeBound(change.before, locale), after: gradeBound(change.after, locale) });
    }
    return diffText(locale, change.kind, { name: change.name, bound: gradeBound(change, locale) });
}

export function adjustmentChangeText(change: AdjustmentChange, locale: Locale): string {
    const side = diffText(locale, change.side);
    if (change.kind === 'adjustmentMax') return diffText(locale, 'adjustmentMax', { side, title: change.title, before: exact(change.before), after: exact(change.after) });
    return diffText(locale, change.kind, { side, title: change.title, max: exact(change.max) });
}
