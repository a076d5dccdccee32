import type { LangiumDocument } from 'langium';
import { compileDocument } from '../../src/compiler/compile.js';
import type { CompiledRubric } from '../../src/compiler/compiled-schema.js';
import type { RubricFile } from '../../src/generated/ast.js';
import { parse, services } from '../parse-helper.js';

/** A small rubric that uses every scoring method; it validates without findings. */
export const SAMPLE = `
rubric T "Thử nghiệm" {
  unitType district
  year 2022
  basis "Quyết định số 123/QĐ-UBND"
  total 20
  step 0.01
  survey 3

  metric planDone percent "Mức độ thực hiện kế hoạch"
  metric share ratio "Tỷ lệ"
  metric lateDocs count "Văn bản trễ hạn"
  metric issued date "Ngày ban hành"
  metric funded yesno "Có kinh phí"
  metric tasks yesno "Đủ nhiệm vụ"

  evidence planDoc "Kế hoạch CCHC năm" kind decision

  field 1 "Chỉ đạo" max 8 lead "Sở Nội vụ" {
    criterion 1.1 "Kế hoạch" max 4 {
      item 1.1.1 "Ban hành" max 1 {
        choice { "Kịp thời": 1  "Không kịp thời": 0.5  "Không ban hành": 0 }
        requires planDoc
      }
      item 1.1.2 "Thực hiện" max 2 { bands planDone { > 90%: 2  >= 70%: 1  else: 0 } }
      item 1.1.3 "Nhiệm vụ và kinh phí" max 1 { yesno all(tasks, funded) { yes: 1  no: 0 } }
    }
    criterion 1.2 "Thời hạn" max 4 {
      item 1.2.1 "Ban hành đúng hạn" max 1 {
        deadline issued due 2022-01-31 grace 5 days { onTime: 1  late: 0.5  missing: 0 }
      }
      item 1.2.2 "Tỷ lệ" max 1 { proportional share }
      item 1.2.3 "Trễ hạn" max 2 { deduct 0.25 per lateDocs }
    }
  }
  field 2 "Thể chế" max 9 optional "Đơn vị không có TTHC" {
    criterion 2.1 "Đánh giá" max 4 { judged step 0.5 }
    criterion 2.2 "Công thức" max 5 { formula min(5, planDone / 20) }
  }
  field 3 "Tác động" max 3 {
    criterion 3.1 "Hài lòng" max 3 { survey }
  }
  adjustments {
    bonus "Sáng kiến" max 2
    penalty discipline "Kỷ luật" max 5
  }
  grades {
    "Tốt" >= 80%
    "Khá" >= 70%
    "Trung bình" >= 50%
    "Yếu" otherwise
  }
}
`;

let counter = 0;

/** Parses and validates the given files (the first is the rubric), failing on any error finding. */
export async function compileText(main: string, imports: Record<string, string> = {}): Promise<CompiledRubric> {
    const folder = `file:///work/case${++counter}`;
    for (const [name, text] of Object.entries(imports)) await parse(text, { documentUri: `${folder}/${name}` });
    const document = (await parse(main, { documentUri: `${folder}/main.rubric`, validation: true })) as LangiumDocument<RubricFile>;
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    if (errors.length > 0 || document.parseResult.parserErrors.length > 0) {
        throw new Error('rubric has errors: ' + errors.map((e) => `${e.range.start.line + 1}: ${e.message}`).join('; '));
    }
    return compileDocument(document, services.shared.workspace.LangiumDocuments);
}
