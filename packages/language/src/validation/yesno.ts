import type { YesNo } from '../generated/ast.js';
import { conditionIsYesNo } from './formula.js';
import { IssueCodes } from './issue-codes.js';
import { reportRepeatedOutcomes } from './outcome.js';
import { checkOutcomePoints, leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** A yes/no item scores both answers, once each, and its condition is a yes/no condition. */
export function yesNoScoresBothAnswers(yesNo: YesNo, report: Reporter): void {
    const leaf = leafOf(yesNo);
    if (!leaf) return;
    for (const answer of ['yes', 'no'] as const) {
        const found = yesNo.outcomes.filter((o) => o.answer === answer);
        if (found.length === 0) report.error(IssueCodes.YesNoIncomplete, { answer }, { node: yesNo, keyword: 'yesno' });
        reportRepeatedOutcomes(answer, found, 'answer', report);
    }
    if (yesNo.condition) conditionIsYesNo(yesNo.condition, report);
    checkOutcomePoints(leaf, yesNo.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}
