import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import type { TablePlace } from './source-table.js';

/** 'Sheet1'!B37, "line 12, column 3", "table 1, row 5, cell 2": where a value stood, as a comment names it. */
export function placeText(place: TablePlace, locale: Locale): string {
    switch (place.kind) {
        case 'cell':
            return `'${place.sheet.replace(/'/g, "''")}'!${place.cell}`;
        case 'text':
            return text(locale, 'importTextPlace', { line: place.line, column: place.column });
        case 'table':
            return text(locale, 'importTablePlace', { table: place.table, row: place.row, cell: place.cell });
    }
}
