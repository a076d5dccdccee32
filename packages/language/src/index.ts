import './polyfill.js';

export * from './rubric-module.js';
export * from './decimal/fixed.js';
export * from './i18n/locale.js';
export { invalidUtf8Position } from './workspace/invalid-utf8.js';
export { diagnosticMessage } from './i18n/messages.js';
export { dateForLocale, defineCatalogue, type Catalogue, type Fill } from './i18n/catalogue.js';
export { IssueCodes, type IssueCode } from './validation/issue-codes.js';
export { codeAnchor, referenceUrl } from './reference/reference-links.js';
export type { SectionLink } from './reference/section-links.js';
export * as ast from './generated/ast.js';
export * from './compiler/compiled-schema.js';
export { canonicalJson, contentHash } from './compiler/canonical-json.js';
export { compileDocument, compileRubric, CompileError, type CompileInput } from './compiler/compile.js';
export * from './assessment/assessment-schema.js';
export * from './assessment/assessment-problem.js';
export { formatRubricText, RubricSyntaxError } from './lsp/format-text.js';
