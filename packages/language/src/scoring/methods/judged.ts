import type { Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { exactFigure } from '../plan-error.js';
import { pointsText } from '../reason-words.js';
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
        const vi = locale === 'vi';
        if (source === 'self') {
            return vi
                ? `Hội đồng chấm; chưa thẩm định, giữ điểm tự đánh giá ${pointsText(self!, locale)}`
                : `Judged by the council; not yet appraised, the self-assessed ${pointsText(self!, locale)} stands`;
        }
        if (source === 'none') return vi ? 'Hội đồng chấm; chưa có điểm: tạm tính 0 điểm' : 'Judged by the council; no score yet: 0 points for now';
        return ''; // appraised: the appraisal is the whole reason
    },
};

export function scoreJudged(): JudgedDetail {
    return JUDGED;
}
