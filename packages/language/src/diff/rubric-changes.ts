import type { Adjustment, CompiledRubric, MissingEffect } from '../compiler/compiled-schema.js';
import type { AdjustmentChange, AdjustmentSide, GradeChange, HeaderChange } from './rubric-diff.js';

function effectKey(effect: MissingEffect): string {
    return effect.kind === 'cap' ? `cap ${effect.cap}` : effect.kind;
}

/** The header settings that change how units are scored or ranked; the id, title and year identify each rubric instead. */
export function headerChanges(before: CompiledRubric, after: CompiledRubric): HeaderChange[] {
    const changes: HeaderChange[] = [];
    for (const property of ['unitType', 'ties', 'basis'] as const) {
        const b = before[property] ?? null;
        const a = after[property] ?? null;
        if (b !== a) changes.push({ property, before: b, after: a });
    }
    for (const property of ['total', 'step', 'surveyShare'] as const) {
        const b = before[property] ?? null;
        const a = after[property] ?? null;
        if (b !== a) changes.push({ property, before: b, after: a });
    }
    if (effectKey(before.missingEvidence) !== effectKey(after.missingEvidence)) {
        changes.push({ property: 'missingEvidence', before: before.missingEvidence, after: after.missingEvidence });
    }
    return changes;
}

/** Grades by name: added, removed, or with another lower bound. */
export function gradeChanges(before: CompiledRubric, after: CompiledRubric): GradeChange[] {
    const changes: GradeChange[] = [];
    const next = new Map(after.grades.map((grade) => [grade.name, grade]));
    for (const grade of before.grades) {
        const kept = next.get(grade.name);
        if (!kept) changes.push({ kind: 'gradeRemoved', ...grade });
        else if (kept.min !== grade.min || kept.inclusive !== grade.inclusive) {
            changes.push({ kind: 'gradeThreshold', name: grade.name, before: { min: grade.min, inclusive: grade.inclusive }, after: { min: kept.min, inclusive: kept.inclusive } });
        }
    }
    const old = new Set(before.grades.map((grade) => grade.name));
    for (const grade of after.grades) if (!old.has(grade.name)) changes.push({ kind: 'gradeAdded', ...grade });
    return changes;
}

function sideChanges(side: AdjustmentSide, before: readonly Adjustment[], after: readonly Adjustment[]): AdjustmentChange[] {
    const changes: AdjustmentChange[] = [];
    const next = new Map(after.map((adjustment) => [adjustment.key, adjustment]));
    for (const adjustment of before) {
        const kept = next.get(adjustment.key);
        if (!kept) changes.push({ kind: 'adjustmentRemoved', side, ...adjustment });
        else if (kept.max !== adjustment.max) changes.push({ kind: 'adjustmentMax', side, key: kept.key, title: kept.title, before: adjustment.max, after: kept.max });
    }
    const old = new Set(before.map((adjustment) => adjustment.key));
    for (const adjustment of after) if (!old.has(adjustment.key)) changes.push({ kind: 'adjustmentAdded', side, ...adjustment });
    return changes;
}

/** Bonuses and penalties by key: added, removed, or with another cap. */
export function adjustmentChanges(before: CompiledRubric, after: CompiledRubric): AdjustmentChange[] {
    return [
        ...sideChanges('bonus', before.adjustments.bonuses, after.adjustments.bonuses),
        ...sideChanges('penalty', before.adjustments.penalties, after.adjustments.penalties),
    ];
}
