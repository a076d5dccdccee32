import type { YesNo } from '../generated/ast.js';
import { conditionIsYesNo } from './formula.js';
import { IssueCodes } from './issue-codes.js';
import { reportRepeatedOutcomes } from './outcome.js';
import { checkOutcomePoints, leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** A yes/no item scores both answers, once each. */
export function yesNoScoresBothAnswers(yesNo: YesNo, report: Reporter): void {
    if (!leafOf(yesNo)) return;
    for (const answer of ['yes', 'no'] as const) {
        const found = yesNo.outcomes.filter((o) => o.answer === answer);
        if (found.length === 0) report.error(IssueCodes.YesNoIncomplete, { answer }, { node: yesNo, keyword: 'yesno' });
        reportRepeatedOutcomes(answer, found, 'answer', report);
    }
}

/** A yes/no item's condition, when it has one, is a yes/no condition. */
export function yesNoConditionIsYesNo(yesNo: YesNo, report: Reporter): void {
    if (leafOf(yesNo) && yesNo.condition) conditionIsYesNo(yesNo.condition, report);
}

export function yesNoPointsFitTheLeaf(yesNo: YesNo, report: Reporter): void {
    const leaf = leafOf(yesNo);
    if (leaf) checkOutcomePoints(leaf, yesNo.outcomes.map((o) => ({ node: o, property: 'points', text: o.points })), report);
}
