import { RubricWorkspace } from '@par-rubric/language/workspace';
import { compileDocument, formatFixed } from '@par-rubric/language';
import { parseAssessment, prepareRubric, scoreAssessment } from '@par-rubric/language/scoring';
import * as fs from 'node:fs';
const [rubricFile, assessmentFile] = process.argv.slice(2);
const ws = new RubricWorkspace('vi');
const loaded = await ws.load([rubricFile]);
const doc = ws.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith(rubricFile.split('/').pop()));
const compiled = compileDocument(doc, ws.services.shared.workspace.LangiumDocuments);
const plan = prepareRubric(compiled);
const parsed = parseAssessment(JSON.parse(fs.readFileSync(assessmentFile, 'utf8')));
if (!parsed.ok) { console.log(parsed.problems); process.exit(1); }
const s = scoreAssessment(plan, parsed.assessment);
for (const n of plan.nodes.filter(n => n.depth <= 1)) console.log(n.depth, n.code, formatFixed(s.nodeScores[n.index], 'vi') + '/' + formatFixed(n.max, 'vi'));
console.log('total', formatFixed(s.total, 'vi'), s.grade, s.problems.map(p => p.message.en));
