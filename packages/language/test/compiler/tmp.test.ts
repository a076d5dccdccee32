import { test } from 'vitest';
import * as fs from 'node:fs';
import { prepareRubric, scoreAssessment, type Assessment, type CompiledRubric } from '../../src/scoring/index.js';
import { execFileSync } from 'node:child_process';
test('perf', async () => {
  const compiled = JSON.parse(execFileSync('node', ['packages/cli/bin/rubric.js', 'compile', 'examples/huyen-2022/huyen-2022.rubric'], { encoding: 'utf8' })) as CompiledRubric;
  const plan = prepareRubric(compiled);
  const metrics: Record<string, unknown> = {};
  for (const m of compiled.metrics) metrics[m.name] = m.type === 'percent' ? 93.2 : m.type === 'ratio' ? 0.5 : m.type === 'count' ? 2 : m.type === 'number' ? 5 : m.type === 'date' ? '2022-01-10' : m.type === 'yesno' ? true : m.options![0];
  const items: Record<string, any> = {};
  for (const leaf of plan.leaves) {
    const it: any = { self: 0, evidence: [{ title: 'x' }] };
    if (leaf.method.method === 'choice') it.choice = 1;
    if (leaf.method.method === 'yesno' && !leaf.method.condition) it.answer = true;
    if (leaf.method.method === 'survey') delete it.self;
    items[leaf.code] = it;
  }
  const survey: Record<string, number> = {};
  for (const leaf of plan.leaves) if (leaf.method.method === 'survey') survey[leaf.code] = 0;
  const a = { rubric: compiled.id, year: compiled.year, unit: { id: 'u', name: 'n', type: compiled.unitType }, metrics, items, survey } as Assessment;
  const r = scoreAssessment(plan, a);
  console.log(plan.leaves.length, r.problems.slice(0, 5), r.total);
  const n = 200000;
  let t = performance.now();
  for (let i = 0; i < n; i++) scoreAssessment(plan, a);
  t = performance.now() - t;
  console.log('per second', Math.round(n / (t / 1000)));
});
