import type { FindingWriter } from '../../contracts/finding-report.js';
import type { FormatRegistry } from '../../contracts/format-registry.js';

/** `rubric check --format …`: one writer per format, in the file named after it. */
export const findingFormats = {
    pretty: () => import('./pretty.js'),
    json: () => import('./json.js'),
    github: () => import('./github.js'),
    sarif: () => import('./sarif.js'),
    junit: () => import('./junit.js'),
} satisfies FormatRegistry<FindingWriter>;

export type FindingFormat = keyof typeof findingFormats;
