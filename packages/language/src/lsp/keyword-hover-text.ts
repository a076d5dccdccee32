import { defineCatalogue } from '../i18n/catalogue.js';

/**
 * What a keyword's hover says, in Vietnamese and English: one short explanation per section of the
 * language reference (keyed by the section's anchor), and the link to read the whole section.
 */
export const keywordHoverText = defineCatalogue({
    heading: { vi: '**`{keyword}`** · từ khóa', en: '**`{keyword}`** · keyword' },
    readMore: { vi: 'Xem mục này trong tài liệu tra cứu ngôn ngữ', en: 'Read this section of the language reference' },

    rubric: {
        vi: '`rubric TÊN "Tên bộ chỉ số" { … }`: bộ chỉ số của tệp (mỗi tệp nhiều nhất một). Tên dùng trong phiếu tự đánh giá và JSON đã biên dịch.',
        en: '`rubric NAME "Title" { … }`: the file\'s rubric (at most one per file). The name identifies it in assessments and compiled JSON.',
    },
    header: {
        vi: 'Trường ở phần đầu bộ chỉ số, mỗi trường một lần: `unitType`, `year` (2000–2100) và `total` (tổng điểm tối đa của các lĩnh vực) là bắt buộc; `basis` ghi văn bản làm căn cứ.',
        en: 'A header field, each written once: `unitType`, `year` (2000–2100) and `total` (what the fields\' maxima add up to) are required; `basis` names the document the rubric rests on.',
    },
    decision: {
        vi: '`decision "số/ký hiệu" date YYYY-MM-DD issuer "cơ quan"`: quyết định ban hành bộ chỉ số (bộ chỉ số là phụ lục kèm theo); in thành dòng "Kèm theo Quyết định số …" của phụ lục.',
        en: '`decision "number" date YYYY-MM-DD issuer "body"`: the decision that issues the rubric as its annex; printed as the annex\'s "Kèm theo Quyết định số …" line.',
    },
    'unit-type': {
        vi: 'Loại đơn vị được đánh giá: `province` (tỉnh), `department` (sở, ban, ngành), `district` (huyện), `commune` (xã) hoặc một nhóm khác ghi trong ngoặc kép. Đơn vị chỉ xếp hạng với đơn vị cùng loại.',
        en: 'The kind of unit assessed: `province`, `department`, `district`, `commune`, or another group named in quotes. Units are ranked only against units of their type.',
    },
    step: {
        vi: 'Mức chênh nhỏ nhất giữa hai điểm số (mặc định `0.01`): mọi điểm phải là bội số của nó; điểm do máy tính được làm tròn đến bội số gần nhất, nửa thì làm tròn lên.',
        en: 'The smallest difference between two scores (default `0.01`): every score is a multiple of it; computed scores are rounded to the nearest multiple, halves upwards.',
    },
    ties: {
        vi: 'Cách xếp hạng các đơn vị cùng chỉ số: `shared` (mặc định) cho 1, 2, 2, 4; `dense` cho 1, 2, 2, 3.',
        en: 'How units with the same index share a rank: `shared` (the default) gives 1, 2, 2, 4; `dense` gives 1, 2, 2, 3.',
    },
    survey: {
        vi: 'Điểm điều tra xã hội học: ở phần đầu là phần điểm dành cho điều tra; ở tiêu chí, điểm lấy từ bảng điều tra, không tự chấm; `from percent|ratio` đổi tỷ lệ hài lòng thành điểm, `round nearest|down|up` chọn cách làm tròn.',
        en: 'The social survey: in the header, the survey\'s share of the total; on an item, its score comes from the survey table, never self-assessed; `from percent|ratio` turns a satisfaction share into points, `round nearest|down|up` picks the rounding.',
    },
    'missing-evidence': {
        vi: 'Mặc định khi thiếu tài liệu kiểm chứng cho mọi `requires` không ghi `missing`: `zero` (mặc định, 0 điểm), `flag` (giữ điểm, đánh dấu cho hội đồng) hoặc `cap X` (tối đa X điểm).',
        en: 'The default for missing evidence on every `requires` without its own `missing`: `zero` (the default, 0 points), `flag` (the score stands, marked for the council) or `cap X` (at most X points).',
    },
    tree: {
        vi: 'Cây chỉ số: `field` (lĩnh vực, chỉ ở cấp trên cùng), `criterion` (tiêu chí), `item` (tiêu chí thành phần). Mỗi mục có mã, tên, `max` (điểm tối đa, bằng tổng điểm các mục con) và có thể có `lead` (cơ quan chủ trì).',
        en: 'The rubric tree: `field` (top level only), `criterion`, `item`. Each node has a code, a title, `max` (its maximum, the sum of its children\'s) and may name its `lead` agency.',
    },
    'not-applicable': {
        vi: '`optional "lý do"`: đơn vị có thể đánh dấu mục này là không đánh giá; khi đó mục không tính điểm và không tính vào điểm tối đa của đơn vị.',
        en: '`optional "reason"`: a unit may mark the node not applicable; it then scores nothing and leaves the unit\'s maximum.',
    },
    metric: {
        vi: '`metric TÊN KIỂU "Tên"`: số liệu đơn vị báo cáo, có kiểu `percent`, `ratio`, `count`, `number`, `date`, `yesno` hoặc `oneOf("A", "B")`; các cách chấm đọc số liệu theo tên.',
        en: '`metric NAME TYPE "Title"`: a figure the unit reports, of type `percent`, `ratio`, `count`, `number`, `date`, `yesno` or `oneOf("A", "B")`; scoring methods read it by name.',
    },
    evidence: {
        vi: '`evidence TÊN "Tên"`: tài liệu kiểm chứng khai báo một lần, với `kind` (loại văn bản), `issuer` (cơ quan ban hành), `min N` (số văn bản cần có) và `issuedBy` (ngày ban hành muộn nhất).',
        en: '`evidence NAME "Title"`: an evidence document declared once, with `kind`, `issuer`, `min N` (how many documents are needed) and `issuedBy` (the latest issue date that counts).',
    },
    requires: {
        vi: '`requires A, B`: tài liệu đơn vị phải nộp cho tiêu chí; `or explanation` chấp nhận văn bản giải trình thay thế; `missing zero|flag|cap X` là hậu quả khi thiếu.',
        en: '`requires A, B`: the documents the unit must supply for the item; `or explanation` accepts a written explanation instead; `missing zero|flag|cap X` is what missing evidence does.',
    },
    choice: {
        vi: 'Chấm theo phương án: đơn vị chọn một phương án đã công bố `"nhãn": điểm`; phương án tốt nhất bằng đúng điểm tối đa.',
        en: 'Scoring by outcome: the unit picks one published outcome `"label": points`; the best gives exactly the max.',
    },
    yesno: {
        vi: 'Chấm có / không: hai phương án `yes` và `no`; đơn vị tự trả lời, hoặc câu trả lời được tính từ điều kiện trên số liệu.',
        en: 'Yes / no scoring: two outcomes, `yes` and `no`; the unit answers, or a condition on metrics computes the answer.',
    },
    deadline: {
        vi: 'Chấm theo thời hạn: `deadline SỐ_LIỆU due NGÀY grace N days` — `onTime` khi ban hành trước hoặc đúng hạn cộng số ngày cho phép (trong thời gian cho phép vẫn là đúng hạn), `late` sau đó, `missing` khi không ban hành.',
        en: 'Scoring against a due date: `deadline METRIC due DATE grace N days` — `onTime` up to the due date plus the grace days (grace counts as on time), `late` after, `missing` when no date is given.',
    },
    bands: {
        vi: 'Chấm theo khoảng: các khoảng được xét theo thứ tự, khoảng đầu tiên đúng cho điểm; `>`, `<` không gồm ngưỡng, `>=`, `<=` gồm ngưỡng; `else` nhận mọi giá trị còn lại.',
        en: 'Scoring by bands: the bands are tried in order and the first that holds gives the points; `>` and `<` exclude the threshold, `>=` and `<=` include it; `else` takes every other value.',
    },
    proportional: {
        vi: '`proportional SỐ_LIỆU`: điểm tối đa nhân tỷ lệ đơn vị báo cáo, trong khoảng [0, tối đa], làm tròn theo `step`.',
        en: '`proportional METRIC`: the max times the share the unit reports, held to [0, max], rounded to the `step`.',
    },
    deduct: {
        vi: '`deduct X per SỐ_LIỆU`: bắt đầu từ điểm tối đa, trừ X điểm cho mỗi lần vi phạm; điểm dừng ở 0, không âm.',
        en: '`deduct X per METRIC`: starts from the max and takes X off for each occurrence; the score stops at 0, never below.',
    },
    judged: {
        vi: 'Hội đồng thẩm định chấm: đơn vị tự chấm, hội đồng chấm thẩm định lần 1, lần 2, trong khoảng 0 đến tối đa; `step X` là bước điểm riêng của tiêu chí.',
        en: 'Scored by the council: the unit gives a self score and the council its appraisals, between 0 and the max; `step X` sets the item\'s own step.',
    },
    formula: {
        vi: '`formula BIỂU_THỨC`: điểm tính từ số liệu bằng số thập phân chính xác, với `+ - * /`, so sánh, `and`, `or`, `not` và các hàm `min`, `max`, `if`, `all`, `any`, `round`; kết quả trong [0, tối đa], làm tròn theo `step`.',
        en: '`formula EXPRESSION`: the score computed from metrics in exact decimals, with `+ - * /`, comparisons, `and`, `or`, `not` and the functions `min`, `max`, `if`, `all`, `any`, `round`; held to [0, max], rounded to the `step`.',
    },
    adjustments: {
        vi: 'Điểm thưởng (`bonus`) và điểm trừ (`penalty`) ngoài tổng điểm; `max X` giới hạn mỗi khoản.',
        en: 'Bonus (`bonus`) and penalty (`penalty`) points outside the declared total; `max X` caps each.',
    },
    grades: {
        vi: 'Xếp loại theo chỉ số (tỷ lệ điểm trên điểm tối đa): các mức xét theo thứ tự, `"Tên" >= 80%`; `otherwise` nhận các đơn vị còn lại.',
        en: 'Grades over the index (points over the maximum): tried in order, `"Name" >= 80%`; `otherwise` takes every other unit.',
    },
    import: {
        vi: '`import "tệp.rubric"`: dùng số liệu và tài liệu kiểm chứng khai báo ở tệp khác, chỉ trong thư mục làm việc.',
        en: '`import "file.rubric"`: uses the metrics and evidence declared in another file, within the workspace only.',
    },
});

/** The sections a keyword hover explains: each is an anchor of the language reference. */
export type KeywordSection = Exclude<Parameters<typeof keywordHoverText>[1], 'heading' | 'readMore'>;
