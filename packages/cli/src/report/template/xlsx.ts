import ExcelJS from 'exceljs';
import type { CompiledNode, CompiledRubric, Locale } from '@par-rubric/language';
import {
    ADJUSTMENT_COLUMNS,
    HEADER_FIELDS,
    ITEM_COLUMNS,
    METRIC_COLUMNS,
    NO_WORDS,
    SHEET_NAMES,
    unitTypeLabel,
    YES_WORDS,
    type SheetColumn,
} from '../../layouts/sheet-layout.js';
import { metricTypeName, word } from '../report-text.js';
import { describeScoring } from '../rule-text.js';
import { fixedWorkbookDates, workbookBytes } from '../xlsx/workbook-bytes.js';
import type { TemplateUnit } from '../../contracts/template-writer.js';
import { evidenceSlots, templateRows } from './template-rows.js';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7CC' } };
/** The council's cells (appraisal, acceptance of an explanation): grey, and locked while the sheet is protected. */
const COUNCIL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const SUBTOTAL_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FF1F4E79' } };
/** The unit's own columns; the council's are locked. */
const COUNCIL_KEYS = new Set(['explanationAccepted', 'appraisal1', 'appraisal2']);
const FIELD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const CRITERION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBDD7EE' } };
const KEY_FONT: Partial<ExcelJS.Font> = { size: 8, color: { argb: 'FF808080' }, italic: true };
const THIN: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
};

/**
 * The blank assessment workbook for a rubric: the assessment sheet (header block, one row per node,
 * drop-down outcomes, yellow input cells), the metrics sheet, the bonus/penalty sheet, and a hidden sheet
 * of the drop-down lists. What a unit types here is read back by the XLSX reader.
 */
export default async function xlsxTemplate(rubric: CompiledRubric, locale: Locale, unit?: TemplateUnit): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    fixedWorkbookDates(workbook, rubric.year);
    const lists = new DropDownLists(SHEET_NAMES.lists[locale]);
    const yesNoList = lists.add([YES_WORDS[locale], NO_WORDS[locale]]);
    writeItemSheet(workbook, rubric, locale, lists, yesNoList, unit);
    writeMetricSheet(workbook, rubric, locale, lists);
    writeAdjustmentSheet(workbook, rubric, locale);
    lists.write(workbook);
    // subtotals are formulas: Excel and LibreOffice compute them when the file opens and as the unit types
    workbook.calcProperties = { fullCalcOnLoad: true };
    return workbookBytes(workbook);
}

/**
 * Drop-down values live in a hidden sheet, one row per list: an inline list may not hold commas or
 * exceed 255 characters, and real outcome labels do both.
 */
class DropDownLists {
    private readonly rows: string[][] = [];

    constructor(readonly sheetName: string) {}

    /** The range a list validation refers to. */
    add(values: string[]): string {
        this.rows.push(values);
        const row = this.rows.length;
        return `'${this.sheetName}'!$A$${row}:$${columnLetter(values.length)}$${row}`;
    }

    write(workbook: ExcelJS.Workbook): void {
        const sheet = workbook.addWorksheet(this.sheetName, { state: 'hidden' });
        this.rows.forEach((values, r) => values.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
    }
}

function columnLetter(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
}

function writeItemSheet(workbook: ExcelJS.Workbook, rubric: CompiledRubric, locale: Locale, lists: DropDownLists, yesNoList: string, unit: TemplateUnit | undefined): void {
    const sheet = workbook.addWorksheet(SHEET_NAMES.items[locale], {
        pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    setColumns(sheet, ITEM_COLUMNS);
    const column = (key: string): number => ITEM_COLUMNS.findIndex((c) => c.key === key) + 1;
    sheet.mergeCells(1, 1, 1, ITEM_COLUMNS.length);
    sheet.getCell(1, 1).value = word(locale, 'templateTitle');
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(2, 1).value = rubric.title;
    sheet.getCell(2, 1).font = { bold: true };
    const values: Record<string, string | number | undefined> = {
        rubric: rubric.id,
        hash: rubric.hash,
        year: rubric.year,
        'unit.id': unit?.id,
        'unit.name': unit?.name,
        'unit.type': unitTypeLabel(unit?.type ?? rubric.unitType, locale),
        'unit.group': unit?.group,
    };
    let row = 3;
    const selfColumn = columnLetter(column('self'));
    const maxColumn = columnLetter(column('max'));
    for (const field of HEADER_FIELDS) {
        sheet.getCell(row, 2).value = field.label[locale];
        sheet.getCell(row, 2).font = { bold: true };
        const cell = sheet.getCell(row, 3);
        cell.value = values[field.key] ?? null;
        if (field.key.startsWith('unit.')) {
            cell.fill = INPUT_FILL;
            cell.protection = { locked: false };
        }
        cell.alignment = { horizontal: 'left' };
        row++;
    }
    sheet.getCell(row, 2).value = word(locale, 'templateHint');
    sheet.getCell(row, 2).font = { italic: true, color: { argb: 'FF595959' } };
    // the running total where the unit sees it without scrolling; filled in once the total row is known
    const runningTotalRow = row + 1;
    sheet.getCell(runningTotalRow, 2).value = word(locale, 'templateRunningTotal');
    sheet.getCell(runningTotalRow, 2).font = { bold: true };
    const headingRow = row + 3;
    writeHeadings(sheet, headingRow, ITEM_COLUMNS, locale);
    row = headingRow + 2;
    const rowOf = new Map<string, number>();
    const subtotals: { row: number; node: CompiledNode }[] = [];
    for (const entry of templateRows(rubric, locale)) {
        const { node } = entry;
        rowOf.set(node.code, row);
        if (!entry.leaf) subtotals.push({ row, node });
        const evidenceTitles = evidenceSlots(node, rubric);
        const cells: Record<string, ExcelJS.CellValue> = {
            code: node.code,
            title: node.title,
            max: node.max,
            method: entry.leaf ? describeScoring(node, rubric, locale) : null,
            required: evidenceTitles[0] ?? null,
        };
        for (const [key, value] of Object.entries(cells)) if (value !== null) sheet.getCell(row, column(key)).value = value;
        const fill = entry.depth === 1 ? FIELD_FILL : entry.leaf ? undefined : CRITERION_FILL;
        for (let c = 1; c <= ITEM_COLUMNS.length; c++) {
            const cell = sheet.getCell(row, c);
            cell.border = THIN;
            cell.alignment = { vertical: 'top', wrapText: true };
            if (fill) cell.fill = fill;
            if (!entry.leaf) cell.font = { bold: true };
        }
        sheet.getCell(row, column('title')).alignment = { vertical: 'top', wrapText: true, indent: entry.depth - 1 };
        const pointsRule = (max: number): ExcelJS.DataValidation => ({
            type: 'decimal',
            operator: 'between',
            allowBlank: true,
            formulae: [0, max],
            showErrorMessage: true,
            error: `0 – ${max}`,
        });
        const input = (key: string, validation?: ExcelJS.DataValidation): void => {
            const cell = sheet.getCell(row, column(key));
            const council = COUNCIL_KEYS.has(key);
            cell.fill = council ? COUNCIL_FILL : INPUT_FILL;
            if (!council) cell.protection = { locked: false };
            if (validation) cell.dataValidation = validation;
        };
        if (entry.leaf) {
            const outcomes = entry.options ? lists.add(entry.options) : undefined;
            if (outcomes) input('choice', { type: 'list', allowBlank: true, formulae: [outcomes], showErrorMessage: true });
            if (entry.selfScored) input('self', pointsRule(node.max));
            if (entry.survey) input('survey', pointsRule(node.max));
            for (const key of ['evidenceTitle', 'evidenceNumber', 'evidenceLink', 'evidenceSection', 'explanation', 'notes']) input(key);
            input('evidenceDate', dateRule(locale));
            sheet.getCell(row, column('evidenceDate')).numFmt = 'dd/mm/yyyy';
            input('explanationAccepted', { type: 'list', allowBlank: true, formulae: [yesNoList] });
            // a choice item is appraised by choosing one of its outcomes, never a score between them
            const appraisalRule: ExcelJS.DataValidation =
                outcomes && node.scoring?.method === 'choice' ? { type: 'list', allowBlank: true, formulae: [outcomes], showErrorMessage: true } : pointsRule(node.max);
            input('appraisal1', appraisalRule);
            input('appraisal2', appraisalRule);
        }
        if (node.optional) input('notApplicable', { type: 'list', allowBlank: true, formulae: [yesNoList] });
        row++;
        // a further required document gets its own evidence row under the leaf
        for (const title of evidenceTitles.slice(1)) {
            sheet.getCell(row, column('required')).value = title;
            for (let c = 1; c <= ITEM_COLUMNS.length; c++) {
                const cell = sheet.getCell(row, c);
                cell.border = THIN;
                cell.alignment = { vertical: 'top', wrapText: true };
            }
            for (const key of ['evidenceTitle', 'evidenceNumber', 'evidenceLink', 'evidenceSection']) input(key);
            input('evidenceDate', dateRule(locale));
            sheet.getCell(row, column('evidenceDate')).numFmt = 'dd/mm/yyyy';
            row++;
        }
    }
    // each field's and criterion's self-assessed subtotal: its children's, held to its max as scoring does
    for (const { row: at, node } of subtotals) {
        const parts = node.children!.map((child) => `${selfColumn}${rowOf.get(child.code)}`);
        const cell = sheet.getCell(at, column('self'));
        cell.value = { formula: `MIN(${maxColumn}${at},SUM(${parts.join(',')}))`, date1904: false };
        cell.font = SUBTOTAL_FONT;
    }
    const totalRow = row;
    sheet.getCell(totalRow, column('title')).value = word(locale, 'templateTotal');
    sheet.getCell(totalRow, column('max')).value = rubric.total;
    const fieldCells = rubric.nodes.map((field) => `${selfColumn}${rowOf.get(field.code)}`).join(',');
    sheet.getCell(totalRow, column('self')).value = { formula: `SUM(${fieldCells})`, date1904: false };
    for (let c = 1; c <= ITEM_COLUMNS.length; c++) {
        const cell = sheet.getCell(totalRow, c);
        cell.border = THIN;
        cell.font = { bold: true };
        cell.fill = FIELD_FILL;
    }
    sheet.getCell(totalRow, column('self')).font = SUBTOTAL_FONT;
    const running = sheet.getCell(runningTotalRow, 3);
    running.value = { formula: `${selfColumn}${totalRow}`, date1904: false };
    running.font = SUBTOTAL_FONT;
    running.alignment = { horizontal: 'left' };
    sheet.getCell(runningTotalRow, 4).value = { formula: `"/ "&${maxColumn}${totalRow}`, date1904: false };
    // the unit types only in its own cells; the council unprotects the sheet (no password) to appraise
    void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: headingRow + 1 }];
}

function writeMetricSheet(workbook: ExcelJS.Workbook, rubric: CompiledRubric, locale: Locale, lists: DropDownLists): void {
    const sheet = workbook.addWorksheet(SHEET_NAMES.metrics[locale]);
    setColumns(sheet, METRIC_COLUMNS);
    sheet.getCell(1, 1).value = word(locale, 'metricsTitle');
    sheet.getCell(1, 1).font = { bold: true, size: 13 };
    writeHeadings(sheet, 3, METRIC_COLUMNS, locale);
    let row = 5;
    for (const metric of rubric.metrics) {
        const options = metric.type === 'oneOf' ? (metric.options ?? []) : metric.type === 'yesno' ? [YES_WORDS[locale], NO_WORDS[locale]] : [];
        const values: ExcelJS.CellValue[] = [metric.name, metric.title ?? '', metricTypeName(metric.type, locale), null, options.join('; ')];
        values.forEach((value, i) => {
            const cell = sheet.getCell(row, i + 1);
            if (value !== null && value !== '') cell.value = value;
            cell.border = THIN;
            cell.alignment = { vertical: 'top', wrapText: true };
        });
        const cell = sheet.getCell(row, 4);
        cell.fill = INPUT_FILL;
        if (options.length > 0) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [lists.add(options)], showErrorMessage: true };
        else if (metric.type === 'percent') cell.dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true };
        else if (metric.type === 'ratio') cell.dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 1], showErrorMessage: true };
        else if (metric.type === 'count') cell.dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true };
        if (metric.type === 'date') {
            cell.numFmt = 'dd/mm/yyyy';
            cell.dataValidation = dateRule(locale);
        }
        row++;
    }
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
}

function writeAdjustmentSheet(workbook: ExcelJS.Workbook, rubric: CompiledRubric, locale: Locale): void {
    const sheet = workbook.addWorksheet(SHEET_NAMES.adjustments[locale]);
    setColumns(sheet, ADJUSTMENT_COLUMNS);
    sheet.getCell(1, 1).value = word(locale, 'adjustmentsTitle');
    sheet.getCell(1, 1).font = { bold: true, size: 13 };
    writeHeadings(sheet, 3, ADJUSTMENT_COLUMNS, locale);
    let row = 5;
    const entries = [
        ...rubric.adjustments.bonuses.map((a) => ({ kind: word(locale, 'bonus'), ...a })),
        ...rubric.adjustments.penalties.map((a) => ({ kind: word(locale, 'penalty'), ...a })),
    ];
    for (const entry of entries) {
        [entry.kind, entry.key, entry.title, entry.max].forEach((value, i) => (sheet.getCell(row, i + 1).value = value));
        for (let c = 1; c <= ADJUSTMENT_COLUMNS.length; c++) {
            sheet.getCell(row, c).border = THIN;
            sheet.getCell(row, c).alignment = { vertical: 'top', wrapText: true };
        }
        sheet.getCell(row, 5).fill = INPUT_FILL;
        sheet.getCell(row, 5).dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, entry.max], showErrorMessage: true };
        sheet.getCell(row, 6).fill = INPUT_FILL;
        row++;
    }
}

/** A date cell takes a calendar date only; dates are typed dd/mm/yyyy. */
function dateRule(locale: Locale): ExcelJS.DataValidation {
    return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        showErrorMessage: true,
        error: word(locale, 'templateDateError'),
    };
}

function setColumns(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn[]): void {
    sheet.columns = columns.map((c) => ({ width: c.width }));
}

/** The headings in the chosen language, and under them the key row the readers find columns by. */
function writeHeadings(sheet: ExcelJS.Worksheet, row: number, columns: readonly SheetColumn[], locale: Locale): void {
    columns.forEach((c, i) => {
        const heading = sheet.getCell(row, i + 1);
        heading.value = c.label[locale];
        heading.font = { bold: true };
        heading.fill = HEADING_FILL;
        heading.border = THIN;
        heading.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        const key = sheet.getCell(row + 1, i + 1);
        key.value = c.key;
        key.font = KEY_FONT;
        key.alignment = { horizontal: 'center' };
    });
    sheet.getRow(row).height = 45;
}
