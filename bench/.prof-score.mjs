import { compileDocument } from '@par-rubric/language';
import { parseAssessment, prepareRubric, scoreAssessment } from '@par-rubric/language/scoring';
import { RubricWorkspace } from '@par-rubric/language/workspace';
import { generateAssessments } from './generate-assessments.mjs';
import { prepareFloat, scoreFloat } from './float-scorer.mjs';
const ws = new RubricWorkspace('en');
const loaded = await ws.load(['/work/main/examples/huyen-2022/huyen-2022.rubric'], ['/work/main/examples']);
const compiled = compileDocument(loaded[0].document, ws.services.shared.workspace.LangiumDocuments);
const plan = prepareRubric(compiled); const fplan = prepareFloat(compiled);
const pool = generateAssessments(compiled, 2000, 2022).map((a) => parseAssessment(a).assessment);
for (const [name, f] of [['exact', (a) => scoreAssessment(plan, a)], ['float', (a) => scoreFloat(fplan, a)], ['exact', (a) => scoreAssessment(plan, a)], ['float', (a) => scoreFloat(fplan, a)]]) {
let t = performance.now(); let n = 0;
while (performance.now() - t < 2000) { for (let i = 0; i < 64; i++) f(pool[n++ % pool.length]); }
console.log(name, Math.round(n / ((performance.now() - t) / 1000)));
}
