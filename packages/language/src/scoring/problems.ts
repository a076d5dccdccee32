import type { AssessmentProblem } from '../assessment/assessment-problem.js';
import { defineBilingualCatalogue } from '../i18n/catalogue.js';

/** Codes of the misfits between an assessment and its rubric; stable, for reports and tests. */
export const ProblemCodes = {
    Schema: 'assessment/schema',
    RubricMismatch: 'assessment/rubric',
    HashMismatch: 'assessment/hash',
    HashMissing: 'assessment/hash-missing',
    RevisedRubric: 'assessment/revised-rubric',
    YearMismatch: 'assessment/year',
    UnitTypeMismatch: 'assessment/unit-type',
    UnknownMetric: 'assessment/unknown-metric',
    MetricType: 'assessment/metric-type',
    MetricRange: 'assessment/metric-range',
    UnknownItem: 'assessment/unknown-item',
    NotALeaf: 'assessment/not-a-leaf',
    UnknownOutcome: 'assessment/unknown-outcome',
    AnswerNotExpected: 'assessment/answer-not-expected',
    MissingAnswer: 'assessment/missing-answer',
    ScoreRange: 'assessment/score-range',
    AppraisalOutcome: 'assessment/appraisal-outcome',
    NotOptional: 'assessment/not-optional',
    AnswerNotApplicable: 'assessment/answer-not-applicable',
    SurveySelf: 'assessment/survey-self',
    NotSurvey: 'assessment/not-survey',
    UnknownAdjustment: 'assessment/unknown-adjustment',
    FormulaFailed: 'assessment/formula',
    NothingApplicable: 'assessment/nothing-applicable',
} as const;

export type ProblemCode = (typeof ProblemCodes)[keyof typeof ProblemCodes];

type Path = (string | number)[];

/** What each problem says, Vietnamese and English side by side; figures echo the file (plain decimals). */
const problemText = defineBilingualCatalogue({
    rubricMismatch: { vi: 'Phiếu đánh giá dành cho bộ chỉ số "{given}", không phải "{expected}"', en: 'The assessment is for rubric "{given}", not "{expected}"' },
    hashMissing: {
        vi: 'Phiếu không có mã kiểm tra (hash): chưa xác minh được phiếu được lập theo đúng phiên bản này của bộ chỉ số',
        en: 'The assessment has no rubric hash: that it was made against this version of the rubric was not verified',
    },
    revisedRubric: {
        vi: 'Phiếu được lập theo một phiên bản khác của bộ chỉ số ({given}); mọi mã, số liệu và phương án phiếu dùng vẫn còn, nên phiếu được chấm theo phiên bản này',
        en: 'The assessment was made against another version of the rubric ({given}); every code, metric and outcome it uses still exists, so it is scored against this version',
    },
    hashMismatch: {
        vi: 'Phiếu được lập theo một phiên bản khác của bộ chỉ số ({given} ≠ {expected}); các câu trả lời dưới đây không còn khớp (rubric migrate chuyển phiếu sang phiên bản mới)',
        en: 'The assessment was made against another version of the rubric ({given} ≠ {expected}); the answers below no longer fit it (rubric migrate carries them across)',
    },
    yearMismatch: { vi: 'Năm {given} không khớp năm của bộ chỉ số ({expected})', en: "Year {given} does not match the rubric's year ({expected})" },
    unitTypeMismatch: {
        vi: 'Loại đơn vị "{given}" không phải loại mà bộ chỉ số đánh giá ("{expected}")',
        en: 'Unit type "{given}" is not the type this rubric assesses ("{expected}")',
    },
    unknownMetric: { vi: 'Bộ chỉ số không có số liệu "{name}"', en: 'The rubric has no metric "{name}"' },
    'metricType.decimal': { vi: 'Số liệu "{name}" cần một số (tối đa 6 chữ số thập phân)', en: 'Metric "{name}" needs a number (at most 6 decimals)' },
    'metricType.date': { vi: 'Số liệu "{name}" cần một ngày dạng YYYY-MM-DD', en: 'Metric "{name}" needs a date YYYY-MM-DD' },
    'metricType.yesno': { vi: 'Số liệu "{name}" cần true hoặc false', en: 'Metric "{name}" needs true or false' },
    'metricType.oneOf': { vi: 'Số liệu "{name}" cần một trong {options}', en: 'Metric "{name}" needs one of {options}' },
    'metricRange.percent': {
        vi: 'Số liệu "{name}" phải là tỷ lệ phần trăm từ 0 đến 100 (ví dụ 93.2)',
        en: 'Metric "{name}" must be a percentage from 0 to 100 (e.g. 93.2)',
    },
    'metricRange.ratio': { vi: 'Số liệu "{name}" phải là tỷ số từ 0 đến 1', en: 'Metric "{name}" must be a ratio from 0 to 1' },
    'metricRange.count': { vi: 'Số liệu "{name}" phải là số nguyên không âm', en: 'Metric "{name}" must be a whole number, not negative' },
    unknownItem: { vi: 'Bộ chỉ số không có tiêu chí "{code}"', en: 'The rubric has no item "{code}"' },
    notALeaf: { vi: '"{code}" có tiêu chí con; hãy chấm điểm ở tiêu chí con', en: '"{code}" has sub-items; score those instead' },
    unknownOutcome: { vi: '"{given}" không phải phương án của tiêu chí này ({options})', en: '"{given}" is not an outcome of this item ({options})' },
    answerNotExpected: { vi: 'Tiêu chí chấm theo {method} không nhận "{what}"', en: 'An item scored by {method} takes no "{what}"' },
    'method.choice': { vi: 'phương án', en: 'choice of outcomes' },
    'method.yesno': { vi: 'có/không', en: 'yes/no' },
    'method.deadline': { vi: 'thời hạn', en: 'deadline' },
    'method.bands': { vi: 'ngưỡng', en: 'bands' },
    'method.proportional': { vi: 'tỷ lệ', en: 'proportion' },
    'method.deduct': { vi: 'trừ điểm', en: 'deduction' },
    'method.judged': { vi: 'hội đồng chấm', en: "the council's judgement" },
    'method.survey': { vi: 'điều tra xã hội học', en: 'the survey' },
    'method.formula': { vi: 'công thức', en: 'formula' },
    'missingAnswer.metric': { vi: 'Thiếu số liệu "{name}"', en: 'Missing the metric "{name}"' },
    'missingAnswer.choice': { vi: 'Thiếu phương án được chọn của "{name}"', en: 'Missing the chosen outcome of "{name}"' },
    'missingAnswer.answer': { vi: 'Thiếu câu trả lời có/không của "{name}"', en: 'Missing the yes/no answer of "{name}"' },
    scoreRange: { vi: 'Điểm {value} phải nằm trong 0 – {max} và là bội của {step}', en: 'The score {value} must lie within 0 – {max} in steps of {step}' },
    appraisalOutcome: {
        vi: 'Điểm thẩm định {value} không phải điểm của một phương án ({outcomes}): hãy chọn một phương án',
        en: 'The appraised score {value} is not the points of an outcome ({outcomes}): choose one of the outcomes',
    },
    appraisalChoiceDisagrees: {
        vi: 'Điểm thẩm định {value} khác điểm của phương án được chọn "{label}" ({points})',
        en: 'The appraised score {value} differs from the points of the chosen outcome "{label}" ({points})',
    },
    notOptional: {
        vi: 'Tiêu chí "{code}" không được đánh dấu là không áp dụng (bộ chỉ số không cho phép)',
        en: 'Item "{code}" cannot be marked not applicable (the rubric does not allow it)',
    },
    answerNotApplicable: {
        vi: 'Tiêu chí "{code}" có điểm hoặc phương án nhưng "{marked}" được đánh dấu không áp dụng: bỏ điểm, hoặc bỏ dấu không áp dụng',
        en: 'Item "{code}" has a score or an outcome, but "{marked}" is marked not applicable: remove the answer or the mark',
    },
    surveySelf: { vi: 'Tiêu chí "{code}" lấy điểm từ điều tra xã hội học, không tự chấm', en: 'Item "{code}" is scored by the survey, never self-assessed' },
    notSurvey: { vi: 'Tiêu chí "{code}" không chấm theo điều tra xã hội học', en: 'Item "{code}" is not scored by the survey' },
    'unknownAdjustment.bonus': { vi: 'Bộ chỉ số không có điểm thưởng "{key}"', en: 'The rubric has no bonus "{key}"' },
    'unknownAdjustment.penalty': { vi: 'Bộ chỉ số không có điểm trừ "{key}"', en: 'The rubric has no penalty "{key}"' },
    'formulaFailed.division': { vi: 'Công thức của "{code}" chia cho 0 với số liệu đã nhập', en: 'The formula of "{code}" divides by zero with the figures given' },
    'formulaFailed.overflow': { vi: 'Công thức của "{code}" cho kết quả quá lớn với số liệu đã nhập', en: 'The formula of "{code}" overflows with the figures given' },
    nothingApplicable: {
        vi: 'Mọi tiêu chí đều được đánh dấu không áp dụng: không tính được chỉ số',
        en: 'Every item is marked not applicable: no index can be computed',
    },
});

/** A scoring method's name, as the language writes it. */
type MethodName = 'choice' | 'yesno' | 'deadline' | 'bands' | 'proportional' | 'deduct' | 'judged' | 'survey' | 'formula';

/** The problems scoring reports, each at its JSON path with its stable code. */
export const problems = {
    rubricMismatch: (given: string, expected: string): AssessmentProblem => ({
        path: ['rubric'],
        code: ProblemCodes.RubricMismatch,
        message: problemText('rubricMismatch', { given, expected }),
    }),
    hashMismatch: (given: string, expected: string): AssessmentProblem => ({ path: ['hash'], code: ProblemCodes.HashMismatch, message: problemText('hashMismatch', { given, expected }) }),
    hashMissing: (): AssessmentProblem => ({ path: ['hash'], code: ProblemCodes.HashMissing, message: problemText('hashMissing') }),
    revisedRubric: (given: string): AssessmentProblem => ({ path: ['hash'], code: ProblemCodes.RevisedRubric, message: problemText('revisedRubric', { given }) }),
    yearMismatch: (given: number, expected: number): AssessmentProblem => ({ path: ['year'], code: ProblemCodes.YearMismatch, message: problemText('yearMismatch', { given, expected }) }),
    unitTypeMismatch: (given: string, expected: string): AssessmentProblem => ({
        path: ['unit', 'type'],
        code: ProblemCodes.UnitTypeMismatch,
        message: problemText('unitTypeMismatch', { given, expected }),
    }),
    unknownMetric: (name: string): AssessmentProblem => ({ path: ['metrics', name], code: ProblemCodes.UnknownMetric, message: problemText('unknownMetric', { name }) }),
    metricType: (name: string, expected: 'decimal' | 'date' | 'yesno'): AssessmentProblem => ({
        path: ['metrics', name],
        code: ProblemCodes.MetricType,
        message: problemText(`metricType.${expected}`, { name }),
    }),
    metricOneOf: (name: string, options: string): AssessmentProblem => ({
        path: ['metrics', name],
        code: ProblemCodes.MetricType,
        message: problemText('metricType.oneOf', { name, options }),
    }),
    metricRange: (name: string, type: 'percent' | 'ratio' | 'count'): AssessmentProblem => ({
        path: ['metrics', name],
        code: ProblemCodes.MetricRange,
        message: problemText(`metricRange.${type}`, { name }),
    }),
    unknownItem: (path: Path, code: string): AssessmentProblem => ({ path, code: ProblemCodes.UnknownItem, message: problemText('unknownItem', { code }) }),
    notALeaf: (path: Path, code: string): AssessmentProblem => ({ path, code: ProblemCodes.NotALeaf, message: problemText('notALeaf', { code }) }),
    unknownOutcome: (path: Path, given: string, options: string): AssessmentProblem => ({
        path,
        code: ProblemCodes.UnknownOutcome,
        message: problemText('unknownOutcome', { given, options }),
    }),
    answerNotExpected: (path: Path, what: string, method: MethodName): AssessmentProblem => {
        const name = problemText(`method.${method}`);
        return {
            path,
            code: ProblemCodes.AnswerNotExpected,
            message: { vi: problemText('answerNotExpected', { method: name.vi, what }).vi, en: problemText('answerNotExpected', { method: name.en, what }).en },
        };
    },
    missingAnswer: (path: Path, what: 'metric' | 'choice' | 'answer', name: string): AssessmentProblem => ({
        path,
        code: ProblemCodes.MissingAnswer,
        message: problemText(`missingAnswer.${what}`, { name }),
    }),
    scoreRange: (path: Path, value: string, max: string, step: string): AssessmentProblem => ({
        path,
        code: ProblemCodes.ScoreRange,
        message: problemText('scoreRange', { value, max, step }),
    }),
    appraisalOutcome: (path: Path, value: string, outcomes: string): AssessmentProblem => ({
        path,
        code: ProblemCodes.AppraisalOutcome,
        message: problemText('appraisalOutcome', { value, outcomes }),
    }),
    appraisalChoiceDisagrees: (path: Path, value: string, label: string, points: string): AssessmentProblem => ({
        path,
        code: ProblemCodes.AppraisalOutcome,
        message: problemText('appraisalChoiceDisagrees', { value, label, points }),
    }),
    notOptional: (path: Path, code: string): AssessmentProblem => ({ path, code: ProblemCodes.NotOptional, message: problemText('notOptional', { code }) }),
    answerNotApplicable: (path: Path, code: string, marked: string): AssessmentProblem => ({
        path,
        code: ProblemCodes.AnswerNotApplicable,
        message: problemText('answerNotApplicable', { code, marked }),
    }),
    surveySelf: (path: Path, code: string): AssessmentProblem => ({ path, code: ProblemCodes.SurveySelf, message: problemText('surveySelf', { code }) }),
    notSurvey: (path: Path, code: string): AssessmentProblem => ({ path, code: ProblemCodes.NotSurvey, message: problemText('notSurvey', { code }) }),
    unknownAdjustment: (path: Path, key: string, kind: 'bonus' | 'penalty'): AssessmentProblem => ({
        path,
        code: ProblemCodes.UnknownAdjustment,
        message: problemText(`unknownAdjustment.${kind}`, { key }),
    }),
    formulaFailed: (path: Path, code: string, reason: 'division' | 'overflow'): AssessmentProblem => ({
        path,
        code: ProblemCodes.FormulaFailed,
        message: problemText(`formulaFailed.${reason}`, { code }),
    }),
    nothingApplicable: (): AssessmentProblem => ({ path: ['notApplicable'], code: ProblemCodes.NothingApplicable, message: problemText('nothingApplicable') }),
};
