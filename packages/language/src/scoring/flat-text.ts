/**
 * The same text as one flat, contiguous string. Texts taken from a parsed rubric are often slices of the
 * whole source (V8 keeps a substring of 13 or more characters as a view into its parent), and comparing
 * such a slice with a unit's text leaves V8's fast string comparison for a runtime call — about four times
 * as slow (≈30 ns against ≈7 ns here), and scoring a real file compares every evidence title and outcome.
 * The plan holds flat copies of every text the engine compares with an assessment's. (Only speed
 * differs: the characters are the same.)
 */
export function flatText<T extends string | undefined>(text: T): T {
    // JSON.parse builds a fresh sequential string: no API promises flatness, this is the reliable route
    return (text === undefined ? text : JSON.parse(JSON.stringify(text))) as T;
}
