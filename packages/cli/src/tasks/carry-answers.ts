import { fromNumber, type CompiledNode, type CompiledRubric } from '@par-rubric/language';
import { matchNodes } from '@par-rubric/language/diff';
import type { Assessment, ItemAnswer } from '@par-rubric/language/scoring';
import type { TextKey } from '../cli-text.js';

/** One thing the migration did or could not do, as a message key and its values; `decide` when a person must act. */
type CarryNote = { key: TextKey; params: Record<string, string>; decide: boolean };

export type CarriedAssessment = { assessment: Assessment; notes: CarryNote[] };

/**
 * Carries one assessment from the rubric it was made for to a revision of it: items follow their node
 * as the rubric diff matches them (by code, then by title), metrics their name or else their title;
 * whatever no longer fits (an outcome gone, a method changed, a score above the new max, a node or
 * metric removed) is dropped and noted for a person to decide, as is everything new that needs an answer.
 */
export function carryAnswers(assessment: Assessment, from: CompiledRubric, to: CompiledRubric): CarriedAssessment {
    const notes: CarryNote[] = [];
    const note = (key: TextKey, params: Record<string, string>, decide = true): void => void notes.push({ key, params, decide });
    const matching = matchNodes(from, to);
    const oldByCode = new Map<string, CompiledNode>();
    const newCodeOf = new Map<string, CompiledNode>();
    for (const { before, after } of matching.matches) {
        oldByCode.set(before.node.code, before.node);
        newCodeOf.set(before.node.code, after.node);
    }
    for (const { node } of matching.removed) oldByCode.set(node.code, node);

    const items: Record<string, ItemAnswer> = {};
    for (const [code, answer] of Object.entries(assessment.items ?? {})) {
        const target = newCodeOf.get(code);
        if (!target) {
            note('migrateRemoved', { code });
            continue;
        }
        if (target.code !== code) note('migrateMoved', { code, now: target.code }, false);
        const carried = carryItem(code, answer, oldByCode.get(code), target, note);
        if (Object.keys(carried).length > 0) items[target.code] = carried;
    }
    const survey: Record<string, number> = {};
    for (const [code, value] of Object.entries(assessment.survey ?? {})) {
        const target = newCodeOf.get(code);
        if (!target || target.scoring?.method !== 'survey') note('migrateSurveyGone', { code });
        else if (!withinMax(value, target)) note('migrateOverMax', { code: target.code, what: 'survey', value: String(value), max: String(target.max) });
        else survey[target.code] = value;
    }
    const notApplicable = (assessment.notApplicable ?? []).flatMap((code) => {
        const target = newCodeOf.get(code);
        if (target?.optional) return [target.code];
        note('migrateNotOptional', { code });
        return [];
    });
    // the topmost node of what was added: a new criterion is named once, not with each of its items
    const added = new Set(matching.added.map((placed) => placed.node));
    for (const { node, parent } of matching.added) if (!parent || !added.has(parent)) note('migrateAdded', { code: node.code, title: node.title });
    const metrics = carryMetrics(assessment.metrics ?? {}, from, to, note);
    const adjustments = (list: 'bonuses' | 'penalties') =>
        (assessment[list] ?? []).filter((claim) => {
            const known = to.adjustments[list].some((a) => a.key === claim.key);
            if (!known) note('migrateAdjustmentGone', { key: claim.key });
            return known;
        });
    const carried: Assessment = {
        rubric: to.id,
        hash: to.hash,
        year: to.year,
        unit: { ...assessment.unit, type: assessment.unit.type === from.unitType ? to.unitType : assessment.unit.type },
        metrics,
        items,
        survey,
        bonuses: adjustments('bonuses'),
        penalties: adjustments('penalties'),
        notApplicable,
    };
    return { assessment: carried, notes };
}

type Note = (key: TextKey, params: Record<string, string>, decide?: boolean) => void;

function carryItem(code: string, answer: ItemAnswer, before: CompiledNode | undefined, after: CompiledNode, note: Note): ItemAnswer {
    const carried: ItemAnswer = { ...answer };
    const scoring = after.scoring;
    if (answer.choice !== undefined) {
        delete carried.choice;
        const label = typeof answer.choice === 'number' && before?.scoring?.method === 'choice' ? before.scoring.outcomes[answer.choice - 1]?.label : String(answer.choice);
        if (scoring?.method !== 'choice') note('migrateMethodChanged', { code: after.code, what: String(label ?? answer.choice) });
        else if (label !== undefined && scoring.outcomes.some((o) => o.label === label)) carried.choice = label;
        else note('migrateOutcomeGone', { code: after.code, given: String(label ?? answer.choice), now: scoring.outcomes.map((o) => `"${o.label}"`).join(' / ') });
    }
    if (answer.answer !== undefined && !(scoring?.method === 'yesno' && !scoring.condition)) {
        delete carried.answer;
        note('migrateMethodChanged', { code: after.code, what: String(answer.answer) });
    }
    for (const key of ['self', 'appraisal1', 'appraisal2'] as const) {
        const value = answer[key];
        if (value !== undefined && !withinMax(value, after)) {
            delete carried[key];
            note('migrateOverMax', { code: after.code, what: key, value: String(value), max: String(after.max) });
        }
    }
    if (answer.notApplicable !== undefined && !after.optional) {
        delete carried.notApplicable;
        note('migrateNotOptional', { code });
    }
    return carried;
}

function withinMax(value: number, node: CompiledNode): boolean {
    const exact = fromNumber(value);
    const max = fromNumber(node.max);
    return exact !== undefined && max !== undefined && exact <= max;
}

/** Metrics keep their name, or follow a renamed metric with the same title; a changed type needs a person. */
function carryMetrics(values: Record<string, string | number | boolean>, from: CompiledRubric, to: CompiledRubric, note: Note): Record<string, string | number | boolean> {
    const carried: Record<string, string | number | boolean> = {};
    const titleOf = (title: string | undefined): string => (title ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    for (const [name, value] of Object.entries(values)) {
        const old = from.metrics.find((m) => m.name === name);
        const target = to.metrics.find((m) => m.name === name) ?? (old?.title ? to.metrics.find((m) => titleOf(m.title) === titleOf(old.title)) : undefined);
        if (!target) {
            note('migrateMetricGone', { name });
            continue;
        }
        if (target.name !== name) note('migrateMetricRenamed', { name, now: target.name }, false);
        if (old && old.type !== target.type) {
            note('migrateMetricType', { name: target.name });
            continue;
        }
        carried[target.name] = value;
    }
    for (const metric of to.metrics) {
        if (carried[metric.name] === undefined && !from.metrics.some((m) => m.name === metric.name || (m.title && titleOf(m.title) === titleOf(metric.title)))) {
            note('migrateMetricAdded', { name: metric.name });
        }
    }
    return carried;
}
