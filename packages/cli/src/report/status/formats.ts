import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { StatusWriter } from '../../contracts/status-report.js';

/** `rubric status --format …`: the round's progress; xlsx needs -o. */
export const statusFormats = {
    table: () => import('./table.js'),
    json: () => import('./json.js'),
    md: () => import('./md.js'),
    xlsx: () => import('./xlsx.js'),
} satisfies FormatRegistry<StatusWriter>;

export type StatusFormat = keyof typeof statusFormats;
