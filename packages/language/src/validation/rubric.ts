import type { RubricFile } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import type { Reporter } from './reporter.js';

/** A file holds one rubric. */
export function fileHoldsOneRubric(file: RubricFile, report: Reporter): void {
    for (const extra of file.rubrics.slice(1)) report.error(IssueCodes.MultipleRubrics, {}, { node: extra, keyword: 'rubric' });
}
