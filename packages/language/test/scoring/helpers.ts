import { compileText } from '../compiler/fixtures.js';
import type { Assessment } from '../../src/assessment/assessment-schema.js';
import { prepareRubric } from '../../src/scoring/prepare-rubric.js';
import type { ScoringPlan } from '../../src/scoring/plan.js';
import type { LeafResult, UnitScore } from '../../src/scoring/results.js';
import { toNumber } from '../../src/decimal/fixed.js';

export async function planOf(text: string): Promise<ScoringPlan> {
    return prepareRubric(await compileText(text));
}

/** A rubric around the given fields, with the usual header and grades. */
export function rubricText(body: string, header = '', total = '100'): string {
    return `
rubric R "Thử" {
  unitType district
  year 2022
  total ${total}
${header}
${body}
  grades {
    "Tốt" >= 80%
    "Khá" >= 70%
    "Trung bình" >= 50%
    "Yếu" otherwise
  }
}`;
}

export function assessment(plan: ScoringPlan, overrides: Partial<Assessment> = {}, id = 'u1'): Assessment {
    return {
        rubric: plan.id,
        year: plan.year,
        unit: { id, name: `Đơn vị ${id}`, type: plan.unitType },
        ...overrides,
    };
}

export function leafOf(result: UnitScore, code: string): LeafResult {
    const leaf = result.leaves.find((l) => l.leaf.code === code);
    if (!leaf) throw new Error(`no leaf ${code}`);
    return leaf;
}

/** A leaf's final score as a plain number. */
export function scoreOf(result: UnitScore, code: string): number {
    return toNumber(leafOf(result, code).score);
}

export function problemCodes(result: UnitScore): string[] {
    return result.problems.map((p) => `${p.code} ${p.path.join('/')}`);
}
