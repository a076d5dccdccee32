import { ZERO, type Fixed } from '../../decimal/fixed.js';
import type { Scoring } from '../../compiler/compiled-schema.js';
import { exactFigure } from '../plan-error.js';
import { givesText, metricLabel, metricValueText } from '../reason-words.js';
import { reasonText } from '../reason-text.js';
import { missingMetric, type ScoringMethod, type ScoringRun, type NoInput } from './scoring-method.js';

/** The first band whose comparison the metric's value meets scores its points. */
export type BandsMethod = { readonly method: 'bands'; readonly metric: number; readonly bands: readonly PlanBand[] };

type PlanBand = {
    /** 0 '>=', 1 '>', 2 '=', 3 '<=', 4 '<', 5 else. */
    readonly operator: number;
    readonly symbol: '>=' | '>' | '=' | '<=' | '<' | 'else';
    readonly threshold: Fixed;
    readonly points: Fixed;
};

/** The band that matched (-1 for none) and the value it was matched on. */
export type BandsDetail = { readonly kind: 'bands'; readonly band: number; readonly value: Fixed };

const BAND_OPERATORS = { '>=': 0, '>': 1, '=': 2, '<=': 3, '<': 4 } as const;

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

export const bands: ScoringMethod<Extract<Scoring, { method: 'bands' }>, BandsMethod, BandsDetail> = {
    prepare(scoring, { code, metricIndex }) {
        return {
            method: 'bands',
            metric: metricIndex(scoring.metric),
            bands: scoring.bands.map((band) =>
                'else' in band
                    ? { operator: 5, symbol: 'else' as const, threshold: ZERO, points: exactFigure(band.points, `band of ${code}`) }
                    : {
                          operator: BAND_OPERATORS[band.operator],
                          symbol: band.operator,
                          threshold: exactFigure(band.threshold, `threshold of ${code}`),
                          points: exactFigure(band.points, `band of ${code}`),
                      },
            ),
        };
    },
    explain(method, detail, { metrics, computed, locale }) {
        const metric = metrics[method.metric];
        const value = metricValueText(metric, detail.value, locale);
        const gives = givesText(computed!, locale);
        const band = method.bands[detail.band];
        if (!band || band.symbol === 'else') return reasonText(locale, 'bands.none', { metric: metricLabel(metric), value, gives });
        const threshold = metricValueText(metric, band.threshold, locale);
        return `${metricLabel(metric)} ${value} ${SYMBOL[band.symbol]} ${threshold} ${gives}`;
    },
};

export function scoreBands(run: ScoringRun, method: BandsMethod): BandsDetail | NoInput {
    const value = run.values[method.metric];
    if (typeof value !== 'number') return missingMetric(run, method.metric);
    const list = method.bands;
    for (let i = 0; i < list.length; i++) {
        const band = list[i];
        if (matches(band.operator, value, band.threshold)) {
            run.computed = band.points;
            return { kind: 'bands', band: i, value };
        }
    }
    // bands that cover the metric's range need no else; a value outside every band scores 0
    run.computed = ZERO;
    return { kind: 'bands', band: -1, value };
}

/** 0 '>=', 1 '>', 2 '=', 3 '<=', 4 '<', 5 else. */
function matches(operator: number, value: Fixed, threshold: Fixed): boolean {
    switch (operator) {
        case 0:
            return value >= threshold;
        case 1:
            return value > threshold;
        case 2:
            return value === threshold;
        case 3:
            return value <= threshold;
        case 4:
            return value < threshold;
        default:
            return true;
    }
}
