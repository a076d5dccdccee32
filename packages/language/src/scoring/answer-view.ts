import type { ItemAnswer, SuppliedEvidence } from '../assessment/assessment-schema.js';

/**
 * One item's answer as the engine reads it. Answer objects come in as many shapes as there are
 * combinations of optional keys (66 on the district example), so reading their properties by name is a
 * slow lookup each time; one pass over the object's own keys fills this record of fixed shape instead,
 * and every later read is a plain field load. One view per node lives in the plan's scratch and is
 * overwritten by each assessment: `stamp` tells whose it is.
 */
export type AnswerView = {
    /** The scoring call that filled it; a view with an older stamp is no answer. */
    stamp: number;
    choice: ItemAnswer['choice'];
    answer: ItemAnswer['answer'];
    self: number | undefined;
    appraisal1: number | undefined;
    appraisal2: number | undefined;
    appraisal1Choice: ItemAnswer['choice'];
    appraisal2Choice: ItemAnswer['choice'];
    appraisal1From: ItemAnswer['appraisal1From'];
    appraisal2From: ItemAnswer['appraisal2From'];
    evidence: readonly SuppliedEvidence[] | undefined;
    /** The council accepted the unit's explanation (giải trình). */
    accepted: boolean;
    /** The unit's explanation, accepted, not accepted, or not yet decided. */
    explanation: ItemAnswer['explanation'];
    notApplicable: boolean;
};

export function emptyAnswerView(): AnswerView {
    return {
        stamp: 0,
        choice: undefined,
        answer: undefined,
        self: undefined,
        appraisal1: undefined,
        appraisal2: undefined,
        appraisal1Choice: undefined,
        appraisal2Choice: undefined,
        appraisal1From: undefined,
        appraisal2From: undefined,
        evidence: undefined,
        accepted: false,
        explanation: undefined,
        notApplicable: false,
    };
}

/**
 * Fills the view from the answer in one pass over its keys. A key holding `undefined` counts as absent,
 * as reading the property by name would; keys the engine does not read (notes) are skipped.
 */
export function readAnswer(answer: ItemAnswer, view: AnswerView, stamp: number): void {
    let choice: ItemAnswer['choice'];
    let given: ItemAnswer['answer'];
    let self: number | undefined;
    let appraisal1: number | undefined;
    let appraisal2: number | undefined;
    let appraisal1Choice: ItemAnswer['choice'];
    let appraisal2Choice: ItemAnswer['choice'];
    let appraisal1From: ItemAnswer['appraisal1From'];
    let appraisal2From: ItemAnswer['appraisal2From'];
    let evidence: readonly SuppliedEvidence[] | undefined;
    let accepted = false;
    let explanation: ItemAnswer['explanation'];
    let notApplicable = false;
    // for-in over an object of one shape walks its cached key list and loads each value by slot
    for (const key in answer) {
        const value = (answer as Record<string, unknown>)[key];
        switch (key) {
            case 'self':
                self = value as number | undefined;
                break;
            case 'evidence':
                evidence = value as SuppliedEvidence[] | undefined;
                break;
            case 'appraisal1':
                appraisal1 = value as number | undefined;
                break;
            case 'choice':
                choice = value as ItemAnswer['choice'];
                break;
            case 'answer':
                given = value as ItemAnswer['answer'];
                break;
            case 'appraisal2':
                appraisal2 = value as number | undefined;
                break;
            case 'appraisal1Choice':
                appraisal1Choice = value as ItemAnswer['choice'];
                break;
            case 'appraisal2Choice':
                appraisal2Choice = value as ItemAnswer['choice'];
                break;
            case 'appraisal1From':
                appraisal1From = value as ItemAnswer['appraisal1From'];
                break;
            case 'appraisal2From':
                appraisal2From = value as ItemAnswer['appraisal2From'];
                break;
            case 'explanation':
                explanation = value as ItemAnswer['explanation'];
                accepted = explanation?.accepted === true;
                break;
            case 'notApplicable':
                notApplicable = value !== undefined;
                break;
        }
    }
    view.stamp = stamp;
    view.choice = choice;
    view.answer = given;
    view.self = self;
    view.appraisal1 = appraisal1;
    view.appraisal2 = appraisal2;
    view.appraisal1Choice = appraisal1Choice;
    view.appraisal2Choice = appraisal2Choice;
    view.appraisal1From = appraisal1From;
    view.appraisal2From = appraisal2From;
    view.evidence = evidence;
    view.accepted = accepted;
    view.explanation = explanation;
    view.notApplicable = notApplicable;
}
