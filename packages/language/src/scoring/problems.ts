import type { AssessmentProblem } from '../assessment/assessment-problem.js';

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

function problem(path: Path, code: ProblemCode, vi: string, en: string): AssessmentProblem {
    return { path, code, message: { vi, en } };
}

/** Figures in messages are plain decimals in both languages: they echo what the file says. */
export const problems = {
    rubricMismatch: (given: string, expected: string) =>
        problem(['rubric'], ProblemCodes.RubricMismatch, `Phiếu đánh giá dành cho bộ chỉ số "${given}", không phải "${expected}"`, `The assessment is for rubric "${given}", not "${expected}"`),
    hashMismatch: (given: string, expected: string) =>
        problem(
            ['hash'],
            ProblemCodes.HashMismatch,
            `Phiếu được lập theo một phiên bản khác của bộ chỉ số (${given} ≠ ${expected}); các câu trả lời dưới đây không còn khớp (rubric migrate chuyển phiếu sang phiên bản mới)`,
            `The assessment was made against another version of the rubric (${given} ≠ ${expected}); the answers below no longer fit it (rubric migrate carries them across)`,
        ),
    hashMissing: () =>
        problem(
            ['hash'],
            ProblemCodes.HashMissing,
            'Phiếu không có mã kiểm tra (hash): chưa xác minh được phiếu được lập theo đúng phiên bản này của bộ chỉ số',
            'The assessment has no rubric hash: that it was made against this version of the rubric was not verified',
        ),
    revisedRubric: (given: string) =>
        problem(
            ['hash'],
            ProblemCodes.RevisedRubric,
            `Phiếu được lập theo một phiên bản khác của bộ chỉ số (${given}); mọi mã, số liệu và phương án phiếu dùng vẫn còn, nên phiếu được chấm theo phiên bản này`,
            `The assessment was made against another version of the rubric (${given}); every code, metric and outcome it uses still exists, so it is scored against this version`,
        ),
    yearMismatch: (given: number, expected: number) =>
        problem(['year'], ProblemCodes.YearMismatch, `Năm ${given} không khớp năm của bộ chỉ số (${expected})`, `Year ${given} does not match the rubric's year (${expected})`),
    unitTypeMismatch: (given: string, expected: string) =>
        problem(['unit', 'type'], ProblemCodes.UnitTypeMismatch, `Loại đơn vị "${given}" không phải loại mà bộ chỉ số đánh giá ("${expected}")`, `Unit type "${given}" is not the type this rubric assesses ("${expected}")`),
    unknownMetric: (name: string) =>
        problem(['metrics', name], ProblemCodes.UnknownMetric, `Bộ chỉ số không có số liệu "${name}"`, `The rubric has no metric "${name}"`),
    metricType: (name: string, expectedVi: string, expectedEn: string) =>
        problem(['metrics', name], ProblemCodes.MetricType, `Số liệu "${name}" cần ${expectedVi}`, `Metric "${name}" needs ${expectedEn}`),
    metricRange: (name: string, rangeVi: string, rangeEn: string) =>
        problem(['metrics', name], ProblemCodes.MetricRange, `Số liệu "${name}" phải ${rangeVi}`, `Metric "${name}" must be ${rangeEn}`),
    unknownItem: (path: Path, code: string) =>
        problem(path, ProblemCodes.UnknownItem, `Bộ chỉ số không có tiêu chí "${code}"`, `The rubric has no item "${code}"`),
    notALeaf: (path: Path, code: string) =>
        problem(path, ProblemCodes.NotALeaf, `"${code}" có tiêu chí con; hãy chấm điểm ở tiêu chí con`, `"${code}" has sub-items; score those instead`),
    unknownOutcome: (path: Path, given: string, options: string) =>
        problem(path, ProblemCodes.UnknownOutcome, `"${given}" không phải phương án của tiêu chí này (${options})`, `"${given}" is not an outcome of this item (${options})`),
    answerNotExpected: (path: Path, what: string, methodVi: string, methodEn: string) =>
        problem(path, ProblemCodes.AnswerNotExpected, `Tiêu chí chấm theo ${methodVi} không nhận "${what}"`, `An item scored by ${methodEn} takes no "${what}"`),
    missingAnswer: (path: Path, whatVi: string, whatEn: string) =>
        problem(path, ProblemCodes.MissingAnswer, `Thiếu ${whatVi}`, `Missing ${whatEn}`),
    scoreRange: (path: Path, value: string, max: string, step: string) =>
        problem(path, ProblemCodes.ScoreRange, `Điểm ${value} phải nằm trong 0 – ${max} và là bội của ${step}`, `The score ${value} must lie within 0 – ${max} in steps of ${step}`),
    appraisalOutcome: (path: Path, value: string, outcomes: string) =>
        problem(
            path,
            ProblemCodes.AppraisalOutcome,
            `Điểm thẩm định ${value} không phải điểm của một phương án (${outcomes}): hãy chọn một phương án`,
            `The appraised score ${value} is not the points of an outcome (${outcomes}): choose one of the outcomes`,
        ),
    appraisalChoiceDisagrees: (path: Path, value: string, label: string, points: string) =>
        problem(
            path,
            ProblemCodes.AppraisalOutcome,
            `Điểm thẩm định ${value} khác điểm của phương án được chọn "${label}" (${points})`,
            `The appraised score ${value} differs from the points of the chosen outcome "${label}" (${points})`,
        ),
    notOptional: (path: Path, code: string) =>
        problem(path, ProblemCodes.NotOptional, `Tiêu chí "${code}" không được đánh dấu là không áp dụng (bộ chỉ số không cho phép)`, `Item "${code}" cannot be marked not applicable (the rubric does not allow it)`),
    answerNotApplicable: (path: Path, code: string, marked: string) =>
        problem(
            path,
            ProblemCodes.AnswerNotApplicable,
            `Tiêu chí "${code}" có điểm hoặc phương án nhưng "${marked}" được đánh dấu không áp dụng: bỏ điểm, hoặc bỏ dấu không áp dụng`,
            `Item "${code}" has a score or an outcome, but "${marked}" is marked not applicable: remove the answer or the mark`,
        ),
    surveySelf: (path: Path, code: string) =>
        problem(path, ProblemCodes.SurveySelf, `Tiêu chí "${code}" lấy điểm từ điều tra xã hội học, không tự chấm`, `Item "${code}" is scored by the survey, never self-assessed`),
    notSurvey: (path: Path, code: string) =>
        problem(path, ProblemCodes.NotSurvey, `Tiêu chí "${code}" không chấm theo điều tra xã hội học`, `Item "${code}" is not scored by the survey`),
    unknownAdjustment: (path: Path, key: string, kindVi: string, kindEn: string) =>
        problem(path, ProblemCodes.UnknownAdjustment, `Bộ chỉ số không có ${kindVi} "${key}"`, `The rubric has no ${kindEn} "${key}"`),
    formulaFailed: (path: Path, code: string, reason: 'division' | 'overflow') =>
        problem(
            path,
            ProblemCodes.FormulaFailed,
            `Công thức của "${code}" ${reason === 'division' ? 'chia cho 0' : 'cho kết quả quá lớn'} với số liệu đã nhập`,
            `The formula of "${code}" ${reason === 'division' ? 'divides by zero' : 'overflows'} with the figures given`,
        ),
    nothingApplicable: () =>
        problem(['notApplicable'], ProblemCodes.NothingApplicable, 'Mọi tiêu chí đều được đánh dấu không áp dụng: không tính được chỉ số', 'Every item is marked not applicable: no index can be computed'),
};
