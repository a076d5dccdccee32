import type { AstNode, LangiumDocuments } from 'langium';
import type { ImportPolicy } from '../workspace/import-policy.js';
import type { Reporter } from './reporter.js';

/** What a check may consult beyond its node: the other documents, for imports. */
export type CheckContext = { readonly documents: LangiumDocuments; readonly imports: ImportPolicy };

/** One rule over one kind of node; it reports what breaks the rule and nothing else. */
export type Check<T extends AstNode> = (node: T, report: Reporter, context: CheckContext) => void;
