import type { Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { exactFigure } from '../plan-error.js';
import { reasonText } from '../reason-text.js';
import type { ScoringMethod } from './scoring-method.js';

/** The council judges the leaf: no rule computes it; self and appraised scores lie on its step. */
export type JudgedMethod = { readonly method: 'judged'; readonly step: Fixed };

export type JudgedDetail = { readonly kind: 'judged' };

const JUDGED: JudgedDetail = { kind: 'judged' };

export const judged: ScoringMethod<Extract<Scoring, { method: 'judged' }>, JudgedMethod, JudgedDetail> = {
    prepare(scoring, { code, step }) {
        return { method: 'judged', step: scoring.step > 0 ? exactFigure(scoring.step, `step of ${code}`) : step };
    },
    explain(_method, _detail, { source, self, locale }) {
        if (source === 'self') return reasonText(locale, 'judged.selfStands', { self: self! });
        if (source === 'none') return reasonText(locale, 'judged.none');
        return ''; // appraised: the appraisal is the whole reason
    },
};

export function scoreJudged(): JudgedDetail {
    return JUDGED;
}
