import { HUNDRED, ONE, type Fixed } from '../decimal/fixed.js';
import type { Band, Bands, Metric } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { checkMetricType, reportMetricType } from './metric.js';
import { reportedFigure } from './number.js';
import { checkPercentRange, checkRatioRange, ratioOfPercent, reportPercentExpected } from './percent.js';
import { checkOutcomePoints, leafOf } from './points.js';
import type { Reporter } from './reporter.js';

/** Bands read a measure: a percent, ratio, count or number metric. */
export function bandsReadAMeasure(bands: Bands, report: Reporter): void {
    if (leafOf(bands)) checkMetricType(bands.metric?.ref, ['percent', 'ratio', 'count', 'number'], { node: bands, property: 'metric' }, report);
}

export function bandPointsFitTheLeaf(bands: Bands, report: Reporter): void {
    const leaf = leafOf(bands);
    if (leaf) checkOutcomePoints(leaf, bands.bands.map((b) => ({ node: b, property: 'points', text: b.points })), report);
}

/**
 * Bands face one way, each can apply (no earlier band covers it, none follows else), and together they
 * cover every value. One rule over thresholds read once: each threshold's own mistake is reported once.
 */
export function bandsAreOrderedAndComplete(bands: Bands, report: Reporter): void {
    if (!leafOf(bands)) return;
    const metric = bands.metric?.ref;
    const lower = bands.bands.filter((b) => b.operator === '>' || b.operator === '>=');
    const upper = bands.bands.filter((b) => b.operator === '<' || b.operator === '<=');
    if (lower.length > 0 && upper.length > 0) {
        report.error(IssueCodes.BandsMixedDirection, {}, { node: upper[0], property: 'operator' });
    }
    const read = new Map<Band, Fixed>();
    let elseSeen = false;
    for (const band of bands.bands) {
        if (elseSeen) {
            report.error(IssueCodes.BandAfterElse, {}, { node: band });
            continue;
        }
        if (band.otherwise) {
            elseSeen = true;
            continue;
        }
        if (band.threshold === undefined) continue;
        const value = readThreshold(band, metric, report);
        if (value !== undefined) read.set(band, value);
    }
    if (lower.length === 0 || upper.length === 0) {
        const ordered = bands.bands.filter((b) => read.has(b));
        for (let i = 0; i < ordered.length; i++) {
            const shadow = ordered.slice(0, i).find((earlier) => covers(earlier, read.get(earlier)!, ordered[i], read.get(ordered[i])!));
            if (shadow) {
                report.error(
                    IssueCodes.BandUnreachable,
                    { band: describeBand(ordered[i]), previous: describeBand(shadow) },
                    { node: ordered[i] },
                );
            }
        }
        if (!elseSeen && !coversWholeRange(ordered, read, metric)) {
            report.error(IssueCodes.BandsNoElse, { metric: bands.metric?.$refText ?? '' }, { node: bands, keyword: 'bands' });
        }
    }
}

function describeBand(band: Band): string {
    return band.otherwise ? 'else' : `${band.operator} ${band.threshold}`;
}

/** The threshold in the metric's own unit: percent metrics count in percent, ratios in 0–1. */
function readThreshold(band: Band, metric: Metric | undefined, report: Reporter): Fixed | undefined {
    const text = band.threshold!;
    const where = { node: band, property: 'threshold' };
    const figure = reportedFigure(text, where, report);
    if (!figure) return undefined;
    const type = metric?.type;
    if (figure.kind === 'percent') {
        if (type === 'count' || type === 'number') {
            reportMetricType(metric!, 'percent | ratio', where, report);
            return undefined;
        }
        if (!checkPercentRange(figure.value, text, where, report)) return undefined;
        return type === 'ratio' ? ratioOfPercent(figure.value, text, metric!, where, report) : figure.value;
    }
    if (type === 'percent') {
        reportPercentExpected(text, where, report);
        return undefined;
    }
    if (type === 'ratio' && !checkRatioRange(figure.value, text, where, report)) return undefined;
    return figure.value;
}

/** Does the earlier band match every value the later one matches? (Both one-sided or equalities.) */
function covers(earlier: Band, a: Fixed, later: Band, b: Fixed): boolean {
    const e = earlier.operator;
    const l = later.operator;
    if (e === '=') return l === '=' && a === b;
    if (l === '=') {
        if (e === '>=') return b >= a;
        if (e === '>') return b > a;
        if (e === '<=') return b <= a;
        return b < a;
    }
    if (e === '>=' && (l === '>=' || l === '>')) return a <= b;
    if (e === '>' && l === '>') return a <= b;
    if (e === '>' && l === '>=') return a < b;
    if (e === '<=' && (l === '<=' || l === '<')) return a >= b;
    if (e === '<' && l === '<') return a >= b;
    if (e === '<' && l === '<=') return a > b;
    return false;
}

/** Without else, the last band must reach the end of the metric's range (0 for counts and shares, 100% up). */
function coversWholeRange(ordered: Band[], read: Map<Band, Fixed>, metric: Metric | undefined): boolean {
    const last = ordered[ordered.length - 1];
    if (!last || !metric) return false;
    const value = read.get(last)!;
    if (last.operator === '>=') return value === 0 && metric.type !== 'number';
    if (last.operator === '<=') {
        if (metric.type === 'percent') return value === HUNDRED;
        if (metric.type === 'ratio') return value === ONE;
    }
    return false;
}

