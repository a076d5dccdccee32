import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { RubricWriter } from '../../contracts/rubric-writer.js';

/** `rubric template --format …`: a blank assessment for units to fill in; xlsx needs -o. */
export const templateFormats = {
    xlsx: () => import('./xlsx.js'),
    csv: () => import('./csv.js'),
    json: () => import('./json.js'),
    yaml: () => import('./yaml.js'),
} satisfies FormatRegistry<RubricWriter>;
