import { defineCatalogue } from '../../i18n/catalogue.js';

/** What the JSON and YAML readers of assessments (and of last year's results) say of a file they cannot take, in both languages. */
export const readerText = defineCatalogue({
    emptyFile: { vi: 'tệp rỗng', en: 'the file is empty' },
    tooDeep: { vi: 'lồng nhau quá sâu (tối đa {limit} cấp)', en: 'nested too deeply (at most {limit} levels)' },
    hostileKey: { vi: 'khóa không được phép: "{key}"', en: 'key not allowed: "{key}"' },
    duplicateKey: { vi: 'khóa "{key}" bị lặp lại', en: 'duplicate key "{key}"' },
    duplicateKeyPlain: { vi: 'khóa bị lặp lại', en: 'duplicate key' },
    numberOutOfRange: { vi: 'số {value} vượt quá giới hạn', en: 'the number {value} is out of range' },
    notANumber: { vi: '{value} không phải là một số hữu hạn', en: '{value} is not a finite number' },
    jsonSyntax: { vi: 'JSON không hợp lệ: {reason}', en: 'invalid JSON: {reason}' },
    jsonInvalidSymbol: { vi: 'ký hiệu không hợp lệ', en: 'invalid symbol' },
    jsonInvalidNumber: { vi: 'số viết sai', en: 'malformed number' },
    jsonPropertyNameExpected: { vi: 'thiếu tên khóa trong dấu ngoặc kép', en: 'expected a property name in double quotes' },
    jsonValueExpected: { vi: 'thiếu giá trị', en: 'expected a value' },
    jsonColonExpected: { vi: 'thiếu dấu hai chấm', en: 'expected a colon' },
    jsonCommaExpected: { vi: 'thiếu dấu phẩy', en: 'expected a comma' },
    jsonCloseBraceExpected: { vi: 'thiếu dấu }', en: 'expected }' },
    jsonCloseBracketExpected: { vi: 'thiếu dấu ]', en: 'expected ]' },
    jsonEndOfFileExpected: { vi: 'còn nội dung sau khi JSON đã kết thúc', en: 'content after the end of the JSON value' },
    jsonCommentNotAllowed: { vi: 'JSON không cho phép chú thích', en: 'comments are not allowed in JSON' },
    jsonUnterminatedString: { vi: 'chuỗi chưa đóng dấu ngoặc kép', en: 'unterminated string' },
    jsonInvalidEscape: { vi: 'ký tự thoát không hợp lệ', en: 'invalid escape sequence' },
    jsonInvalidCharacter: { vi: 'ký tự không hợp lệ trong chuỗi', en: 'invalid character in a string' },
    yamlSyntax: { vi: 'YAML không hợp lệ: {reason}', en: 'invalid YAML: {reason}' },
    yamlMultipleDocuments: { vi: 'tệp chỉ được chứa một tài liệu YAML', en: 'the file must hold a single YAML document' },
    yamlBadIndent: { vi: 'thụt lề không đúng', en: 'bad indentation' },
    yamlTabIndent: { vi: 'không được thụt lề bằng ký tự tab', en: 'tabs are not allowed for indentation' },
    yamlMissingChar: { vi: 'thiếu ký tự đóng (], } hoặc ")', en: 'a closing character (], } or ") is missing' },
    yamlUnexpectedToken: { vi: 'ký tự không mong đợi', en: 'unexpected token' },
    yamlNestedCompactMapping: { vi: 'không được lồng khóa: giá trị trên cùng một dòng', en: 'nested mappings are not allowed on one line' },
    yamlMultilineKey: { vi: 'khóa không được trải trên nhiều dòng', en: 'a key must fit on one line' },
    yamlBadEscape: { vi: 'ký tự thoát không hợp lệ trong chuỗi', en: 'invalid escape sequence in a string' },
    yamlBadAlias: { vi: 'tham chiếu (alias) không hợp lệ', en: 'invalid alias' },
    yamlKeyNotText: { vi: 'khóa phải là văn bản', en: 'a key must be text' },
    yamlTooManyValues: { vi: 'quá nhiều giá trị (tối đa {limit})', en: 'too many values (at most {limit})' },
    previousInvalid: {
        vi: 'không phải kết quả chấm điểm hợp lệ (đầu ra của rubric score --format json): {reason}',
        en: 'not valid results (the output of rubric score --format json): {reason}',
    },
});

export type ReaderTextKey = Parameters<typeof readerText>[1];
