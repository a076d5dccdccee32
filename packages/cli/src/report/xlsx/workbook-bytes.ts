import type ExcelJS from 'exceljs';
import { withFixedTimestamps } from './deterministic-zip.js';

/**
 * Document dates that depend on the input only (1 January of the rubric's year), so that the same rubric
 * always gives the same workbook.
 */
export function fixedWorkbookDates(workbook: ExcelJS.Workbook, year: number): void {
    const date = new Date(Date.UTC(year, 0, 1));
    workbook.creator = 'rubric';
    workbook.lastModifiedBy = 'rubric';
    workbook.created = date;
    workbook.modified = date;
}

/** The workbook as XLSX bytes, byte-identical for the same content. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
    const buffer = await workbook.xlsx.writeBuffer();
    return withFixedTimestamps(new Uint8Array(buffer as ArrayBuffer));
}
