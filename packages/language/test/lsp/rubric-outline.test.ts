import type { DocumentSymbol } from 'vscode-languageserver';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { expectFoldings, expectSemanticToken, expectSymbols, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { services } from '../parse-helper.js';
import { sketch, vietnamese } from './lsp-fixtures.js';

/** The outline as indented lines, one symbol a line. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...outline(s.children ?? [], depth + 1)]);
}

describe('outline', () => {
    test('metrics and evidence each under one heading, then the tree as the published table, then grades (vi numbers)', async () => {
        await expectSymbols(vietnamese.Rubric)({
            text: sketch,
            assert: (symbols) =>
                expect(outline(symbols)).toEqual([
                    'R Thử',
                    '  Số liệu',
                    '    planDone',
                    '    lateDocs',
                    '  Tài liệu kiểm chứng',
                    '    planDoc',
                    '  1 Công tác chỉ đạo, điều hành CCHC (18,5)',
                    '    1.1 Kế hoạch CCHC năm (3)',
                    '      1.1.1 Ban hành kế hoạch CCHC năm (1)',
                    '      1.1.2 Mức độ thực hiện kế hoạch CCHC (2)',
                    '    1.2 Văn bản (15,5)',
                    '      1.2.1 Văn bản ban hành trễ hạn (15,5)',
                    '  2 Tác động của CCHC (81,5)',
                    '    2.1 Mức độ hài lòng (81,5)',
                    '  grades',
                    '    Tốt',
                    '    Yếu',
                ]),
            disposeAfterCheck: true,
        });
    });

    test('declarations written between the fields still come first, grouped (en); a file of shared ones too', async () => {
        const text = 'rubric R {\n  field 1 "A" max 1 { item 1.1 "B" max 1 { proportional late } }\n  metric late percent "Trễ"\n  evidence doc "Văn bản"\n}\n';
        await expectSymbols(services.Rubric)({
            text,
            assert: (symbols) => expect(outline(symbols)).toEqual(['R', '  Metrics', '    late', '  Evidence', '    doc', '  1 A (1)', '    1.1 B (1)']),
            disposeAfterCheck: true,
        });
        await expectSymbols(services.Rubric)({
            text: 'evidence doc "Văn bản"\nmetric late percent\n',
            assert: (symbols) => expect(outline(symbols)).toEqual(['Metrics', '  late', 'Evidence', '  doc']),
            disposeAfterCheck: true,
        });
    });

    test('a node’s kind is its detail; a long title is cut at a word', async () => {
        const long = 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình trên Cổng dịch vụ công quốc gia';
        await expectSymbols(services.Rubric)({
            text: `rubric R {\n  field 1 "${long}" max 2.5 { item 1.1 "B" max 2.5 { judged } }\n}`,
            assert: (symbols) => {
                const field = symbols[0].children![0];
                expect(field.detail).toBe('Field');
                expect(field.name).toBe('1 Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn… (2.5)');
                expect(field.children![0].detail).toBe('Sub-criterion');
            },
            disposeAfterCheck: true,
        });
    });
});

describe('folding', () => {
    test('every multi-line block folds: rubric, nodes, multi-line scoring blocks, grades', async () => {
        // the line of the closing brace stays visible, as VS Code folds braces
        const text = `<|rubric R {
  <|field 1 "A" max 2 {
    <|item 1.1 "B" max 2 {
      <|bands m {
        >= 90%: 2
        else: 0|>
      }|>
    }|>
  }
  <|grades {
    "Tốt" >= 80%
    "Yếu" otherwise|>
  }|>
}`;
        await expectFoldings(services.Rubric)({ text, disposeAfterCheck: true });
    });
});

describe('semantic tokens', () => {
    const text = `rubric R {
  metric <|rate|> percent
  evidence <|doc|> "D"
  field <|1|> "A" max <|2|> {
    item <|1.1|> "B" max 2 {
      <|bands|> <|rate|> { >= <|90%|>: 2  else: 0 }
      requires <|doc|>
    }
  }
}`;

    test('codes, points, percents, metrics, evidence and scoring methods each by their role', async () => {
        const tokens = await highlightHelper(services.Rubric)(text);
        const expected = [
            SemanticTokenTypes.variable, // metric declared
            SemanticTokenTypes.class, // evidence declared
            SemanticTokenTypes.namespace, // code 1
            SemanticTokenTypes.number, // max 2
            SemanticTokenTypes.namespace, // code 1.1
            SemanticTokenTypes.function, // bands
            SemanticTokenTypes.variable, // metric used
            SemanticTokenTypes.number, // 90%
            SemanticTokenTypes.class, // evidence required
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});
