import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromNumber, toNumber, type Assessment, type Locale } from '@par-rubric/language';
import { surveyFigurePoints, type ScoringPlan, type SurveyMethod } from '@par-rubric/language/scoring';
import { CliError, ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import { loadFormat } from '../../contracts/format-registry.js';
import { displayPath } from '../../display-path.js';
import { AssessmentInputError, MAX_FILE_BYTES, type SourceProblem } from '@par-rubric/language/assessment-input';
import { cellNumber, type SheetCell } from '../../input/assessment/sheet-cell.js';
import { surveyTableFormats } from '../../input/survey/formats.js';
import type { SurveyGridReader } from '../../input/survey/survey-grid.js';
import type { SheetVerdict } from './apply-appraisals.js';

/** Headings that name the unit column of a survey table (compared case-insensitively). */
const UNIT_HEADINGS = new Set(['unit', 'unit id', 'mã đơn vị', 'ma don vi', 'đơn vị', 'don vi']);
const CODE = /^\d+(\.\d+)*$/;

/**
 * Reads the survey table (one row per unit, one column per survey item, under a heading row of a unit
 * column and item codes) into every unit's survey results, each figure turned into points by the rule
 * its item states. The table is applied whole or not at all: a unit or code that does not exist, an item
 * that is not a survey item, a unit twice or missing, an empty cell, text, a formula or a figure outside
 * its range is a finding at its cell.
 */
export async function applySurveyTable(file: string, assessments: Map<string, Assessment>, plan: ScoringPlan, locale: Locale): Promise<SheetVerdict> {
    const shown = displayPath(file);
    const extension = path.extname(file).toLowerCase().slice(1);
    if (!(extension in surveyTableFormats)) throw new CliError(`${shown}: ${text(locale, 'surveyTableType')}`);
    let bytes: Uint8Array;
    try {
        if (fs.statSync(file).size > MAX_FILE_BYTES) throw new CliError(`${shown}: ${text(locale, 'fileTooLarge', { size: (fs.statSync(file).size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 })}`, ExitCode.Findings);
        bytes = fs.readFileSync(file);
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`${shown}: ${text(locale, 'noSuchPath')}`);
    }
    let grid;
    try {
        grid = await (await loadFormat<SurveyGridReader>(surveyTableFormats, extension))(bytes, shown, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) return { file: shown, findings: error.problems, count: 0 };
        throw error;
    }
    const findings: SourceProblem[] = grid.formulas.map((cell) => ({ file: shown, location: cell.location, message: text(locale, 'sheetFormula') }));
    const at = (cell: SheetCell, message: string) => findings.push({ file: shown, location: cell.location, message });
    const headingRow = grid.rows.findIndex((row) => row.some((cell) => cell && UNIT_HEADINGS.has(cell.text.trim().toLowerCase())) && row.some((cell) => cell && CODE.test(cell.text.trim())));
    if (headingRow < 0) return { file: shown, findings: [{ file: shown, message: text(locale, 'surveyNoTable') }], count: 0 };
    const heading = grid.rows[headingRow];
    const unitColumn = heading.findIndex((cell) => cell && UNIT_HEADINGS.has(cell.text.trim().toLowerCase()));
    const columns: { column: number; code: string; leaf: ScoringPlan['leaves'][number] }[] = [];
    heading.forEach((cell, column) => {
        if (!cell || !CODE.test(cell.text.trim())) return;
        const code = cell.text.trim();
        const leaf = plan.leaves.find((l) => l.code === code);
        if (!leaf) at(cell, text(locale, 'sheetUnknownItem', { code }));
        else if (leaf.method.method !== 'survey') at(cell, text(locale, 'surveyNotSurveyItem', { code }));
        else columns.push({ column, code, leaf });
    });
    const results = new Map<string, Record<string, number>>();
    for (const row of grid.rows.slice(headingRow + 1)) {
        const unitCell = row[unitColumn];
        if (!unitCell) {
            const stray = row.find((cell) => cell !== undefined);
            if (stray) at(stray, text(locale, 'surveyNoUnit'));
            continue;
        }
        const unit = unitCell.text.trim();
        if (!assessments.has(unit)) {
            at(unitCell, text(locale, 'sheetUnknownUnit', { unit }));
            continue;
        }
        if (results.has(unit)) {
            at(unitCell, text(locale, 'surveyUnitTwice', { unit }));
            continue;
        }
        const points: Record<string, number> = {};
        for (const { column, code, leaf } of columns) {
            const cell = row[column];
            if (!cell) {
                at(unitCell, text(locale, 'surveyMissingFigure', { code, unit }));
                continue;
            }
            const figure = cellNumber(cell);
            const exact = figure === undefined ? undefined : fromNumber(figure);
            const method = leaf.method as SurveyMethod;
            const scored = exact === undefined ? undefined : surveyFigurePoints(method, exact, leaf.max, plan.step);
            if (scored === undefined) {
                const range = method.scale === 'percent' ? '0 – 100' : method.scale === 'ratio' ? '0 – 1' : `0 – ${toNumber(leaf.max)}`;
                at(cell, text(locale, 'surveyBadFigure', { value: cell.text, range, code }));
            } else points[code] = toNumber(scored);
        }
        results.set(unit, points);
    }
    for (const unit of assessments.keys()) {
        if (!results.has(unit) && findings.length === 0) findings.push({ file: shown, message: text(locale, 'surveyUnitMissing', { unit }) });
    }
    if (findings.length === 0) {
        for (const [unit, points] of results) {
            const assessment = assessments.get(unit)!;
            assessment.survey = { ...(assessment.survey ?? {}), ...points };
        }
    }
    return { file: shown, findings, count: results.size, kind: 'survey' };
}
