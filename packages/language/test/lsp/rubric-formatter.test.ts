import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectFormatting } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatRubricText, RubricSyntaxError } from '../../src/lsp/format-text.js';
import { services } from '../parse-helper.js';

const format = expectFormatting(services.Rubric);

/** A rubric using every construct, written as untidily as the grammar allows. */
const messy = `// Bộ chỉ số thử
import   "common.rubric"
rubric X "Bộ chỉ số" {
unitType district
   year 2022
  total    100
  // số liệu
  metric a percent "A"
  metric level oneOf( "Tốt" ,"Khá" ) "Mức"


  evidence planDoc "Kế hoạch" kind decision
      issuer "UBND" min 2
  field 1 "F" max 18.5 lead "Sở Nội vụ" {
    criterion 1.1 "C"   max 3 {
    item 1.1.1 "I" max 1 {
        choice {   "A": 1   "B":0.5 "C" : 0 }
        requires planDoc,yearReport or explanation missing cap 0.5
      }
      item 1.1.2 "J" max 2 {
        bands a {
        > 90%: 2 // cao nhất
          >= 70% : 1
        else: 0
        }
      }
      item 1.1.3 "K" max 1 { formula min( a,2 )*(a+1) - -a }
      item 1.1.4 "L" max 1 { yesno a >= 3 and not b { yes: 1 no "Không":0 } }
      item 1.1.5 "M" max 1 {
        deadline d due 2022-03-01 grace 5 days { onTime: 1 late: 0.5 missing: 0 }
      }
      item 1.1.6 "N" max 1 {   deduct 0.25 per lateDocs }
      item 1.1.7 "O" max 1 optional "Không có TTHC" { judged step 0.25 }
    }
  }
  field 8 "Tác động" max 7 {
    item 8.1 "Hài lòng" max 7 { survey "SIPAS" }
  }
  adjustments { bonus "Sáng kiến" max 2
  penalty x "Vi phạm" max 5 }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}`;

const tidy = `// Bộ chỉ số thử
import "common.rubric"
rubric X "Bộ chỉ số" {
  unitType district
  year 2022
  total 100
  // số liệu
  metric a percent "A"
  metric level oneOf ("Tốt", "Khá") "Mức"

  evidence planDoc "Kế hoạch" kind decision
    issuer "UBND" min 2
  field 1 "F" max 18.5 lead "Sở Nội vụ" {
    criterion 1.1 "C" max 3 {
      item 1.1.1 "I" max 1 {
        choice { "A": 1  "B": 0.5  "C": 0 }
        requires planDoc, yearReport or explanation missing cap 0.5
      }
      item 1.1.2 "J" max 2 {
        bands a {
          > 90%: 2 // cao nhất
          >= 70%: 1
          else: 0
        }
      }
      item 1.1.3 "K" max 1 { formula min(a, 2) * (a + 1) - -a }
      item 1.1.4 "L" max 1 { yesno a >= 3 and not b { yes: 1  no "Không": 0 } }
      item 1.1.5 "M" max 1 {
        deadline d due 2022-03-01 grace 5 days { onTime: 1  late: 0.5  missing: 0 }
      }
      item 1.1.6 "N" max 1 { deduct 0.25 per lateDocs }
      item 1.1.7 "O" max 1 optional "Không có TTHC" { judged step 0.25 }
    }
  }
  field 8 "Tác động" max 7 {
    item 8.1 "Hài lòng" max 7 { survey "SIPAS" }
  }
  adjustments {
    bonus "Sáng kiến" max 2
    penalty x "Vi phạm" max 5
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}
`;

describe('formatter', () => {
    test('lays out every construct canonically, in the editor and as a plain function', async () => {
        // the editor's own tab size (4 here) does not change the canonical two spaces
        await format({ before: messy, after: tidy, disposeAfterCheck: true });
        expect(await formatRubricText(messy)).toBe(tidy);
    });

    test('a node body over several lines gets one member a line; blank lines after { and before } go', async () => {
        const before = 'rubric R {\n\n  field 1 "A" max 1 { item 1.1 "B" max 1 { choice { "x": 1  "y": 0 } requires doc }\n\n  }\n}\n';
        const after =
            'rubric R {\n  field 1 "A" max 1 {\n    item 1.1 "B" max 1 {\n      choice { "x": 1  "y": 0 }\n      requires doc\n    }\n  }\n}\n';
        expect(await formatRubricText(before)).toBe(after);
    });

    test('comments stay, re-indented with their line; a trailing comment keeps its place', async () => {
        const before = [
            '/* đầu tệp */',
            'rubric R {',
            '        // về tổng điểm',
            'total 100 // tổng   ',
            '  field 1 "A" max 1 {',
            '      /* khối',
            '         nhiều dòng */',
            '  item 1.1 "B" max 1 { survey }',
            '  }',
            '}',
        ].join('\n');
        const after = [
            '/* đầu tệp */',
            'rubric R {',
            '  // về tổng điểm',
            '  total 100 // tổng',
            '  field 1 "A" max 1 {',
            '    /* khối',
            '       nhiều dòng */',
            '    item 1.1 "B" max 1 { survey }',
            '  }',
            '}',
            '',
        ].join('\n');
        expect(await formatRubricText(before)).toBe(after);
    });

    test('shared definitions at the top level start at column 0, one blank line at most between them', async () => {
        const before = '\n\n  metric a percent "A"\n\n\n\n    evidence b "B"   kind report\nmetric c count';
        expect(await formatRubricText(before)).toBe('metric a percent "A"\n\nevidence b "B" kind report\nmetric c count\n');
    });

    test('a file with a syntax error is refused with its line and column', async () => {
        const error = await formatRubricText('rubric R {\n  field 1 "A" max 1 {\n    item 1.1 "B" max { survey }\n  }\n}\n').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RubricSyntaxError);
        expect((error as RubricSyntaxError).line).toBe(3);
        expect((error as RubricSyntaxError).reason).toMatch(/syntax error/i);
    });

    test('a string without its closing quote is refused: moving the next token onto its line would swallow it', async () => {
        const error = await formatRubricText('rubric R {\n  field 1 "A max 1\n}\n').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RubricSyntaxError);
        expect((error as RubricSyntaxError).line).toBe(2);
        expect((error as RubricSyntaxError).column).toBe(11);
    });

    test('the reason follows the requested language', async () => {
        const error = await formatRubricText('rubric R {\n  field 1 "A max 1\n}\n', undefined, 'vi').catch((e: unknown) => e);
        expect((error as RubricSyntaxError).reason).toMatch(/thiếu dấu nháy kép/);
    });
});

/** The text between tokens (not the line break ending a line comment): where the fuzzer may put other whitespace or a comment. */
function gapsOf(text: string): Array<[number, number]> {
    const gaps: Array<[number, number]> = [];
    const tokens = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|\s+|[^\s"/]+|\//g;
    let previous = '';
    for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
        if (/^\s+$/.test(match[0]) && !previous.startsWith('//')) gaps.push([match.index, match.index + match[0].length]);
        previous = match[0];
    }
    return gaps;
}

function replaceGaps(text: string, gaps: Array<[number, number]>, replacements: Map<number, string>): string {
    let result = '';
    let at = 0;
    gaps.forEach(([start, end], index) => {
        result += text.slice(at, start) + (replacements.get(index) ?? text.slice(start, end));
        at = end;
    });
    return result + text.slice(at);
}

const withoutWhitespace = (text: string): string => text.replace(/\s+/g, '');

describe('formatter properties', () => {
    const gaps = gapsOf(tidy);
    const gapText = fc.constantFrom(' ', '   ', '\n', '\n\n\n', '\n      ', '\t', ' /* c */ ', ' // c\n', '\n// c\n');
    const mutation = fc.array(fc.tuple(fc.nat(gaps.length - 1), gapText), { maxLength: 12 });

    test('formatting is idempotent and changes nothing but whitespace, wherever comments and breaks fall', async () => {
        await fc.assert(
            fc.asyncProperty(mutation, async (changes) => {
                const input = replaceGaps(tidy, gaps, new Map(changes));
                const once = await formatRubricText(input);
                expect(await formatRubricText(once)).toBe(once);
                expect(withoutWhitespace(once)).toBe(withoutWhitespace(input));
            }),
            { numRuns: 200 },
        );
    });

    test('spaces within a line never matter: any amount gives the canonical text', async () => {
        const horizontal = fc.array(fc.tuple(fc.nat(gaps.length - 1), fc.constantFrom(' ', '  ', '    ', '\t')), { maxLength: 20 });
        await fc.assert(
            fc.asyncProperty(horizontal, async (changes) => {
                const sameLine = changes.filter(([index]) => !tidy.slice(...gaps[index]).includes('\n'));
                const input = replaceGaps(tidy, gaps, new Map(sameLine));
                expect(await formatRubricText(input)).toBe(tidy);
            }),
            { numRuns: 100 },
        );
    });
});

const examplesFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples');

function rubricFiles(folder: string): string[] {
    if (!fs.existsSync(folder)) return [];
    return fs
        .readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.rubric'))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
}

describe('formatter on the examples', () => {
    const files = rubricFiles(examplesFolder);
    test.skipIf(files.length === 0)('every example formats idempotently, keeping its tokens and comments', async () => {
        for (const file of files) {
            const text = fs.readFileSync(file, 'utf8');
            const once = await formatRubricText(text, undefined);
            expect(await formatRubricText(once), file).toBe(once);
            expect(withoutWhitespace(once), file).toBe(withoutWhitespace(text));
        }
    });
});
