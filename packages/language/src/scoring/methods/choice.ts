import type { Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import type { AnswerView } from '../answer-view.js';
import { flatText } from '../flat-text.js';
import { exactFigure } from '../plan-error.js';
import { problems } from '../problems.js';
import { givesText } from '../reason-words.js';
import { reasonText } from '../reason-text.js';
import { cachedTitleKey, titleKey } from '../title-key.js';
import { itemPath, NO_INPUT, type ScoringMethod, type RuleOutcome, type ScoringRun, type RuleLeaf, type NoInput } from './scoring-method.js';

/** One of the listed outcomes, chosen by the unit (by number or label), scores its points. */
export type ChoiceMethod = {
    readonly method: 'choice';
    readonly labels: readonly string[];
    /** Labels as compared (case and spacing ignored) to their position. */
    readonly keys: ReadonlyMap<string, number>;
    readonly points: readonly Fixed[];
    /** One shared outcome per label: choosing allocates nothing. */
    readonly outcomes: readonly RuleOutcome<ChoiceDetail>[];
};

export type ChoiceDetail = { readonly kind: 'choice'; readonly outcome: number };

export const choice: ScoringMethod<Extract<Scoring, { method: 'choice' }>, ChoiceMethod, ChoiceDetail> = {
    prepare(scoring, { code }) {
        const keys = new Map<string, number>();
        scoring.outcomes.forEach((o, i) => keys.set(flatText(titleKey(o.label)), i));
        const points = scoring.outcomes.map((o) => exactFigure(o.points, `outcome of ${code}`));
        return {
            method: 'choice',
            labels: scoring.outcomes.map((o) => flatText(o.label)),
            keys,
            points,
            outcomes: points.map((computed, outcome) => ({ computed, detail: { kind: 'choice', outcome } })),
        };
    },
    explain(method, detail, { computed, locale }) {
        return reasonText(locale, 'chose', { label: method.labels[detail.outcome], gives: givesText(computed!, locale) });
    },
};

export function scoreChoice(run: ScoringRun, leaf: RuleLeaf, method: ChoiceMethod, answer: AnswerView | undefined): ChoiceDetail | NoInput {
    const chosen = answer === undefined ? undefined : answer.choice;
    if (chosen === undefined) {
        run.out.push(problems.missingAnswer(itemPath(leaf, 'choice'), 'choice', leaf.code));
        return NO_INPUT;
    }
    const outcome = outcomeOf(method, chosen);
    if (outcome < 0) {
        const options = method.labels.map((label, i) => `${i + 1}: "${label}"`).join(', ');
        run.out.push(problems.unknownOutcome(itemPath(leaf, 'choice'), String(chosen), options));
        return NO_INPUT;
    }
    const picked = method.outcomes[outcome];
    run.computed = picked.computed;
    return picked.detail;
}

/** The outcome a label or 1-based number names, or -1 for none. */
export function outcomeOf(method: ChoiceMethod, chosen: string | number): number {
    if (typeof chosen === 'number') return chosen >= 1 && chosen <= method.points.length ? chosen - 1 : -1;
    return chosenOutcome(method, chosen);
}

/**
 * The outcome a label names: as written (a scan of the few labels beats hashing the unit's text; of two
 * equal labels the later counts), else compared case- and space-insensitively; -1 for none.
 */
function chosenOutcome(method: ChoiceMethod, label: string): number {
    const labels = method.labels;
    for (let i = labels.length - 1; i >= 0; i--) if (labels[i] === label) return i;
    return method.keys.get(cachedTitleKey(label)) ?? -1;
}
