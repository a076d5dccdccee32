import { describe, expect, test } from 'vitest';
import { parseAndValidate } from './parse-helper.js';

const sketch = `
rubric R "Thử" {
  unitType district
  year 2022
  total 3
  metric planDone percent "Mức độ thực hiện kế hoạch"
  field 1 "Chỉ đạo" max 3 {
    item 1.1 "Ban hành" max 1 { choice { "Có": 1  "Không": 0 } }
    item 1.2 "Thực hiện" max 2 { bands planDone { > 90%: 2  >= 70%: 1  else: 0 } }
  }
  grades { "Tốt" >= 80%  "Yếu" otherwise }
}`;

describe('parsing', () => {
    test('a small rubric parses and validates clean', async () => {
        const document = await parseAndValidate(sketch);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.diagnostics?.map((d) => d.message)).toEqual([]);
        const rubric = document.parseResult.value.rubrics[0];
        expect(rubric.name).toBe('R');
    });
});
