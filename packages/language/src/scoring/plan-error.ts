import { fromNumber, type Fixed } from '../decimal/fixed.js';
/** Raised when the compiled rubric itself is inconsistent (hand-edited JSON): a rubric error, not an assessment's. */
export class PlanError extends Error {}

/** A figure of the compiled rubric, exactly; a figure no exact decimal holds is the rubric's error. */
export function exactFigure(value: number, what: string): Fixed {
    const fixed = fromNumber(value);
    if (fixed === undefined) throw new PlanError(`${what}: ${value} is not an exact decimal`);
    return fixed;
}
