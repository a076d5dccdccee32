import { formatProblem, type SourceProblem } from './source-location.js';

/**
 * An assessment that cannot be used: malformed, invalid against the schema or the rubric (exit 1), or not
 * readable at all (exit 2). Carries every problem found, each printed on its own line.
 */
export class AssessmentInputError extends Error {
    constructor(
        readonly problems: SourceProblem[],
        /** The command line's exit code: 1 for content that is wrong, 2 for a file that cannot be read. */
        readonly exitCode: 1 | 2 = 1,
    ) {
        super(problems.map(formatProblem).join('\n'));
    }
}

/** Values that would reach into an object's prototype if used as keys; never meaningful in an assessment. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any assessment can be; stops a nesting bomb before it exhausts the stack. */
export const MAX_DEPTH = 64;

/** Far beyond any real assessment (a few hundred kilobytes); refuses to load anything bigger. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
