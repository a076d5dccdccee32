import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { text } from '../../cli-text.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { displayPath } from '../../display-path.js';
import { fileSlug } from '../../layouts/council-sheet-layout.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../../report/atomic-write.js';
import { councilWorkbook } from '../../report/council/council-workbook.js';
import { explanationSheets } from '../../report/council/explanation-sheets.js';
import { loadRubricSource } from '../rubric-source.js';
import { loadUnits, planOf } from './load-units.js';
import { makeFolder } from './write-appraisal-sheets.js';

export type ExplanationSheetsRun = { rubric: string; files: string[]; output: string; root?: string[]; locale: Locale };

/** Writes one explanation workbook per unit that lost points in round 1, named after the unit's id. */
export async function writeExplanationSheets(run: ExplanationSheetsRun, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    const plan = planOf(source.rubric, run.rubric, locale);
    const units = await loadUnits(run.files, source.rubric, plan, locale, io);
    const sheets = explanationSheets(source.rubric, plan, units, locale);
    makeFolder(run.output, locale);
    for (const { unit, model } of sheets) {
        const file = path.join(run.output, `${fileSlug(unit.assessment.unit.id)}.xlsx`);
        refuseOverwritingInputs(file, [...source.files, ...run.files], locale);
        writeFileAtomically(file, await councilWorkbook(model, locale), locale);
        io.stdout.write(text(locale, 'sheetWritten', { file: displayPath(file), who: unit.assessment.unit.name, rows: model.rows.length }) + '\n');
    }
    if (sheets.length === 0) io.stdout.write(text(locale, 'nothingLost') + '\n');
    return 0;
}
