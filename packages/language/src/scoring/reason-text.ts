import { defineCatalogue } from '../i18n/catalogue.js';

/**
 * Every word of a scoring reason, Vietnamese and English side by side. Reasons name metrics and evidence
 * by their titles (what the unit reads in the rubric) and write dates dd/mm/yyyy in Vietnamese; the
 * engine passes figures as Fixed and dates as ISO text, and the catalogue formats them.
 */
export const reasonText = defineCatalogue({
    gives: { vi: '→ {points:points} điểm', en: '→ {points:points|point|points}' },
    none: { vi: 'không có', en: 'none' },
    yes: { vi: 'có', en: 'yes' },
    no: { vi: 'không', en: 'no' },
    date: { vi: '{day:date}', en: '{day:date}' },

    notApplicable: { vi: 'Không đánh giá (không áp dụng)', en: 'Not assessed (not applicable)' },
    appraisal: {
        vi: 'Điểm thẩm định vòng {round}{detail}: {points:points} điểm',
        en: 'Appraisal round {round}{detail}: {points:points|point|points}',
    },
    councilChose: { vi: ', hội đồng chọn "{outcome}"', en: ', the council chose "{outcome}"' },
    'explanation.accepted': { vi: ', giải trình được chấp nhận', en: ', explanation accepted' },
    'explanation.notAccepted': { vi: ', giải trình không được chấp nhận', en: ', explanation not accepted' },
    'explanation.pending': { vi: ', giải trình chưa được xem xét', en: ', explanation not yet decided' },
    byTheRule: { vi: '{head} (theo quy tắc: {basis})', en: '{head} (by the rule: {basis})' },

    'deviation.appraised': { vi: 'tự chấm {self:points}, thẩm định {score:points}', en: 'self-assessed {self:points}, appraised {score:points}' },
    'deviation.evidence': {
        vi: 'tự chấm {self:points}, thiếu tài liệu kiểm chứng → {score:points}',
        en: 'self-assessed {self:points}, evidence missing → {score:points}',
    },
    'deviation.computed': { vi: 'tự chấm {self:points}, theo quy tắc {score:points}', en: 'self-assessed {self:points}, the rule gives {score:points}' },
    'deviation.survey': { vi: 'tự chấm {self:points}, điều tra xã hội học {score:points}', en: 'self-assessed {self:points}, survey {score:points}' },
    'deviation.noInput': {
        vi: 'tự chấm {self:points}, thiếu dữ liệu để tính → {score:points}',
        en: 'self-assessed {self:points}, input missing → {score:points}',
    },
    deviation: { vi: '{cause}: {reason}', en: '{cause}: {reason}' },

    noInputSelfStands: {
        vi: 'Thiếu dữ liệu để tính; giữ điểm tự đánh giá {self:points} điểm',
        en: 'Input missing; the self-assessed {self:points|point|points} stands',
    },
    noInput: { vi: 'Thiếu dữ liệu để tính → 0 điểm', en: 'Input missing → 0 points' },

    missingEvidence: { vi: 'thiếu tài liệu kiểm chứng {names}', en: 'missing evidence {names}' },
    'evidence.explained': { vi: '{missing}, giải trình được chấp nhận', en: '{missing}, explanation accepted' },
    'evidence.zero': { vi: '{missing} → 0', en: '{missing} → 0' },
    'evidence.cap': { vi: '{missing} → tối đa {cap:points}', en: '{missing} → at most {cap:points}' },
    'evidence.flag': { vi: '{missing} (đánh dấu cho hội đồng)', en: '{missing} (flagged for the council)' },

    chose: { vi: 'Chọn "{label}" {gives}', en: 'Chose "{label}" {gives}' },
    'yesno.yes': { vi: 'Có', en: 'Yes' },
    'yesno.no': { vi: 'Không', en: 'No' },
    'yesno.conditionMet': { vi: 'Điều kiện đúng', en: 'Condition met' },
    'yesno.conditionNotMet': { vi: 'Điều kiện không đúng', en: 'Condition not met' },
    'deadline.missing': { vi: '{metric}: không có ngày → chưa thực hiện {gives}', en: '{metric}: no date → missing {gives}' },
    'deadline.onTime': { vi: '{metric} {day:date} ≤ {due:date}{grace} → đúng hạn {gives}', en: '{metric} {day:date} ≤ {due:date}{grace} → on time {gives}' },
    'deadline.late': { vi: '{metric} {day:date} > {due:date}{grace} → trễ hạn {gives}', en: '{metric} {day:date} > {due:date}{grace} → late {gives}' },
    'deadline.grace': { vi: ' + {days} ngày', en: ' + {days|day|days}' },
    'bands.none': { vi: '{metric} {value} không thuộc ngưỡng nào {gives}', en: '{metric} {value} fits no band {gives}' },
    formula: { vi: 'Công thức{inputs} {gives}', en: 'Formula{inputs} {gives}' },
    'judged.selfStands': {
        vi: 'Hội đồng chấm; chưa thẩm định, giữ điểm tự đánh giá {self:points} điểm',
        en: 'Judged by the council; not yet appraised, the self-assessed {self:points|point|points} stands',
    },
    'judged.none': { vi: 'Hội đồng chấm; chưa có điểm: tạm tính 0 điểm', en: 'Judged by the council; no score yet: 0 points for now' },
    'survey.missing': { vi: 'Chưa có điểm điều tra xã hội học: tạm tính 0 điểm', en: 'No survey result yet: 0 points for now' },
    'survey.given': { vi: 'Điểm điều tra xã hội học: {points:points} điểm', en: 'Survey result: {points:points|point|points}' },
});
