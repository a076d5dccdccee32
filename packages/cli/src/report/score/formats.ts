import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { ScoreWriter } from '../../contracts/score-report.js';

/** `rubric score --format …`: table is for the terminal, xlsx and docx need -o. Each writer loads only when asked for. */
export const scoreFormats = {
    table: () => import('./table.js'),
    json: () => import('./json.js'),
    csv: () => import('./csv.js'),
    md: () => import('./md.js'),
    html: () => import('./html.js'),
    xlsx: () => import('./xlsx.js'),
    docx: () => import('./docx.js'),
} satisfies FormatRegistry<ScoreWriter>;

export type ScoreFormat = keyof typeof scoreFormats;
