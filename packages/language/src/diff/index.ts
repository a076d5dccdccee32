/**
 * Year over year ("@par-rubric/language/diff"): what changed between two compiled rubrics, and the
 * matching of their nodes that the migration of assessments reuses. Nothing here imports Langium.
 */
export * from './rubric-diff.js';
export { diffRubrics } from './diff-rubrics.js';
export { matchNodes, type NodeMatch, type NodeMatching, type PlacedNode } from './match-nodes.js';
export * from './diff-text.js';
