import './polyfill.js';

export * from './rubric-module.js';
export * from './decimal/fixed.js';
export * from './i18n/locale.js';
export { message } from './i18n/messages.js';
export { IssueCodes, type IssueCode } from './validation/issue-codes.js';
export * as ast from './generated/ast.js';
