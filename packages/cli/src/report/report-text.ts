import { defineCatalogue, ONE, type Fixed, type Locale, type MetricType } from '@par-rubric/language';

/**
 * The words of the documents the CLI writes (templates, score reports, the annex table), in Vietnamese
 * and English. Kept apart from cli-text.ts, which holds the messages of the command line itself.
 */
export const word = defineCatalogue({
    templateTitle: { vi: 'PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', en: 'PAR INDEX SELF-ASSESSMENT' },
    templateHint: {
        vi: 'Đơn vị điền vào các ô màu vàng; các ô màu xám dành cho Hội đồng thẩm định (đã khóa). Không sửa dòng mã cột (chữ xám) dưới dòng tiêu đề.',
        en: "The unit fills in the yellow cells; the grey cells are the council's (locked). Do not edit the grey key row under the headings.",
    },
    templateRunningTotal: { vi: 'Tổng điểm tự chấm', en: 'Self-assessed total' },
    templateTotal: { vi: 'TỔNG CỘNG', en: 'TOTAL' },
    templateDateError: { vi: 'Cần một ngày (dd/mm/yyyy)', en: 'Enter a date (dd/mm/yyyy)' },
    appraisalSheetTitle: { vi: 'PHIẾU THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH — VÒNG {round}', en: 'PAR INDEX APPRAISAL — ROUND {round}' },
    appraisalSheetHint: {
        vi: 'Điền điểm thẩm định (hoặc chọn phương án) và ý kiến vào các ô màu vàng; không sửa các ô khác, không xóa hay đổi thứ tự dòng.',
        en: 'Fill in the appraised score (or pick the outcome) and a comment in the yellow cells; do not edit other cells, delete or reorder rows.',
    },
    explanationSheetTitle: { vi: 'PHIẾU GIẢI TRÌNH KẾT QUẢ THẨM ĐỊNH VÒNG 1', en: 'EXPLANATION OF ROUND 1 APPRAISAL RESULTS' },
    explanationSheetHint: {
        vi: 'Điền giải trình và tài liệu kiểm chứng bổ sung vào các ô màu vàng; không sửa các ô khác, không xóa hay đổi thứ tự dòng.',
        en: 'Fill in the explanation and the added evidence in the yellow cells; do not edit other cells, delete or reorder rows.',
    },
    auditFinal: { vi: 'Điểm cuối cùng', en: 'Final score' },
    'auditSource.appraisal2': { vi: 'điểm thẩm định vòng 2', en: 'appraisal round 2' },
    'auditSource.appraisal1': { vi: 'điểm thẩm định vòng 1', en: 'appraisal round 1' },
    'auditSource.computed': { vi: 'tính theo quy tắc', en: 'computed by the rule' },
    'auditSource.self': { vi: 'điểm tự đánh giá (chưa thẩm định)', en: 'the self-assessed score (not yet appraised)' },
    'auditSource.survey': { vi: 'kết quả điều tra xã hội học', en: 'the survey result' },
    'auditSource.none': { vi: 'chưa có điểm', en: 'no score yet' },
    'auditSource.notApplicable': { vi: 'không đánh giá (không áp dụng)', en: 'not assessed (not applicable)' },
    auditReason: { vi: 'Lý do', en: 'Reason' },
    auditSelf: { vi: 'Điểm tự chấm', en: 'Self-assessed' },
    auditRound: { vi: 'Thẩm định vòng {round}', en: 'Appraisal round {round}' },
    auditExplanation: { vi: 'Giải trình', en: 'Explanation' },
    auditAccepted: { vi: 'được chấp nhận', en: 'accepted' },
    auditNotAccepted: { vi: 'không được chấp nhận', en: 'not accepted' },
    auditPending: { vi: 'chưa xem xét', en: 'not yet decided' },
    metricsTitle: { vi: 'SỐ LIỆU ĐẦU VÀO', en: 'INPUT FIGURES' },
    adjustmentsTitle: { vi: 'ĐIỂM THƯỞNG, ĐIỂM TRỪ', en: 'BONUS AND PENALTY POINTS' },
    bonus: { vi: 'Thưởng', en: 'Bonus' },
    penalty: { vi: 'Trừ', en: 'Penalty' },
    templateYamlHeader: {
        vi: 'Mẫu tự đánh giá: điền giá trị thay cho null; xóa hoặc để null những gì không có.',
        en: 'Assessment template: replace null with values; leave null or delete what does not apply.',
    },
    optionalNode: { vi: 'có thể đánh dấu không đánh giá', en: 'may be marked not applicable' },
    max: { vi: 'tối đa', en: 'max' },
    points: { vi: 'điểm', en: 'points' },
    evidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
    options: { vi: 'Chọn một trong', en: 'One of' },
    // the annex table
    annexTitle: { vi: 'PHỤ LỤC', en: 'ANNEX' },
    annexNo: { vi: 'STT', en: 'No.' },
    annexContent: { vi: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', en: 'Field/Criterion/Sub-criterion' },
    annexMax: { vi: 'Điểm tối đa', en: 'Max points' },
    annexRule: { vi: 'Cách chấm điểm', en: 'Scoring rule' },
    annexEvidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
    annexTotal: { vi: 'TỔNG ĐIỂM', en: 'TOTAL' },
    annexShape: {
        vi: '{fields} lĩnh vực, {criteria} tiêu chí, {items} tiêu chí thành phần; tổng điểm tối đa {total}',
        en: '{fields|field|fields}, {criteria|criterion|criteria}, {items|sub-criterion|sub-criteria}; {total} points in all',
    },
    annexGrades: { vi: 'Xếp loại', en: 'Grades' },
    annexAdjustments: { vi: 'Điểm thưởng, điểm trừ (ngoài tổng điểm)', en: 'Bonus and penalty (outside the total)' },
    annexBasis: { vi: 'Căn cứ', en: 'Basis' },
    annexLead: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
    // Decree 30/2020: "(Kèm theo Quyết định số …/QĐ-… ngày … tháng … năm … của …)"
    annexDecision: {
        vi: '(Kèm theo Quyết định số {number} ngày {day} tháng {month} năm {year} của {issuer})',
        en: '(Attached to Decision No. {number} of {day}/{month}/{year} by {issuer})',
    },
    annexDecisionNumberOnly: { vi: '(Kèm theo Quyết định số {number})', en: '(Attached to Decision No. {number})' },
    pageNumber: { vi: 'Trang', en: 'Page' },
    notApplicableAllowed: { vi: 'Có thể không đánh giá', en: 'May not apply' },
    // score reports
    reportTitle: { vi: 'KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', en: 'PAR INDEX RESULTS' },
    ranking: { vi: 'Bảng xếp hạng', en: 'Ranking' },
    rank: { vi: 'Xếp hạng', en: 'Rank' },
    unit: { vi: 'Đơn vị', en: 'Unit' },
    total: { vi: 'Tổng điểm', en: 'Total' },
    index: { vi: 'Chỉ số', en: 'Index' },
    grade: { vi: 'Xếp loại', en: 'Grade' },
    change: { vi: 'So với năm trước', en: 'Change on last year' },
    field: { vi: 'Lĩnh vực', en: 'Field' },
    score: { vi: 'Điểm đạt', en: 'Score' },
    self: { vi: 'Tự chấm', en: 'Self' },
    final: { vi: 'Điểm đạt', en: 'Final' },
    computed: { vi: 'Điểm theo quy tắc', en: 'Computed' },
    appraised: { vi: 'Điểm thẩm định', en: 'Appraised' },
    maxShort: { vi: 'Tối đa', en: 'Max' },
    difference: { vi: 'Chênh lệch', en: 'Difference' },
    reason: { vi: 'Lý do', en: 'Reason' },
    code: { vi: 'Mã', en: 'Code' },
    title: { vi: 'Nội dung', en: 'Title' },
    deviations: { vi: 'Chênh lệch giữa điểm tự chấm và điểm đạt', en: 'Where the self score and the final score differ' },
    noDeviations: { vi: 'Không có chênh lệch.', en: 'No differences.' },
    gradeCounts: { vi: 'Số đơn vị theo xếp loại', en: 'Units per grade' },
    chartTitle: { vi: 'Chỉ số CCHC theo đơn vị (% điểm tối đa), màu theo xếp loại', en: 'PAR index by unit (% of the maximum), coloured by grade' },
    increasePoints: {
        vi: (p: { value: Fixed }, fill) => fill('tăng {value:points} điểm', p),
        en: (p: { value: Fixed }, fill) => fill(p.value === ONE ? 'up {value:points} point' : 'up {value:points} points', p),
    },
    decreasePoints: {
        vi: (p: { value: Fixed }, fill) => fill('giảm {value:points} điểm', p),
        en: (p: { value: Fixed }, fill) => fill(p.value === ONE ? 'down {value:points} point' : 'down {value:points} points', p),
    },
    samePoints: { vi: 'giữ nguyên số điểm', en: 'same points' },
    increaseRank: {
        vi: (p: { places: number }, fill) => fill('tăng {places} bậc', { places: officialCount(p.places) }),
        en: (p: { places: number }, fill) => fill('up {places|place|places}', p),
    },
    decreaseRank: {
        vi: (p: { places: number }, fill) => fill('giảm {places} bậc', { places: officialCount(p.places) }),
        en: (p: { places: number }, fill) => fill('down {places|place|places}', p),
    },
    sameRank: { vi: 'giữ nguyên thứ hạng', en: 'same rank' },
    noPrevious: { vi: 'chưa có kết quả năm trước', en: 'no result last year' },
    summarySentence: {
        vi: 'Năm {year}, chỉ số CCHC của {unit} đạt {total} điểm, xếp loại {grade}, xếp thứ {rank}/{of}',
        en: 'In {year}, the PAR index of {unit} was {total} points, grade {grade}, ranked {rank} of {of}',
    },
    summaryChange: { vi: '; so với năm {year}: {change}', en: '; compared with {year}: {change}' },
    // the press paragraph: "Năm 2022, chỉ số CCHC của UBND thị xã Sông Cầu đạt 73,34 điểm, xếp thứ 3/9, …"
    pressHead: {
        vi: 'Năm {year}, chỉ số CCHC của {unit} đạt {total} điểm, xếp thứ {rank}/{of}, xếp loại {grade}',
        en: 'In {year}, the PAR index of {unit} reached {total} points, ranked {rank}/{of}, grade {grade}',
    },
    pressHeadUnranked: {
        vi: 'Năm {year}, chỉ số CCHC của {unit} đạt {total} điểm, xếp loại {grade}',
        en: 'In {year}, the PAR index of {unit} reached {total} points, grade {grade}',
    },
    pressChange: { vi: '; {points} và {rank} so với năm {year}', en: '; {points} and {rank} on {year}' },
    pressPointsChange: { vi: '; {points} so với năm {year}', en: '; {points} on {year}' },
    pressFieldsIntro: { vi: 'Cụ thể: ', en: 'By field: ' },
    pressField: { vi: '{title} đạt {score} điểm', en: '{title} {score} points' },
    pressFieldNotApplicable: { vi: '{title} không đánh giá', en: '{title} not applicable' },
    pressBonus: { vi: 'điểm thưởng {points} điểm', en: 'bonus {points} points' },
    pressPenalty: { vi: 'bị trừ {points} điểm', en: 'penalty {points} points' },
    bonusPenalty: { vi: 'Điểm thưởng / điểm trừ', en: 'Bonus / penalty' },
    // the score CSV's headings
    'csv.rank': { vi: 'Xếp hạng', en: 'Rank' },
    'csv.of': { vi: 'Số đơn vị', en: 'Of' },
    'csv.unitId': { vi: 'Mã đơn vị', en: 'Unit id' },
    'csv.unitName': { vi: 'Tên đơn vị', en: 'Unit name' },
    'csv.unitType': { vi: 'Loại đơn vị', en: 'Unit type' },
    'csv.total': { vi: 'Tổng điểm', en: 'Total' },
    'csv.max': { vi: 'Điểm tối đa', en: 'Max' },
    'csv.index': { vi: 'Chỉ số', en: 'Index' },
    'csv.grade': { vi: 'Xếp loại', en: 'Grade' },
    'csv.changePoints': { vi: 'Tăng/giảm điểm so với năm trước', en: 'Points change on last year' },
    'csv.changeRank': { vi: 'Tăng/giảm bậc so với năm trước', en: 'Rank change on last year' },
    'csv.selfTotal': { vi: 'Tổng điểm tự chấm', en: 'Self-assessed total' },
    'csv.bonus': { vi: 'Điểm thưởng', en: 'Bonus' },
    'csv.penalty': { vi: 'Điểm trừ', en: 'Penalty' },
    'csv.field': { vi: 'Lĩnh vực {code}', en: 'Field {code}' },
    notApplicable: { vi: 'không đánh giá', en: 'not applicable' },
    ungraded: { vi: 'chưa xếp loại', en: 'ungraded' },
    generatedBy: { vi: 'Lập bằng rubric (PAR Rubric)', en: 'Made with rubric (PAR Rubric)' },
    provisionalMark: { vi: 'tạm tính', en: 'provisional' },
    provisionalSentence: {
        vi: 'đạt {total} điểm tạm tính; còn chờ {pending}; tối đa còn có thể đạt {reachable} điểm',
        en: '{total} points so far (provisional); still to come: {pending}; at most {reachable} points reachable',
    },
    awaitingSurvey: { vi: '{points} điểm điều tra xã hội học', en: '{points} survey points' },
    awaitingCouncil: { vi: '{points} điểm do Hội đồng chấm', en: "{points} points of the council's judgement" },
    provisionalBatch: {
        vi: 'Kết quả tạm tính: {count} đơn vị còn chờ điểm, xếp loại và xếp hạng có thể thay đổi',
        en: '{count|unit is|units are} still waiting for points: grades and ranks are provisional',
    },
    // progress of a round (rubric status)
    statusTitle: { vi: 'TIẾN ĐỘ TỰ ĐÁNH GIÁ', en: 'SELF-ASSESSMENT PROGRESS' },
    statusFile: { vi: 'Tệp', en: 'File' },
    statusState: { vi: 'Tình trạng', en: 'State' },
    statusAnswered: { vi: 'Đã trả lời', en: 'Answered' },
    statusEvidence: { vi: 'Thiếu TLKC', en: 'Evidence missing' },
    statusSelf: { vi: 'Tự chấm', en: 'Self total' },
    statusAwaiting: { vi: 'Chờ thẩm định', en: 'Awaiting appraisal' },
    stateMissing: { vi: 'chưa nộp', en: 'no file' },
    stateUnreadable: { vi: 'không đọc được', en: 'unreadable' },
    stateIncomplete: { vi: 'còn thiếu', en: 'incomplete' },
    stateComplete: { vi: 'đầy đủ', en: 'complete' },
    statusRound: {
        vi: '{units} đơn vị: {filesFound} đã nộp, {missing} chưa nộp; {complete} đầy đủ, {incomplete} còn thiếu, {unreadable} không đọc được; {answered}/{required} tiêu chí đã trả lời; {evidenceMissing} tiêu chí thiếu tài liệu kiểm chứng',
        en: '{units|unit|units}: {filesFound} with a file, {missing} without; {complete} complete, {incomplete} incomplete, {unreadable} unreadable; {answered}/{required} items answered; {evidenceMissing} lacking evidence',
    },
    notScored: { vi: 'Chưa chấm được', en: 'Not scored' },
    notScoredCount: { vi: '{count} đơn vị chưa chấm được', en: '{count|unit|units} not scored' },
    rankedAmongScored: {
        vi: 'Thứ hạng tính trong số {scored} đơn vị đã chấm; {count} đơn vị chưa chấm được (xem mục "Chưa chấm được")',
        en: 'Ranks are among the {scored} units scored; {count|unit|units} not scored (listed under "Not scored")',
    },
    file: { vi: 'Tệp', en: 'File' },
    where: { vi: 'Vị trí', en: 'Where' },
    valuePath: { vi: 'Đường dẫn JSON', en: 'JSON path' },
    problem: { vi: 'Lỗi', en: 'Problem' },
    averageGap: { vi: 'Chênh lệch bình quân giữa điểm tự chấm và điểm đạt: {value}', en: 'Average gap between self score and final score: {value}' },
});

/** Vietnamese official texts write small counts with two digits: "tăng 03 bậc", "01 Tốt". */
export function officialCount(value: number): string {
    return String(value).padStart(2, '0');
}

const METRIC_TYPES: Record<MetricType, Record<Locale, string>> = {
    percent: { vi: 'Tỷ lệ % (0–100)', en: 'Percent (0–100)' },
    ratio: { vi: 'Tỷ số (0–1)', en: 'Ratio (0–1)' },
    count: { vi: 'Số lượng', en: 'Count' },
    number: { vi: 'Số', en: 'Number' },
    date: { vi: 'Ngày (dd/mm/yyyy)', en: 'Date' },
    yesno: { vi: 'Có/Không', en: 'Yes/No' },
    oneOf: { vi: 'Chọn một', en: 'One of a list' },
};

export function metricTypeName(type: MetricType, locale: Locale): string {
    return METRIC_TYPES[type][locale];
}
