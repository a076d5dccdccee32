import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { AssessmentReader } from './assessment-reader.js';

/** The kinds of assessment file `rubric score` reads, each in the file named after it. */
export const assessmentFormats = {
    json: () => import('./json.js'),
    yaml: () => import('./yaml.js'),
    xlsx: () => import('./xlsx.js'),
    csv: () => import('./csv.js'),
} satisfies FormatRegistry<AssessmentReader>;

/** The file extensions of each kind, as `rubric score` takes them from a folder. */
export const ASSESSMENT_EXTENSIONS = {
    '.json': 'json',
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.xlsx': 'xlsx',
    '.csv': 'csv',
} as const satisfies Record<string, keyof typeof assessmentFormats>;
