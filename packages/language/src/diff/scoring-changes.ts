import type { Band, CompiledRubric, Scoring } from '../compiler/compiled-schema.js';
import { expressionSource } from './expression-source.js';
import type { BandView, DeadlineOutcome, ScoringChange } from './rubric-diff.js';

function bandView(band: Band, percent: boolean): BandView {
    return 'else' in band
        ? { operator: 'else', threshold: null, percent, label: band.label ?? null, points: band.points }
        : { operator: band.operator, threshold: band.threshold, percent, label: band.label ?? null, points: band.points };
}

function isPercent(rubric: CompiledRubric, metric: string): boolean {
    return rubric.metrics.find((m) => m.name === metric)?.type === 'percent';
}

/**
 * How one leaf's scoring rule changed, as a list of single facts: a method replaced is one fact; within
 * the same method, each outcome, band, date or figure that moved is one. Bands pair by position, the
 * order in which the rubric tries them.
 */
export function scoringChanges(before: Scoring | undefined, after: Scoring | undefined, oldRubric: CompiledRubric, newRubric: CompiledRubric): ScoringChange[] {
    if (!before || !after || before.method !== after.method) {
        return before?.method === after?.method ? [] : [{ kind: 'method', before: before?.method ?? null, after: after?.method ?? null }];
    }
    const changes: ScoringChange[] = [];
    const metric = (b: string, a: string) => {
        if (b !== a) changes.push({ kind: 'metric', before: b, after: a });
    };
    switch (before.method) {
        case 'choice': {
            const next = after as Extract<Scoring, { method: 'choice' }>;
            for (const outcome of before.outcomes) {
                const kept = next.outcomes.find((o) => o.label === outcome.label);
                if (!kept) changes.push({ kind: 'outcomeRemoved', label: outcome.label, points: outcome.points });
                else if (kept.points !== outcome.points) changes.push({ kind: 'outcomePoints', label: outcome.label, before: outcome.points, after: kept.points });
            }
            for (const outcome of next.outcomes) {
                if (!before.outcomes.some((o) => o.label === outcome.label)) changes.push({ kind: 'outcomeAdded', label: outcome.label, points: outcome.points });
            }
            break;
        }
        case 'yesno': {
            const next = after as Extract<Scoring, { method: 'yesno' }>;
            const condition = (s: typeof before) => (s.condition ? expressionSource(s.condition) : null);
            if (condition(before) !== condition(next)) changes.push({ kind: 'condition', before: condition(before), after: condition(next) });
            for (const answer of ['yes', 'no'] as const) {
                const b = before.outcomes[answer];
                const a = next.outcomes[answer];
                if (b.points !== a.points) changes.push({ kind: 'answerPoints', answer, before: b.points, after: a.points });
                if ((b.label ?? null) !== (a.label ?? null)) changes.push({ kind: 'answerLabel', answer, before: b.label ?? null, after: a.label ?? null });
            }
            break;
        }
        case 'deadline': {
            const next = after as Extract<Scoring, { method: 'deadline' }>;
            metric(before.metric, next.metric);
            if (before.due !== next.due) changes.push({ kind: 'due', before: before.due, after: next.due });
            if (before.graceDays !== next.graceDays) changes.push({ kind: 'graceDays', before: before.graceDays, after: next.graceDays });
            for (const outcome of ['onTime', 'late', 'missing'] as DeadlineOutcome[]) {
                if (before[outcome] !== next[outcome]) changes.push({ kind: 'deadlinePoints', outcome, before: before[outcome], after: next[outcome] });
            }
            break;
        }
        case 'bands': {
            const next = after as Extract<Scoring, { method: 'bands' }>;
            metric(before.metric, next.metric);
            const old = before.bands.map((band) => bandView(band, isPercent(oldRubric, before.metric)));
            const now = next.bands.map((band) => bandView(band, isPercent(newRubric, next.metric)));
            for (let i = 0; i < Math.max(old.length, now.length); i++) {
                const b = old[i];
                const a = now[i];
                if (!a) changes.push({ kind: 'bandRemoved', band: b });
                else if (!b) changes.push({ kind: 'bandAdded', band: a });
                else {
                    if (b.operator !== a.operator || b.threshold !== a.threshold) changes.push({ kind: 'bandThreshold', before: b, after: a });
                    if (b.points !== a.points) changes.push({ kind: 'bandPoints', before: b, after: a });
                }
            }
            break;
        }
        case 'proportional':
            metric(before.metric, (after as typeof before).metric);
            break;
        case 'deduct': {
            const next = after as typeof before;
            metric(before.metric, next.metric);
            if (before.amount !== next.amount) changes.push({ kind: 'deductAmount', before: before.amount, after: next.amount });
            break;
        }
        case 'judged': {
            const next = after as typeof before;
            if (before.step !== next.step) changes.push({ kind: 'judgedStep', before: before.step, after: next.step });
            break;
        }
        case 'survey': {
            const next = after as typeof before;
            if ((before.source ?? null) !== (next.source ?? null)) changes.push({ kind: 'surveySource', before: before.source ?? null, after: next.source ?? null });
            const rule = (s: typeof before): string => (s.scale === undefined ? 'points' : `${s.scale} ${s.rounding ?? 'half-up'}`);
            if (rule(before) !== rule(next)) changes.push({ kind: 'surveyRule', before: rule(before), after: rule(next) });
            break;
        }
        case 'formula': {
            const b = expressionSource(before.expression);
            const a = expressionSource((after as typeof before).expression);
            if (b !== a) changes.push({ kind: 'formula', before: b, after: a });
            break;
        }
    }
    return changes;
}
