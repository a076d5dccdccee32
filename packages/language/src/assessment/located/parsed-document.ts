import type { SourceProblem, ValuePath } from './source-location.js';
import type { LocationMap } from './source-location.js';

/**
 * A file's content as plain data (objects, arrays, strings, numbers, booleans, null) and where each value
 * sits. A reader that finds mistakes it can step over (a cell that is not a number) lists them in
 * `problems` and leaves the value out, its path in `setAside`: the rest of the file is still checked, so
 * that every mistake shows in one run, and the engine's complaint about the missing value is not said twice.
 */
export type ParsedDocument = { value: unknown; locations: LocationMap; problems?: SourceProblem[]; setAside?: ValuePath[] };
