// the narrow entry: the package's index would pull the compiler and zod into every start
import { defineCatalogue } from '@par-rubric/language/catalogue';

/** The CLI's own words (help, summaries, errors) in both languages, keyed by what they say. */
export const text = defineCatalogue({
    programDescription: {
        vi: 'Kiểm tra, biên dịch, định dạng, chấm điểm và xuất bộ chỉ số cải cách hành chính',
        en: 'Check, compile, format, score and export PAR (public administration reform) rubrics',
    },
    langOption: { vi: 'ngôn ngữ thông báo: vi hoặc en', en: 'language of messages: vi or en' },
    versionOption: { vi: 'in số phiên bản', en: 'print the version number' },
    helpOption: { vi: 'hiện hướng dẫn của lệnh', en: 'display help for command' },
    helpCommand: { vi: 'hiện hướng dẫn của một lệnh', en: 'display help for command' },
    checkDescription: {
        vi: 'kiểm tra các bộ chỉ số (tệp hoặc thư mục)',
        en: 'validate rubrics (files or folders)',
    },
    formatOption: { vi: 'định dạng kết quả', en: 'output format' },
    strictOption: { vi: 'coi cảnh báo là lỗi', en: 'fail on warnings too' },
    rootOption: {
        vi: 'thư mục được phép import (mặc định: thư mục hiện tại và dự án chứa tệp được kiểm tra)',
        en: 'folders imports may reach (default: the working folder and the project of each checked file)',
    },
    notARubricFile: {
        vi: '{file}: không phải tệp .rubric (rubric check và rubric fmt chỉ nhận tệp .rubric hoặc thư mục)',
        en: '{file}: not a .rubric file (rubric check and rubric fmt take .rubric files or folders)',
    },
    noRubricFiles: { vi: 'không tìm thấy tệp .rubric nào', en: 'no .rubric files found' },
    noSuchPath: { vi: 'không có tệp hoặc thư mục này', en: 'no such file or directory' },
    checkSummary: {
        vi: '{files} tệp: {errors} lỗi, {warnings} cảnh báo',
        en: '{files|file|files}: {errors|error|errors}, {warnings|warning|warnings}',
    },
    unknownFormat: { vi: 'định dạng không hỗ trợ: {value}', en: 'unsupported format: {value}' },
    unknownLang: { vi: 'ngôn ngữ không hỗ trợ: {value} (vi hoặc en)', en: 'unsupported language: {value} (vi or en)' },
    internalError: {
        vi: 'lỗi nội bộ, xin báo lại kèm tệp đầu vào: {detail}',
        en: 'internal error, please report it with the input: {detail}',
    },
    fmtDescription: {
        vi: 'định dạng các tệp .rubric theo bố cục chuẩn (tệp hoặc thư mục)',
        en: 'format .rubric files in the canonical layout (files or folders)',
    },
    fmtCheckOption: {
        vi: 'chỉ kiểm tra: liệt kê các tệp chưa đúng định dạng và thoát với mã 1 (cho CI)',
        en: 'only check: list the files that are not formatted and exit 1 (for CI)',
    },
    fmtWriteOption: { vi: 'ghi lại các tệp cần định dạng', en: 'rewrite the files that need formatting' },
    fmtDiffOption: { vi: 'in các thay đổi dưới dạng unified diff', en: 'print the changes as a unified diff' },
    fmtSeveralFiles: {
        vi: 'có {count} tệp: dùng --check, --write hoặc --diff',
        en: '{count} files: use --check, --write or --diff',
    },
    fmtRefused: { vi: '{location}: {reason} (chưa định dạng tệp này)', en: '{location}: {reason} (file not formatted)' },
    fmtWouldChange: { vi: '{count} tệp chưa đúng định dạng', en: '{count|file|files} not formatted' },
    fmtWritten: { vi: 'đã định dạng lại {count} tệp', en: '{count|file|files} reformatted' },
    fmtRefusedCount: {
        vi: (p: { count: number }, fill) => fill('{count} tệp có lỗi, chưa định dạng', p),
        en: (p: { count: number }, fill) =>
            fill(p.count === 1 ? '{count} file has an error and was not formatted' : '{count} files have errors and were not formatted', p),
    },
    fmtAllFormatted: { vi: '{count} tệp đã đúng định dạng', en: '{count|file|files} already formatted' },
    compileDescription: {
        vi: 'biên dịch một bộ chỉ số (kèm các tệp import) thành một tệp JSON',
        en: 'compile a rubric (with its imports) into one JSON document',
    },
    diffDescription: {
        vi: 'so sánh hai bộ chỉ số (năm trước, năm nay): tiêu chí thêm, bỏ, đánh số lại, thay đổi điểm và cách chấm',
        en: "compare two rubrics (last year's, this year's): criteria added, removed, renumbered, re-weighted and scored differently",
    },
    schemaDescription: {
        vi: 'in JSON Schema của bộ chỉ số đã biên dịch hoặc của bản tự đánh giá',
        en: 'print the JSON Schema of the compiled rubric or of an assessment',
    },
    schemaKind: { vi: 'compiled (bộ chỉ số đã biên dịch) hoặc assessment (bản đánh giá)', en: 'compiled (rubric) or assessment' },
    // rubric score / template / export, and the assessment readers behind them
    scoreDescription: {
        vi: 'chấm điểm các bản tự đánh giá (tệp hoặc thư mục .json, .yaml, .xlsx, .csv) theo một bộ chỉ số',
        en: 'score assessments (files or folders of .json, .yaml, .xlsx, .csv) against a rubric',
    },
    templateDescription: {
        vi: 'tạo mẫu tự đánh giá trống cho một bộ chỉ số',
        en: 'write a blank assessment for a rubric',
    },
    exportDescription: {
        vi: 'xuất bộ chỉ số thành bảng phụ lục để ban hành',
        en: 'export the rubric as the published annex table',
    },
    importDescription: {
        vi: 'chuyển bảng bộ chỉ số (Excel .xlsx, .csv, Word .docx) thành tệp .rubric, giữ nguyên nội dung của bảng',
        en: 'turn a rubric table (Excel .xlsx, .csv, Word .docx) into a .rubric file that says what the table says',
    },
    importSheetOption: { vi: 'trang tính (hoặc số thứ tự bảng trong tệp Word) cần đọc', en: 'the sheet (or the number of the table in a Word file) to read' },
    importIdOption: { vi: 'mã của bộ chỉ số (mặc định: theo tên tệp)', en: 'the rubric id (default: from the file name)' },
    importYearOption: { vi: 'năm áp dụng (mặc định: năm ghi trong tiêu đề bảng)', en: 'the year (default: the year in the table title)' },
    importUnitTypeOption: {
        vi: 'loại đơn vị: province, department, district, commune hoặc tên nhóm đơn vị',
        en: 'the unit type: province, department, district, commune or a named group',
    },
    importColumnsOption: {
        vi: 'các cột khi không nhận ra tiêu đề cột, ví dụ code=A,title=B,max=C,rule=D',
        en: 'the columns when the headings are not recognised, e.g. code=A,title=B,max=C,rule=D',
    },
    importBadId: { vi: 'mã bộ chỉ số không hợp lệ: {value} (chữ cái, chữ số, dấu _)', en: 'not a rubric id: {value} (letters, digits, _)' },
    importBadYear: { vi: 'năm không hợp lệ: {value}', en: 'not a year: {value}' },
    importUnknownType: {
        vi: 'rubric import đọc tệp .xlsx, .csv hoặc .docx',
        en: 'rubric import reads .xlsx, .csv or .docx files',
    },
    importNoTable: {
        vi: 'không tìm thấy bảng có cột STT, cột nội dung và cột điểm tối đa trong 30 dòng đầu (chỉ rõ bằng --columns code=A,title=B,max=C)',
        en: 'no table with a code, a title and a max column in the first 30 rows (name them with --columns code=A,title=B,max=C)',
    },
    importNoRows: { vi: 'bảng không có dòng nào mang mã lĩnh vực hoặc tiêu chí', en: 'the table has no row with a field or criterion code' },
    importNoSuchSheet: { vi: 'không có trang tính "{sheet}" (có: {sheets})', en: 'no sheet "{sheet}" (there are: {sheets})' },
    importBadColumns: {
        vi: '--columns {value}: cần dạng code=A,title=B[,max=C][,rule=D]',
        en: '--columns {value}: expected code=A,title=B[,max=C][,rule=D]',
    },
    importedFrom: { vi: 'Chuyển từ {source} bằng rubric import', en: 'Imported from {source} by rubric import' },
    importUnitTypeUnknown: { vi: 'chưa xác định', en: 'not stated' },
    importTextPlace: { vi: 'dòng {line}, cột {column}', en: 'line {line}, column {column}' },
    importTablePlace: { vi: 'bảng {table}, hàng {row}, ô {cell}', en: 'table {table}, row {row}, cell {cell}' },
    importUnreadRemark: { vi: 'không đọc được', en: 'not read' },
    importNoTitle: { vi: 'dòng mã {code} không có nội dung', en: 'the row of code {code} has no title' },
    importUnreadMax: { vi: 'không đọc được điểm tối đa "{value}"; để trống', en: 'cannot read the max "{value}"; left out' },
    importUnreadRow: {
        vi: 'không đọc được dòng "{text}" (không có mã, không có điểm); {code} được chấm theo đánh giá (judged)',
        en: 'cannot read the row "{text}" (no code, no points); {code} is scored judged',
    },
    importUnreadRule: {
        vi: 'cách chấm của {code} không ghi mức điểm nào ("{text}"); được chấm theo đánh giá (judged), cách chấm giữ làm chú thích',
        en: 'the scoring rule of {code} names no outcome with points ("{text}"); it is scored judged, the rule kept as a comment',
    },
    importPointsDiffer: {
        vi: 'nội dung ghi {text} điểm nhưng cột điểm ghi {column}; lấy theo cột điểm',
        en: 'the text says {text} points but the points column says {column}; the column is used',
    },
    importParentOutcomes: {
        vi: '{code} có tiêu chí con nên các mức điểm ghi dưới nó được giữ làm chú thích',
        en: '{code} has children, so the outcomes written under it are kept as comments',
    },
    importNoOutcomes: {
        vi: '{code} không có mức điểm nào đọc được; được chấm theo đánh giá (judged)',
        en: '{code} has no outcome that can be read; it is scored judged',
    },
    importBandText: {
        vi: 'các mức điểm đọc như khoảng giá trị: tại {bounds} không rõ đơn vị được mức nào; nếu chấm theo số liệu, khai báo metric kiểu percent và viết rõ, ví dụ bands <metric> {bands} (chọn > hay >= tại mỗi mốc)',
        en: 'the outcomes read like bands over a figure: at {bounds} the texts do not say which outcome applies; to score from the figure, declare a percent metric and write it out, e.g. bands <metric> {bands} (choose > or >= at each bound)',
    },
    importYearFromText: {
        vi: 'tiêu đề bảng không ghi năm: đã lấy năm {year} ghi trong bảng; chỉ rõ bằng --year',
        en: 'the table title states no year: {year}, the year its texts mention, was written; give it with --year',
    },
    importBandTextClear: {
        vi: 'các mức điểm đọc như khoảng giá trị; nếu chấm theo số liệu, khai báo metric kiểu percent và viết rõ, ví dụ bands <metric> {bands} (kiểm tra > hay >= tại mỗi mốc)',
        en: 'the outcomes read like bands over a figure; to score from the figure, declare a percent metric and write it out, e.g. bands <metric> {bands} (check > or >= at each bound)',
    },
    docxNotZip: { vi: 'không phải tệp Word .docx (không đọc được như tệp nén zip)', en: 'not a Word .docx file (not readable as a zip archive)' },
    docxEncrypted: {
        vi: 'tài liệu Word được đặt mật khẩu: hãy lưu lại không có mật khẩu',
        en: 'the Word document is password-protected: save it again without a password',
    },
    docxNoBody: { vi: 'tệp .docx không có phần nội dung word/document.xml', en: 'the .docx file has no word/document.xml body' },
    docxPartTooLarge: {
        vi: 'phần {part} của tài liệu Word sẽ bung ra {size} (tối đa {limit})',
        en: 'the Word document part {part} would expand to {size} (limit {limit})',
    },
    docxPartRatio: {
        vi: 'phần {part} của tài liệu Word sẽ bung ra gấp {ratio} lần cỡ nén (tối đa {limit} lần)',
        en: 'the Word document part {part} would expand {ratio} times its compressed size (limit {limit} times)',
    },
    docxPartDamaged: {
        vi: 'phần {part} của tài liệu Word bị hỏng hoặc không bung ra đúng cỡ nó khai',
        en: 'the Word document part {part} is damaged or does not expand to the size it declares',
    },
    docxDamaged: { vi: 'tài liệu Word bị hỏng, không đọc được nội dung XML', en: 'the Word document is damaged: its XML cannot be read' },
    importNoUnitType: {
        vi: 'bảng không ghi loại đơn vị: đã ghi unitType "chưa xác định"; chỉ rõ bằng --unit-type',
        en: 'the table does not state the unit type: unitType "not stated" was written; give it with --unit-type',
    },
    importSummary: {
        vi: '{fields} lĩnh vực, {criteria} tiêu chí, {items} tiêu chí thành phần; {warnings} cảnh báo',
        en: '{fields|field|fields}, {criteria|criterion|criteria}, {items|sub-criterion|sub-criteria}; {warnings|warning|warnings}',
    },
    rubricOption: { vi: 'bộ chỉ số (.rubric hoặc tệp biên dịch .json)', en: 'the rubric (.rubric or compiled .json)' },
    previousOption: {
        vi: 'kết quả năm trước (đầu ra của --format json) để so sánh điểm và thứ hạng',
        en: "last year's results (the output of --format json) to compare points and rank",
    },
    outputOption: { vi: 'ghi ra tệp này thay vì ra màn hình', en: 'write to this file instead of standard output' },
    progressLabel: { vi: 'Chấm điểm', en: 'Scoring' },
    progressWriting: { vi: 'Ghi kết quả', en: 'Writing' },
    rankWithinOption: {
        vi: 'xếp hạng và đếm xếp loại cả trong từng nhóm đơn vị (ví dụ phường, xã), bên cạnh xếp hạng chung',
        en: 'also rank and count grades within each group of units (e.g. wards and communes), beside the overall rank',
    },
    scoreStrictOption: {
        vi: 'chỉ chấm khi mọi tệp đều hợp lệ: một tệp lỗi thì không chấm gì',
        en: 'all or nothing: score nothing when any file is invalid',
    },
    assessmentChanged: {
        vi: 'tệp đã thay đổi trong lúc chấm (kết quả sẽ không khớp bảng xếp hạng); không ghi kết quả, hãy chạy lại',
        en: 'the file changed while the batch was being scored (its results would not match the ranking); nothing written, run again',
    },
    assessmentsNotScored: {
        vi: (p: { count: number; scored: number }, fill) => fill('{count} tệp đánh giá chưa chấm được (liệt kê trong kết quả, mục "Chưa chấm được"); đã chấm {scored} đơn vị', p),
        en: (p: { count: number; scored: number }, fill) =>
            fill(
                p.count === 1
                    ? '{count} assessment file was not scored (listed in the results under "Not scored"); {scored|unit|units} scored'
                    : '{count} assessment files were not scored (listed in the results under "Not scored"); {scored|unit|units} scored',
                p,
            ),
    },
    noAssessmentFiles: {
        vi: 'không tìm thấy tệp đánh giá nào (.json, .yaml, .yml, .xlsx, .csv)',
        en: 'no assessment files found (.json, .yaml, .yml, .xlsx, .csv)',
    },
    binaryNeedsOutput: {
        vi: 'định dạng {format} là tệp nhị phân: cần -o TỆP',
        en: 'the {format} format is a binary file: use -o FILE',
    },
    rubricHasErrors: {
        vi: 'bộ chỉ số có {count} lỗi, cần sửa trước khi dùng (rubric check)',
        en: 'the rubric has {count|error|errors} to fix first (rubric check)',
    },
    rubricNotSingle: { vi: 'tệp phải chứa đúng một bộ chỉ số', en: 'the file must hold exactly one rubric' },
    compiledRubricInvalid: {
        vi: 'không phải bộ chỉ số đã biên dịch hợp lệ: {reason}',
        en: 'not a valid compiled rubric: {reason}',
    },
    appraisalSheetsDescription: {
        vi: 'ghi phiếu thẩm định (XLSX) cho từng cơ quan chủ trì: mọi đơn vị, chỉ các tiêu chí của cơ quan đó',
        en: 'write an appraisal workbook (XLSX) per lead agency: every unit, only that agency\'s items',
    },
    outputFolderOption: { vi: 'thư mục ghi kết quả', en: 'folder to write into' },
    leadOption: { vi: 'chỉ cơ quan chủ trì này', en: 'only this lead agency' },
    roundOption: { vi: 'vòng thẩm định: 1 hoặc 2', en: 'appraisal round: 1 or 2' },
    unknownLead: {
        vi: 'bộ chỉ số không có cơ quan chủ trì "{lead}"',
        en: 'the rubric names no lead agency "{lead}"',
    },
    sheetWritten: { vi: '{file}: {who}, {rows} dòng', en: '{file}: {who}, {rows|row|rows}' },
    councilAssessmentsInvalid: {
        vi: (p: { count: number }, fill) => fill('{count} tệp đánh giá có lỗi, chưa ghi phiếu nào', p),
        en: (p: { count: number }, fill) =>
            fill(p.count === 1 ? '{count} assessment file has errors; no sheet was written' : '{count} assessment files have errors; no sheet was written', p),
    },
    notACouncilSheet: {
        vi: 'không phải phiếu do rubric appraisal-sheets hoặc rubric explanation-sheets ghi ra',
        en: 'not a sheet written by rubric appraisal-sheets or rubric explanation-sheets',
    },
    sheetMoreFindings: { vi: 'còn những lỗi khác trong phiếu này', en: 'and more findings in this sheet' },
    sheetMergedCells: { vi: 'ô bị gộp ({range}): hãy bỏ gộp ô', en: 'merged cells ({range}): unmerge them' },
    sheetCellEdited: {
        vi: 'ô này không được sửa (ban đầu: "{was}"); chỉ điền vào các ô màu vàng',
        en: 'this cell must not be edited (it was "{was}"); fill in the yellow cells only',
    },
    sheetFormula: { vi: 'ô chứa công thức: hãy nhập giá trị', en: 'the cell holds a formula: type the value instead' },
    sheetOutsideColumns: { vi: 'ô ngoài các cột của phiếu', en: "a value outside the sheet's columns" },
    sheetRowDeleted: { vi: 'dòng {row} ({what}) đã bị xóa', en: 'row {row} ({what}) was deleted' },
    sheetRowAdded: { vi: 'dòng được thêm vào: phiếu không nhận dòng mới', en: 'an added row: the sheet takes no new rows' },
    sheetRowMoved: {
        vi: 'dòng này vốn ở dòng {row}: không được đổi thứ tự dòng',
        en: 'this row was row {row}: rows must not be reordered',
    },
    sheetUnknownUnit: { vi: 'không có phiếu đánh giá của đơn vị "{unit}"', en: 'no assessment of unit "{unit}"' },
    sheetUnknownItem: { vi: 'bộ chỉ số không có tiêu chí "{code}"', en: 'the rubric has no item "{code}"' },
    sheetOutsideAgency: {
        vi: 'tiêu chí {code} không thuộc lĩnh vực của {agency} (cơ quan chủ trì: {lead})',
        en: "item {code} is outside {agency}'s fields (its lead agency is {lead})",
    },
    sheetConflict: {
        vi: 'tiêu chí này đã được thẩm định khác ở {other} ({value})',
        en: 'this item is appraised differently in {other} ({value})',
    },
    sheetNotAnOutcome: {
        vi: '"{value}" không phải điểm hay phương án của tiêu chí: hãy chọn một phương án',
        en: '"{value}" is neither a score nor an outcome of the item: pick one of the outcomes',
    },
    sheetNotAScore: { vi: '"{value}" không phải là điểm', en: '"{value}" is not a score' },
    sheetNotAppraisal: { vi: 'không phải phiếu thẩm định', en: 'not an appraisal sheet' },
    sheetNotExplanation: { vi: 'không phải phiếu giải trình', en: 'not an explanation sheet' },
    sheetOtherRubric: { vi: 'phiếu lập cho bộ chỉ số "{id}", không phải "{expected}"', en: 'the sheet is for rubric "{id}", not "{expected}"' },
    sheetOtherVersion: {
        vi: 'phiếu lập theo một phiên bản khác của bộ chỉ số (mã kiểm tra khác): hãy ghi lại phiếu',
        en: 'the sheet was made for another version of the rubric (its hash differs): write the sheets again',
    },
    sheetBadRound: { vi: 'vòng thẩm định "{round}" không hợp lệ (1 hoặc 2)', en: 'appraisal round "{round}" is not 1 or 2' },
    sheetApplied: {
        vi: '{file}: đã áp dụng {count} điểm thẩm định vòng {round}',
        en: '{file}: applied, {count|appraisal|appraisals} of round {round}',
    },
    sheetRefused: {
        vi: '{file}: không áp dụng ({count} lỗi)',
        en: '{file}: refused ({count|finding|findings}), nothing of it applied',
    },
    noSheets: { vi: '{folder}: không có tệp .xlsx nào', en: '{folder}: no .xlsx files' },
    mergeDescription: {
        vi: 'đưa các phiếu thẩm định, phiếu giải trình, kết quả điều tra xã hội học vào các phiếu đánh giá, ghi vào một thư mục mới',
        en: 'fold appraisal sheets, explanation sheets and survey results into the assessments, written into a new folder',
    },
    mergeNeedsSheets: {
        vi: 'cần ít nhất một trong --appraisals, --explanations, --survey',
        en: 'give at least one of --appraisals, --explanations, --survey',
    },
    assessmentsWritten: { vi: 'đã ghi {count} phiếu đánh giá vào {folder}', en: '{count|assessment|assessments} written to {folder}' },
    appraisalsOption: {
        vi: 'thư mục các phiếu thẩm định đã điền (từ rubric appraisal-sheets)',
        en: 'folder of filled-in appraisal sheets (from rubric appraisal-sheets)',
    },
    explanationsApplied: { vi: '{file}: đã áp dụng {count} giải trình', en: '{file}: applied, {count|explanation|explanations}' },
    explanationSheetsDescription: {
        vi: 'sau thẩm định vòng 1: ghi cho mỗi đơn vị một phiếu giải trình các tiêu chí bị trừ điểm',
        en: 'after appraisal round 1: write each unit a sheet of the items where it lost points, to explain',
    },
    nothingLost: { vi: 'không đơn vị nào bị trừ điểm so với điểm tự chấm', en: 'no unit lost points against its claim' },
    explanationsOption: {
        vi: 'thư mục các phiếu giải trình đã điền (từ rubric explanation-sheets)',
        en: 'folder of filled-in explanation sheets (from rubric explanation-sheets)',
    },
    sheetWrongUnit: { vi: 'dòng của đơn vị "{unit}" trong phiếu của đơn vị "{expected}"', en: 'a row of unit "{unit}" in the sheet of unit "{expected}"' },
    sheetEvidenceNoTitle: { vi: 'tài liệu bổ sung cần tên tài liệu', en: 'the added evidence needs a title' },
    sheetEvidenceNoExplanation: { vi: 'tài liệu bổ sung cần kèm giải trình', en: 'added evidence needs an explanation' },
    sheetBadDate: { vi: '"{value}" không phải ngày (dd/mm/yyyy)', en: '"{value}" is not a date (dd/mm/yyyy)' },
    explainDescription: {
        vi: 'điểm cuối cùng của một tiêu chí đến từ đâu: vòng, phiếu và ô, giải trình, tài liệu kiểm chứng',
        en: "where an item's final score came from: the round, the sheet and cell, the explanation, the evidence",
    },
    explainNoItem: { vi: 'bộ chỉ số không có tiêu chí thành phần "{code}"', en: 'the rubric has no item "{code}" to score' },
    surveyOption: {
        vi: 'bảng kết quả điều tra xã hội học của mọi đơn vị (XLSX hoặc CSV)',
        en: "the survey results of all units, as a table (XLSX or CSV)",
    },
    surveyTableType: { vi: 'bảng điều tra cần tệp .xlsx hoặc .csv', en: 'the survey table must be an .xlsx or .csv file' },
    surveyNoTable: {
        vi: 'không tìm thấy dòng tiêu đề gồm cột mã đơn vị và các mã tiêu chí điều tra (8.1.1, …)',
        en: 'no heading row with a unit column and survey item codes (8.1.1, …)',
    },
    surveyNotSurveyItem: { vi: 'tiêu chí {code} không chấm theo điều tra xã hội học', en: 'item {code} is not scored by the survey' },
    surveyNoUnit: { vi: 'dòng không có mã đơn vị', en: 'a row without a unit id' },
    surveyUnitTwice: { vi: 'đơn vị "{unit}" có hai dòng', en: 'unit "{unit}" has two rows' },
    surveyMissingFigure: { vi: 'thiếu kết quả {code} của đơn vị "{unit}"', en: 'no figure for {code} of unit "{unit}"' },
    surveyBadFigure: {
        vi: '"{value}" không phải kết quả hợp lệ của {code} (cần số trong {range})',
        en: '"{value}" is not a valid figure for {code} (a number within {range})',
    },
    surveyUnitMissing: { vi: 'bảng không có dòng của đơn vị "{unit}"', en: 'the table has no row for unit "{unit}"' },
    surveyApplied: { vi: '{file}: đã áp dụng kết quả điều tra của {count} đơn vị', en: '{file}: applied, survey results of {count|unit|units}' },
    duplicateUnit: {
        vi: 'đơn vị "{id}" đã có trong {other}',
        en: 'unit "{id}" is also assessed in {other}',
    },
    moreProblems: { vi: '… và {count} lỗi khác trong tệp này', en: '… and {count|more problem|more problems} in this file' },
    assessmentsInvalid: {
        vi: (p: { count: number }, fill) => fill('{count} tệp đánh giá có lỗi, chưa chấm điểm', p),
        en: (p: { count: number }, fill) =>
            fill(p.count === 1 ? '{count} assessment file has errors; nothing was scored' : '{count} assessment files have errors; nothing was scored', p),
    },
    outputIsInput: {
        vi: '{file}: tệp đầu ra trùng với một tệp đầu vào, không ghi đè',
        en: '{file}: the output is one of the inputs; refusing to overwrite it',
    },
    outputIsDirectory: { vi: '{file}: là thư mục, không phải tệp', en: '{file}: is a directory, not a file' },
    cannotWrite: { vi: '{file}: không ghi được tệp ({reason})', en: '{file}: cannot write the file ({reason})' },
    fileTooLarge: {
        vi: 'tệp quá lớn ({size} MB; tối đa {limit} MB)',
        en: 'the file is too large ({size} MB; at most {limit} MB)',
    },
    cannotRead: { vi: 'không đọc được tệp ({reason})', en: 'cannot read the file ({reason})' },
    notRegularFile: { vi: 'không phải tệp thông thường (thiết bị, ống dẫn hay socket): không đọc', en: 'not a regular file (a device, pipe or socket): not read' },
    notUtf8: { vi: 'tệp không phải văn bản UTF-8', en: 'the file is not UTF-8 text' },
    emptyFile: { vi: 'tệp rỗng', en: 'the file is empty' },
    unknownAssessmentType: {
        vi: 'không nhận dạng được loại tệp (cần .json, .yaml, .yml, .xlsx hoặc .csv)',
        en: 'unknown kind of file (expected .json, .yaml, .yml, .xlsx or .csv)',
    },
    csvUnterminatedQuote: { vi: 'ô mở dấu ngoặc kép nhưng không đóng', en: 'a quoted cell is never closed' },
    csvTextAfterQuote: { vi: 'có ký tự sau dấu ngoặc kép đóng ô', en: 'text after the closing quote of a cell' },
    csvMissingColumns: {
        vi: (p: { columns: string[]; expected: string }, fill) => fill('thiếu cột {columns}; dòng đầu phải là: {expected}', { ...p, columns: p.columns.join(', ') }),
        en: (p: { columns: string[]; expected: string }, fill) =>
            fill(p.columns.length === 1 ? 'missing column {columns}; the first line must be: {expected}' : 'missing columns {columns}; the first line must be: {expected}', {
                ...p,
                columns: p.columns.join(', '),
            }),
    },
    csvMissingRecord: { vi: 'thiếu loại dòng ở cột record', en: 'the record column is empty' },
    csvUnknownHeader: { vi: 'thông tin chung không rõ: "{value}"', en: 'unknown header field "{value}"' },
    csvUnknownRecord: {
        vi: 'loại dòng không rõ "{value}" (header, metric, item, bonus, penalty)',
        en: 'unknown record "{value}" (header, metric, item, bonus, penalty)',
    },
    xlsxNotZip: { vi: 'không phải tệp XLSX (không đọc được như tệp nén zip)', en: 'not an XLSX file (not readable as a zip archive)' },
    xlsxEncrypted: {
        vi: 'bảng tính được đặt mật khẩu: hãy lưu lại không có mật khẩu',
        en: 'the workbook is password-protected: save it again without a password',
    },
    xlsxPartTooLarge: {
        vi: 'phần {part} của bảng tính sẽ bung ra {size} (tối đa {limit})',
        en: 'the workbook part {part} would expand to {size} (limit {limit})',
    },
    xlsxPartsTooLarge: {
        vi: 'các phần cần đọc của bảng tính sẽ bung ra {size} (tối đa {limit})',
        en: 'the workbook parts to read would expand to {size} in all (limit {limit})',
    },
    xlsxPartRatio: {
        vi: 'phần {part} của bảng tính sẽ bung ra gấp {ratio} lần cỡ nén (tối đa {limit} lần)',
        en: 'the workbook part {part} would expand {ratio} times its compressed size (limit {limit} times)',
    },
    xlsxPartExceedsDeclared: {
        vi: 'phần {part} của bảng tính bung ra quá cỡ nó khai ({size}): không đọc tiếp',
        en: 'the workbook part {part} expands beyond the size it declares ({size}): not read further',
    },
    xlsxPartSizeMismatch: {
        vi: 'phần {part} của bảng tính không bung ra đúng cỡ nó khai ({size})',
        en: 'the workbook part {part} does not expand to the size it declares ({size})',
    },
    xlsxPartDamaged: { vi: 'phần {part} của bảng tính bị hỏng, không giải nén được', en: 'the workbook part {part} is damaged and cannot be decompressed' },
    xlsxDamaged: {
        vi: 'bảng tính bị hỏng, không đọc được (hãy mở và lưu lại bằng Excel)',
        en: 'the workbook is damaged and cannot be read (open it and save it again in Excel)',
    },
    xlsxNoItemSheet: {
        vi: 'không tìm thấy trang "{sheet}" do rubric template tạo (dòng mã cột code, title)',
        en: 'no "{sheet}" sheet as made by rubric template (a key row with code, title)',
    },
    cellNotANumber: { vi: '"{value}" không phải là số', en: '"{value}" is not a number' },
    cellNotADate: { vi: '"{value}" không phải ngày (dd/mm/yyyy)', en: '"{value}" is not a date (dd/mm/yyyy or yyyy-mm-dd)' },
    cellNotYesNo: { vi: '"{value}" không phải Có/Không', en: '"{value}" is not Yes/No' },
    continuationRowAnswers: {
        vi: 'dòng không có mã chỉ được ghi thêm tài liệu kiểm chứng cho tiêu chí phía trên',
        en: 'a row without a code may only add evidence to the item above it',
    },
    evidenceRowWithoutItem: {
        vi: 'tài liệu kiểm chứng không thuộc tiêu chí nào',
        en: 'evidence that belongs to no item',
    },
    evidenceWithoutTitle: { vi: 'tài liệu kiểm chứng thiếu tên', en: 'evidence without a title' },
    unknownAdjustmentKind: {
        vi: 'loại "{value}" không rõ (Thưởng hoặc Trừ)',
        en: 'unknown kind "{value}" (bonus or penalty)',
    },
    // rubric test and its test files
    testDescription: {
        vi: 'chạy các trường hợp kiểm thử (*.rubric-test.yaml) của bộ chỉ số (tệp hoặc thư mục; mặc định: thư mục hiện tại)',
        en: 'run the test cases (*.rubric-test.yaml) of rubrics (files or folders; by default the working folder)',
    },
    noTestFiles: { vi: 'không tìm thấy tệp kiểm thử nào (*.rubric-test.yaml)', en: 'no test files found (*.rubric-test.yaml)' },
    notATestFile: {
        vi: '{file}: không phải tệp kiểm thử (tên tệp phải kết thúc bằng .rubric-test.yaml)',
        en: '{file}: not a test file (its name must end in .rubric-test.yaml)',
    },
    testFileNotMapping: {
        vi: 'tệp kiểm thử phải có dạng rubric: … và cases: danh sách các trường hợp',
        en: 'a test file holds rubric: … and cases: a list of cases',
    },
    testUnknownKey: { vi: 'khóa không rõ "{key}" (các khóa được dùng: {allowed})', en: 'unknown key "{key}" (expected one of {allowed})' },
    testRubricNotText: {
        vi: 'rubric: cần đường dẫn tệp .rubric (tính từ tệp kiểm thử) hoặc mã bộ chỉ số',
        en: 'rubric: expected the path of a .rubric file (from the test file) or a rubric id',
    },
    testRubricNotFound: {
        vi: 'không có bộ chỉ số {file}; ghi rõ bằng rubric: TỆP hoặc rubric: MÃ',
        en: 'no rubric {file}; name it with rubric: FILE or rubric: ID',
    },
    testRubricIdNotFound: { vi: 'không tệp .rubric nào trong {folder} khai báo bộ chỉ số {id}', en: 'no .rubric file in {folder} declares the rubric {id}' },
    testRubricIdAmbiguous: {
        vi: 'nhiều tệp .rubric trong {folder} khai báo bộ chỉ số {id}; ghi rõ tệp bằng rubric: TỆP',
        en: 'several .rubric files in {folder} declare the rubric {id}; name the file with rubric: FILE',
    },
    testCasesMissing: { vi: 'cases: cần danh sách các trường hợp kiểm thử', en: 'cases: expected a list of test cases' },
    testCaseNotMapping: {
        vi: 'mỗi trường hợp cần name, các câu trả lời (metrics, items…) và expect',
        en: 'each case has a name, answers (metrics, items…) and expect',
    },
    testCaseNameMissing: { vi: 'trường hợp thiếu tên (name)', en: 'the case has no name' },
    testDuplicateName: { vi: 'tên "{name}" đã dùng cho trường hợp thứ {other}', en: 'the name "{name}" is already used by case {other}' },
    testAssessmentNotText: {
        vi: 'assessment: cần đường dẫn một bản đánh giá (tính từ tệp kiểm thử)',
        en: 'assessment: expected the path of an assessment (from the test file)',
    },
    testExpectMissing: { vi: 'trường hợp thiếu expect: kết quả mong đợi', en: 'the case has no expect: what the scoring must give' },
    testExpectNotMapping: {
        vi: 'expect: cần scores, total, index, grade, bonus, penalty, problems hoặc reasons',
        en: 'expect: expected scores, total, index, grade, bonus, penalty, problems or reasons',
    },
    testExpectEmpty: { vi: 'expect không nêu kết quả nào để so sánh', en: 'expect states nothing to compare' },
    testNotPoints: { vi: 'cần một số điểm (tối đa 6 chữ số thập phân)', en: 'expected points (a number with at most 6 decimals)' },
    testNotCodeMap: { vi: 'cần các cặp mã tiêu chí: giá trị', en: 'expected item codes with their values' },
    testReasonNotText: {
        vi: 'cần một đoạn văn bản mà lý do chấm điểm phải chứa',
        en: 'expected a text that the reason of the score must contain',
    },
    testGradeNotText: { vi: 'cần tên một mức xếp loại', en: 'expected the name of a grade' },
    testProblemsNotList: {
        vi: 'cần danh sách mã lỗi, ví dụ [assessment/unknown-outcome]',
        en: 'expected a list of problem codes, e.g. [assessment/unknown-outcome]',
    },
    testUnknownNode: { vi: 'bộ chỉ số không có tiêu chí "{code}"', en: 'the rubric has no item "{code}"' },
    testUnknownProblemCode: { vi: '"{code}" không phải mã lỗi ({codes})', en: '"{code}" is not a problem code ({codes})' },
    testFilesInvalid: {
        vi: (p: { count: number }, fill) => fill('{count} tệp có lỗi, chưa chạy kiểm thử', p),
        en: (p: { count: number }, fill) =>
            fill(p.count === 1 ? '{count} file has mistakes; no case was run' : '{count} files have mistakes; no case was run', p),
    },
    testSubjectScore: { vi: 'điểm {code}', en: 'score of {code}' },
    testSubjectTotal: { vi: 'tổng điểm', en: 'total' },
    testSubjectIndex: { vi: 'chỉ số', en: 'index' },
    testSubjectGrade: { vi: 'xếp loại', en: 'grade' },
    testSubjectBonus: { vi: 'điểm thưởng', en: 'bonus' },
    testSubjectPenalty: { vi: 'điểm trừ', en: 'penalty' },
    testSubjectProblems: { vi: 'lỗi của bản đánh giá', en: 'problems' },
    testSubjectReason: { vi: 'lý do điểm {code}', en: 'reason of {code}' },
    testMismatch: { vi: '{subject}: mong đợi {expected}, thực tế {actual}', en: '{subject}: expected {expected}, got {actual}' },
    testReasonMismatch: { vi: '{subject}: mong đợi có "{expected}", thực tế "{actual}"', en: '{subject}: expected it to contain "{expected}", got "{actual}"' },
    testNoProblems: { vi: 'không có lỗi', en: 'none' },
    testTotalBecause: { vi: 'các lĩnh vực {fields}; thưởng {bonus}, trừ {penalty}', en: 'fields {fields}; bonus {bonus}, penalty {penalty}' },
    testIndexBecause: { vi: 'tổng điểm {total} trên {max}', en: 'total {total} of {max}' },
    testGradeBecause: { vi: 'chỉ số {index}', en: 'index {index}' },
    testSummary: {
        vi: '{cases} trường hợp: {passed} đạt, {failed} không đạt',
        en: '{cases|case|cases}: {passed} passed, {failed} failed',
    },
    // the units' side: unit lists, templates per unit, progress, revisions
    unitsOption: {
        vi: 'danh sách đơn vị (.xlsx hoặc .csv: cột mã, tên, loại, nhóm): mỗi đơn vị một mẫu, ghi vào thư mục -o',
        en: 'a unit list (.xlsx or .csv: id, name, type, group columns): one template per unit, written to the -o folder',
    },
    forceOption: { vi: 'cho phép ghi đè tệp đã có', en: 'allow overwriting existing files' },
    unitsNeedOutput: { vi: '--units cần -o THƯ_MỤC', en: '--units needs -o FOLDER' },
    unitListType: { vi: 'danh sách đơn vị phải là tệp .xlsx hoặc .csv', en: 'a unit list must be an .xlsx or .csv file' },
    unitListNoHeadings: {
        vi: 'không tìm thấy dòng tiêu đề có cột "Mã đơn vị" và "Tên đơn vị" (hoặc id, name)',
        en: 'no heading row with an "id" and a "name" column (or "Mã đơn vị", "Tên đơn vị")',
    },
    unitListNoId: { vi: 'đơn vị "{name}" chưa có mã', en: 'unit "{name}" has no id' },
    unitListDuplicate: { vi: 'mã đơn vị "{id}" đã có ở {other}', en: 'unit id "{id}" is listed twice (also at {other})' },
    unitListOtherType: {
        vi: 'đơn vị "{id}" thuộc loại "{type}", bộ chỉ số đánh giá loại "{expected}"',
        en: 'unit "{id}" is of type "{type}"; the rubric assesses "{expected}"',
    },
    unitListEmpty: { vi: 'danh sách không có đơn vị nào', en: 'the list holds no unit' },
    outputNotAFolder: { vi: '{file}: đã có và không phải thư mục', en: '{file}: exists and is not a folder' },
    unitFileNameClash: {
        vi: 'đơn vị "{id}" và "{other}" cho cùng tên tệp {file}',
        en: 'units "{id}" and "{other}" give the same file name {file}',
    },
    templatesExist: {
        vi: '{count} tệp đã có, không ghi đè (dùng --force để ghi đè): {files}',
        en: '{count|file exists|files exist}; nothing written (--force overwrites): {files}',
    },
    statusDescription: {
        vi: 'tiến độ của đợt đánh giá: từng đơn vị đã nộp chưa, đã trả lời bao nhiêu tiêu chí, thiếu tài liệu kiểm chứng, điểm tự chấm',
        en: "the round's progress: per unit whether its file came back, items answered, evidence missing, the self-assessed total",
    },
    statusUnitsOption: { vi: 'danh sách đơn vị (.xlsx hoặc .csv) để biết đơn vị nào chưa nộp', en: 'the unit list (.xlsx or .csv), to show who has not sent a file' },
    statusTwoFiles: { vi: 'đơn vị "{id}" đã có tệp {other}', en: 'a second file for unit "{id}" (also {other})' },
    statusUnlisted: { vi: 'đơn vị "{id}" không có trong danh sách {list}', en: 'unit "{id}" is not in the unit list {list}' },
    assessmentWarning: { vi: 'cảnh báo: {message}', en: 'warning: {message}' },
    migrateDescription: {
        vi: 'chuyển các phiếu tự đánh giá sang phiên bản mới của bộ chỉ số (khớp theo mã, rồi theo tên) và liệt kê những gì cần quyết định',
        en: 'carry assessments to a revised rubric (matched by code, then by title) and list what needs a decision',
    },
    migrateFromOption: { vi: 'bộ chỉ số mà các phiếu được lập theo', en: 'the rubric the assessments were made for' },
    migrateToOption: { vi: 'bộ chỉ số mới', en: 'the revised rubric' },
    migrateOutputOption: { vi: 'thư mục ghi các phiếu đã chuyển', en: 'the folder the carried assessments go to' },
    migrateSameTarget: { vi: '{first} và {second} cùng ghi ra {file}', en: '{first} and {second} would both be written to {file}' },
    migrateDecide: { vi: 'cần quyết định', en: 'decide' },
    migrateCarried: { vi: 'đã chuyển', en: 'carried' },
    migrateMoved: { vi: '{code} nay là {now}: câu trả lời được chuyển theo', en: '{code} is now {now}: its answer follows it' },
    migrateRemoved: { vi: '{code} không còn trong bộ chỉ số: bỏ câu trả lời', en: '{code} is no longer in the rubric: its answer was dropped' },
    migrateAdded: { vi: '{code} "{title}" là mới: cần trả lời', en: '{code} "{title}" is new: it needs an answer' },
    migrateOutcomeGone: {
        vi: '{code}: phương án "{given}" không còn; nay là {now}',
        en: '{code}: outcome "{given}" no longer exists; now {now}',
    },
    migrateMethodChanged: { vi: '{code}: nay chấm theo cách khác; bỏ câu trả lời "{what}"', en: '{code}: now scored another way; the answer "{what}" was dropped' },
    migrateOverMax: { vi: '{code}: {what} {value} vượt điểm tối đa mới {max}; đã bỏ', en: '{code}: {what} {value} is above the new max of {max}; dropped' },
    migrateSurveyGone: { vi: '{code}: không còn chấm theo điều tra xã hội học; bỏ kết quả', en: '{code}: no longer scored by the survey; its result was dropped' },
    migrateNotOptional: { vi: '{code}: không còn được đánh dấu không áp dụng', en: '{code}: can no longer be marked not applicable' },
    migrateMetricGone: { vi: 'số liệu "{name}" không còn; đã bỏ', en: 'metric "{name}" no longer exists; dropped' },
    migrateMetricRenamed: { vi: 'số liệu "{name}" nay là "{now}"', en: 'metric "{name}" is now "{now}"' },
    migrateMetricType: { vi: 'số liệu "{name}" đổi kiểu; cần nhập lại', en: 'metric "{name}" changed its type; it needs a new value' },
    migrateMetricAdded: { vi: 'số liệu "{name}" là mới: cần nhập', en: 'metric "{name}" is new: it needs a value' },
    migrateAdjustmentGone: { vi: 'điểm thưởng/trừ "{key}" không còn; đã bỏ', en: 'bonus or penalty "{key}" no longer exists; dropped' },
    migrateSummary: {
        vi: 'đã chuyển {files} phiếu vào {folder}; {decisions} điểm cần quyết định',
        en: '{files|assessment|assessments} carried to {folder}; {decisions|point needs|points need} a decision',
    },
    templatesWritten: { vi: 'đã ghi {count} mẫu vào {folder}', en: 'wrote {count|template|templates} to {folder}' },
});

export type TextKey = Parameters<typeof text>[1];
