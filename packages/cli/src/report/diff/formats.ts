import type { DiffWriter } from '../../contracts/diff-report.js';
import type { FormatRegistry } from '../../contracts/format-registry.js';

/** `rubric diff --format …`: pretty is for the terminal, docx needs -o. Each writer loads only when asked for. */
export const diffFormats = {
    pretty: () => import('./pretty.js'),
    md: () => import('./md.js'),
    json: () => import('./json.js'),
    html: () => import('./html.js'),
    docx: () => import('./docx.js'),
} satisfies FormatRegistry<DiffWriter>;

export type DiffFormat = keyof typeof diffFormats;
