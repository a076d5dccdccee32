import type { Locale } from '@par-rubric/language';
import type { SheetCell } from '../assessment/sheet-cell.js';

/** A survey table as read: its non-empty cells row by row, and the cells that hold formulas. */
export type SurveyGrid = { readonly rows: readonly (readonly (SheetCell | undefined)[])[]; readonly formulas: readonly SheetCell[] };

/** Reads a survey table file (XLSX or CSV) into its grid; throws AssessmentInputError when it cannot. */
export type SurveyGridReader = (bytes: Uint8Array, file: string, locale: Locale) => Promise<SurveyGrid>;
