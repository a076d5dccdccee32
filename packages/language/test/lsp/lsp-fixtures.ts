import { EmptyFileSystem } from 'langium';
import { createRubricServices } from '../../src/rubric-module.js';

/** Services whose texts are Vietnamese (the shared test services in parse-helper.ts speak English). */
export const vietnamese = createRubricServices(EmptyFileSystem);
vietnamese.Rubric.i18n.locale = 'vi';

/** A small rubric with fields, criteria and items whose sums all add up. */
export const sketch = `rubric R "Thử" {
  unitType district
  year 2022
  total 100
  metric planDone percent "Mức độ thực hiện kế hoạch CCHC"
  metric lateDocs count "Số văn bản ban hành trễ hạn"
  evidence planDoc "Kế hoạch CCHC năm" kind decision issuer "UBND huyện" min 2
  field 1 "Công tác chỉ đạo, điều hành CCHC" max 18.5 lead "Sở Nội vụ" {
    criterion 1.1 "Kế hoạch CCHC năm" max 3 {
      item 1.1.1 "Ban hành kế hoạch CCHC năm" max 1 {
        choice { "Ban hành kịp thời": 1  "Ban hành không kịp thời": 0.5  "Không ban hành": 0 }
        requires planDoc
      }
      item 1.1.2 "Mức độ thực hiện kế hoạch CCHC" max 2 {
        bands planDone { > 90%: 2  >= 70%: 1  else: 0 }
        requires "Báo cáo CCHC năm" or explanation missing cap 1
      }
    }
    criterion 1.2 "Văn bản" max 15.5 {
      item 1.2.1 "Văn bản ban hành trễ hạn" max 15.5 { deduct 0.25 per lateDocs }
    }
  }
  field 2 "Tác động của CCHC" max 81.5 {
    item 2.1 "Mức độ hài lòng" max 81.5 { survey }
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}
`;

/** The text with `<|>` put before the first occurrence of `anchor` (offset into it by `shift`). */
export function mark(text: string, anchor: string, shift = 0): string {
    const at = text.indexOf(anchor);
    if (at < 0) throw new Error(`no "${anchor}" in the text`);
    return text.slice(0, at + shift) + '<|>' + text.slice(at + shift);
}
