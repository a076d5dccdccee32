import type { LocationMap } from './source-location.js';

/** A file's content as plain data (objects, arrays, strings, numbers, booleans, null) and where each value sits. */
export type ParsedDocument = { value: unknown; locations: LocationMap };
