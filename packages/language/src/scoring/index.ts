/**
 * The scoring engine's public surface ("@par-rubric/language/scoring"). Nothing here imports Langium:
 * it reads only the compiled rubric, so reports, the CLI's `score` and the editor's preview load fast.
 *
 *   const plan = prepareRubric(compiled);              // once per rubric
 *   const unit = scoreAssessment(plan, assessment);    // per assessment (already parsed by parseAssessment)
 *   const batch = scoreBatch(plan, assessments, previous);
 *   const json = toResultsJson(batch, 'vi');            // what `rubric score --format json` prints
 */
export * from '../compiler/compiled-schema.js';
export * from '../assessment/assessment-schema.js';
export * from '../assessment/assessment-problem.js';
export { prepareRubric } from './prepare-rubric.js';
export { PlanError } from './plan-error.js';
export type { ScoringPlan, PlanLeaf, PlanMethod } from './plan.js';
export type { PlanNode, PlanMetric, PlanGrade, PlanAdjustment, PlanEvidenceRule, PlanEffect } from './plan-types.js';
export { MethodKind } from './plan-types.js';
export { scoreAssessment } from './score-assessment.js';
export { scoreBatch, rankScores, type BatchResult, type BatchSummary, type RankedUnit, type RankOptions, type UnitFigures, type Change } from './batch.js';
export { parsePreviousResults, PreviousResultsSchema, type PreviousResults, type PreviousEntry, type PreviousParse } from './previous-results.js';
export { toResultsJson, toSummaryJson, toUnitJson, type ResultsJson, type SummaryJson, type UnitJson } from './results-json.js';
export { explainLeaf, explainDeviation } from './reasons.js';
export { evidenceOutcome, markedNotApplicable, type EvidenceOutcome } from './worklist-facts.js';
export { ProblemCodes, type ProblemCode } from './problems.js';
export { surveyFigurePoints, type SurveyMethod } from './methods/survey.js';
export type * from './results.js';
