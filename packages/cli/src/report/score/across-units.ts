import { add, compare, fromNumber, percentShare, subtract, toNumber, ZERO, type Fixed } from '@par-rubric/language';
import type { CompiledRubric, PreviousResults, UnitJson } from '@par-rubric/language/scoring';

/** How many criteria the "lose the most points" list shows. */
const MOST_LOST_SHOWN = 10;

/** One unit's result in one field: the score, the unit's maximum there, the score as a percentage of it, the change on last year. */
type FieldCell = {
    code: string;
    /** Null where the field did not apply to the unit. */
    score: number | null;
    max: number;
    /** score ÷ max × 100 to two decimals (17.64 of 18.5 → 95.35); null where the field did not apply. */
    percent: number | null;
    /** score − last year's score in the field; null without last year's score there (or this year's). */
    change: number | null;
};

/**
 * Whether last year's results could give this unit a change per field: "fields" when they hold its field
 * scores, "totalOnly" when they hold its total alone (no breakdown to compare), "none" when they lack the unit.
 */
type PreviousBreakdown = 'fields' | 'totalOnly' | 'none';

type UnitAcrossFields = { id: string; name: string; fields: FieldCell[]; previous: PreviousBreakdown | null };

/** A criterion (a scored item) with the points all units lost there and how many of the units it applied to lost any. */
type LostCriterion = { code: string; title: string; max: number; lost: number; units: number; of: number };

/**
 * The batch seen across units: every unit's score in every field as a share of the field's maximum (the
 * heat map), the criteria where units lose the most points, and with last year's results the change per
 * unit and field. `previousYear` is null without last year's results.
 */
export type AcrossUnits = {
    fields: { code: string; title: string; max: number }[];
    units: UnitAcrossFields[];
    mostLost: LostCriterion[];
    previousYear: number | null;
};

type LostTally = { code: string; title: string; max: number; lost: Fixed; units: number; of: number; order: number };

/**
 * Collects the across-units view one unit at a time (a streamed report hands its units over one by one):
 * memory holds a few figures per unit and field and one tally per criterion, not the units' detail.
 */
export function collectAcrossUnits(rubric: CompiledRubric, previous: PreviousResults | undefined): { add(unit: UnitJson): void; result(): AcrossUnits } {
    const fields = rubric.nodes.map((node) => ({ code: node.code, title: node.title, max: node.max }));
    const units: UnitAcrossFields[] = [];
    const tallies = new Map<string, LostTally>();
    return {
        add(unit) {
            const before = previous?.get(unit.unit.id);
            const breakdown: PreviousBreakdown | null = previous === undefined ? null : before === undefined ? 'none' : before.fields === undefined ? 'totalOnly' : 'fields';
            units.push({
                id: unit.unit.id,
                name: unit.unit.name || unit.unit.id,
                fields: fields.map(({ code, max }) => {
                    const field = unit.fields.find((f) => f.code === code);
                    const score = field?.score ?? null;
                    const fieldMax = field?.max ?? max;
                    const exactScore = score === null ? undefined : fromNumber(score);
                    const percent = exactScore === undefined ? undefined : percentShare(exactScore, fromNumber(fieldMax)!);
                    const last = before?.fields?.get(code);
                    return {
                        code,
                        score,
                        max: fieldMax,
                        percent: percent === undefined ? null : toNumber(percent),
                        change: exactScore === undefined || last === undefined || last === null ? null : toNumber(subtract(exactScore, last)),
                    };
                }),
                previous: breakdown,
            });
            // an item still waiting for the survey or the council has lost nothing yet
            const pending = new Set(unit.pending?.items.map((i) => i.code) ?? []);
            for (const item of unit.items) {
                if (item.score === null || pending.has(item.code)) continue;
                let tally = tallies.get(item.code);
                if (!tally) tallies.set(item.code, (tally = { code: item.code, title: item.title, max: item.max, lost: ZERO, units: 0, of: 0, order: tallies.size }));
                const lost = subtract(fromNumber(item.max)!, fromNumber(item.score)!);
                tally.of++;
                if (lost > 0) {
                    tally.lost = add(tally.lost, lost);
                    tally.units++;
                }
            }
        },
        result() {
            const mostLost = [...tallies.values()]
                .filter((t) => t.lost > 0)
                .sort((a, b) => compare(b.lost, a.lost) || b.units - a.units || a.order - b.order)
                .slice(0, MOST_LOST_SHOWN)
                .map((t) => ({ code: t.code, title: t.title, max: t.max, lost: toNumber(t.lost), units: t.units, of: t.of }));
            return { fields, units, mostLost, previousYear: previous === undefined ? null : rubric.year - 1 };
        },
    };
}

/** The across-units view of units already at hand. */
export function acrossUnitsOf(rubric: CompiledRubric, units: Iterable<UnitJson>, previous: PreviousResults | undefined): AcrossUnits {
    const collector = collectAcrossUnits(rubric, previous);
    for (const unit of units) collector.add(unit);
    return collector.result();
}
