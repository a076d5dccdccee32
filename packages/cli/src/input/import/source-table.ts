import type { Locale } from '@par-rubric/language';
import type { SourceLocation } from '@par-rubric/language/assessment-input';

/**
 * Where a value of an imported table came from: a workbook cell ('Sheet1'!B37), a line and column of a
 * CSV file, or a cell of a Word table (table 1, row 5, cell 2).
 */
export type TablePlace = SourceLocation | { kind: 'table'; table: number; row: number; cell: number };

/** One non-empty cell: its text as shown, and the number a workbook stored, if it stored one. */
export type TableCell = { text: string; number?: number; place: TablePlace };

/** One row of the table; `cells[i]` is column i (0-based), undefined where the cell is empty. */
export type TableRow = { place: TablePlace; cells: (TableCell | undefined)[] };

/** A table as a reader found it, before any meaning is given to its columns; named by its sheet or number. */
export type SourceTable = { name: string; rows: TableRow[] };

export type TableSource = { bytes: Uint8Array; file: string; locale: Locale };

/** What every format module of `rubric import` exports: the file's tables in order, or an ImportInputError. */
export type TableReader = (source: TableSource) => Promise<SourceTable[]>;
