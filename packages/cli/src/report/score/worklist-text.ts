import { defineCatalogue } from '@par-rubric/language';

/** The words of a unit's worklist in the score reports: what the unit or the council still has to act on. */
export const worklistText = defineCatalogue({
    'heading.adjustments': { vi: 'Điểm thưởng, điểm trừ', en: 'Bonus and penalty points' },
    'heading.notApplicable': { vi: 'Nội dung đơn vị đánh dấu không đánh giá', en: 'Parts the unit marked not applicable' },
    'heading.pending': { vi: 'Chờ Hội đồng thẩm định hoặc kết quả điều tra', en: "Awaiting the council's appraisal or the survey" },
    'heading.explanationsPending': { vi: 'Giải trình chờ Hội đồng quyết định', en: "Explanations awaiting the council's decision" },
    'heading.explanations': { vi: 'Giải trình sau thẩm định vòng 1', en: 'Explanations after appraisal round 1' },
    'heading.evidence': { vi: 'Tài liệu kiểm chứng còn thiếu, chưa đủ hoặc ban hành trễ hạn', en: 'Evidence missing, short or late' },
    bonus: { vi: 'cộng {points:points} điểm thưởng', en: '+{points:points|point|points} bonus' },
    penalty: { vi: 'bị trừ {points:points} điểm', en: '−{points:points|point|points} penalty' },
    capped: { vi: 'đề nghị {claimed:points}, tối đa {max:points}', en: 'claimed {claimed:points}, capped at {max:points}' },
    noGrounds: { vi: 'không nêu căn cứ', en: 'no grounds given' },
    notApplicableNode: { vi: 'không đánh giá; điểm tối đa giảm {max:points}', en: 'not assessed; {max:points|point|points} off the maximum' },
    notApplicableMax: { vi: 'Điểm tối đa của đơn vị: {declared:points} → {max:points}', en: "The unit's maximum: {declared:points} → {max:points}" },
    pendingCouncil: { vi: 'chưa được Hội đồng thẩm định; tối đa {max:points} điểm', en: 'not yet appraised by the council; max {max:points|point|points}' },
    pendingCouncilSelf: {
        vi: 'chưa được Hội đồng thẩm định; tạm tính theo điểm tự chấm {self:points}/{max:points}',
        en: 'not yet appraised by the council; counted at the self score {self:points}/{max:points} for now',
    },
    pendingSurvey: { vi: 'chưa có kết quả điều tra xã hội học; tối đa {max:points} điểm', en: 'no survey result yet; max {max:points|point|points}' },
    explanationPending: { vi: 'đơn vị đã giải trình, Hội đồng chưa quyết định; điểm hiện tại {score:points}/{max:points}', en: 'explained by the unit, not yet decided; now {score:points}/{max:points}' },
    'decision.accepted': { vi: 'chấp nhận', en: 'accepted' },
    'decision.notAccepted': { vi: 'không chấp nhận', en: 'not accepted' },
    evidenceNone: { vi: 'không có', en: 'not supplied' },
    evidenceNoneOfMany: { vi: 'không có (cần {required} tài liệu)', en: 'not supplied ({required} documents required)' },
    evidencePartial: { vi: '{supplied}/{required} tài liệu', en: '{supplied} of the required {required} documents' },
    evidenceLate: {
        vi: (p: { dates: readonly string[]; deadline: string }, fill) => `ban hành trễ hạn (${p.dates.map((date) => fill('ngày {date:date}', { date })).join(', ')}; ${fill('hạn {deadline:date}', p)})`,
        en: (p: { dates: readonly string[]; deadline: string }, fill) => `issued late (${p.dates.map((date) => fill('dated {date:date}', { date })).join(', ')}; ${fill('due by {deadline:date}', p)})`,
    },
    effectZero: { vi: 'chấm 0 điểm, mất {lost:points} điểm', en: 'scored 0, {lost:points|point|points} lost' },
    effectCap: { vi: 'giới hạn ở {cap:points} điểm, mất {lost:points} điểm', en: 'capped at {cap:points}, {lost:points|point|points} lost' },
    effectFlag: { vi: 'chỉ đánh dấu cho Hội đồng, không trừ điểm', en: 'only flagged for the council, no points lost' },
    effectExplained: { vi: 'giải trình được chấp nhận thay cho tài liệu, không trừ điểm', en: 'an accepted explanation stands in, no points lost' },
    effectAppraised: { vi: 'Hội đồng đã thẩm định: {score:points} điểm', en: 'appraised by the council: {score:points|point|points}' },
});
