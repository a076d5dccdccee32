// The narrow entry for reading assessments with their places: no compiler, no Langium.
export * from './source-location.js';
export * from './parsed-document.js';
export * from './assessment-input-error.js';
export { readJsonDocument } from './read-json.js';
export { readYamlDocument } from './read-yaml.js';
export { checkAssessmentDocument, locateProblems, scoringProblems, type CheckedDocument } from './check-assessment.js';
export { checkPreviousResults, type PreviousResultsCheck } from './check-previous-results.js';
