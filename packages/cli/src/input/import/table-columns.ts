import type { SourceTable } from './source-table.js';
import { plainWords } from './tidy-text.js';

/** The columns an import reads; every other column (self score, appraisal, evidence, notes) is ignored. */
type ColumnRole = 'code' | 'title' | 'max' | 'rule';
export type Columns = Partial<Record<ColumnRole, number>> & { code: number; title: number };

/** Where the table's body starts (the row after its headings) and which column holds what. */
export type TableLayout = { firstRow: number; columns: Columns };

/** How far down a sheet the headings may sit: below a title, a unit line and a blank row or two. */
const HEADING_SEARCH = 30;

/** Heading words, without diacritics, in the order a heading is tested: "Điểm tối đa" is a max, not a title. */
const HEADINGS: [ColumnRole, RegExp][] = [
    ['rule', /cach cham|cach tinh|huong dan cham|phuong phap cham|thang diem|scoring|rule/],
    ['max', /toi da|diem chuan|max/],
    ['code', /^(stt|tt|so tt|so thu tu|ma|ma so|ky hieu|no\.?|number|code|#)$/],
    ['title', /linh vuc|tieu chi|noi dung|chi so|content|field|criteri|title/],
];

/** The first row within the search whose headings name a code, a title and a max column. */
export function findLayout(table: SourceTable): TableLayout | undefined {
    const last = Math.min(table.rows.length, HEADING_SEARCH);
    for (let index = 0; index < last; index++) {
        const columns: Partial<Record<ColumnRole, number>> = {};
        table.rows[index].cells.forEach((cell, column) => {
            if (!cell) return;
            const words = plainWords(cell.text).replace(/\s+/g, ' ').trim();
            const role = HEADINGS.find(([, pattern]) => pattern.test(words))?.[0];
            if (role && columns[role] === undefined) columns[role] = column;
        });
        if (columns.code !== undefined && columns.title !== undefined && columns.max !== undefined) {
            return { firstRow: index + 1, columns: columns as Columns };
        }
    }
    return undefined;
}

/**
 * `--columns code=A,title=B,max=C,rule=D`: the columns of a table whose headings are not recognised, by
 * letter or 1-based number. Undefined when the text is not such a list or lacks code or title.
 */
export function parseColumnMapping(value: string): Columns | undefined {
    const columns: Partial<Record<ColumnRole, number>> = {};
    for (const part of value.split(',')) {
        const match = /^\s*(code|title|max|rule)\s*=\s*([A-Za-z]{1,3}|\d{1,4})\s*$/.exec(part);
        if (!match) return undefined;
        columns[match[1] as ColumnRole] = columnIndex(match[2]);
    }
    return columns.code !== undefined && columns.title !== undefined ? (columns as Columns) : undefined;
}

function columnIndex(name: string): number {
    if (/^\d+$/.test(name)) return Number(name) - 1;
    let index = 0;
    for (const letter of name.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
    return index - 1;
}
