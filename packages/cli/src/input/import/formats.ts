import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { TableReader } from './source-table.js';

/** The kinds of table `rubric import` reads, each in the file named after it. */
export const importFormats = {
    xlsx: () => import('./xlsx.js'),
    csv: () => import('./csv.js'),
    docx: () => import('./docx.js'),
} satisfies FormatRegistry<TableReader>;

export type ImportFormat = keyof typeof importFormats;

/** The file extensions of each kind. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportFormat>> = { '.xlsx': 'xlsx', '.csv': 'csv', '.docx': 'docx' };
