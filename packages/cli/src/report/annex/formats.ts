import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { RubricWriter } from '../../contracts/rubric-writer.js';

/** `rubric export --format …`: the rubric as the published annex table; xlsx and docx need -o. */
export const annexFormats = {
    md: () => import('./md.js'),
    html: () => import('./html.js'),
    xlsx: () => import('./xlsx.js'),
    csv: () => import('./csv.js'),
    docx: () => import('./docx.js'),
} satisfies FormatRegistry<RubricWriter>;
