import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { TemplateWriter } from '../../contracts/template-writer.js';

/** `rubric template --format …`: a blank assessment for units to fill in; xlsx needs -o.
 * Each writer may pre-fill the header for one unit. */
export const templateFormats = {
    xlsx: () => import('./xlsx.js'),
    csv: () => import('./csv.js'),
    json: () => import('./json.js'),
    yaml: () => import('./yaml.js'),
} satisfies FormatRegistry<TemplateWriter>;

export type TemplateFormat = keyof typeof templateFormats;
