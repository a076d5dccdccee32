import { fromNumber, HUNDRED, min, multiply, ONE, percentOf, roundToStep, toText, type Fixed, type Rounding } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { problems } from '../problems.js';
import { reasonText } from '../reason-text.js';
import type { ScoringMethod, ScoringRun, RuleLeaf } from './scoring-method.js';

/** The sociological survey's result for the leaf, supplied with the assessment. */
export type SurveyMethod = {
    readonly method: 'survey';
    readonly source: string | undefined;
    /** What the survey table gives: points, or a percentage or ratio of satisfied respondents. */
    readonly scale: 'points' | 'percent' | 'ratio';
    readonly rounding: Rounding;
};

export type SurveyDetail = { readonly kind: 'survey'; readonly given: boolean };

const SURVEY_GIVEN: SurveyDetail = { kind: 'survey', given: true };
const SURVEY_MISSING: SurveyDetail = { kind: 'survey', given: false };

export const survey: ScoringMethod<Extract<Scoring, { method: 'survey' }>, SurveyMethod, SurveyDetail> = {
    prepare(scoring) {
        return { method: 'survey', source: scoring.source, scale: scoring.scale ?? 'points', rounding: scoring.rounding ?? 'half-up' };
    },
    explain(_method, detail, { computed, locale }) {
        return detail.given ? reasonText(locale, 'survey.given', { points: computed! }) : reasonText(locale, 'survey.missing');
    },
};

export function scoreSurvey(run: ScoringRun, leaf: RuleLeaf): SurveyDetail {
    const results = run.survey;
    const result = results !== undefined && Object.hasOwn(results, leaf.code) ? results[leaf.code] : undefined;
    // results arrive months after the self-assessment: until then the leaf is pending, not a mistake
    if (result === undefined) return SURVEY_MISSING;
    const points = fromNumber(result);
    const step = run.step;
    if (points === undefined || points < 0 || points > leaf.max || points % step !== 0) {
        run.out.push(problems.scoreRange(['survey', leaf.code], String(result), toText(leaf.max), toText(step)));
        return SURVEY_MISSING;
    }
    run.computed = points;
    return SURVEY_GIVEN;
}

/**
 * A raw survey figure as the item's points, by the rule the rubric states: points as they are; a
 * percentage (0–100) or ratio (0–1) of satisfied respondents as that share of the max, rounded once to
 * the step. undefined when the figure lies outside its range or the points off the step.
 */
export function surveyFigurePoints(method: SurveyMethod, figure: Fixed, max: Fixed, step: Fixed): Fixed | undefined {
    if (figure < 0) return undefined;
    if (method.scale === 'points') return figure <= max && figure % step === 0 ? figure : undefined;
    const limit = method.scale === 'percent' ? HUNDRED : ONE;
    if (figure > limit) return undefined;
    const exact = method.scale === 'percent' ? percentOf(figure, max) : multiply(figure, max);
    return exact === undefined ? undefined : min(roundToStep(exact, step, method.rounding), max);
}
