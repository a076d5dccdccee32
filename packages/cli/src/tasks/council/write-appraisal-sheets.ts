import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { displayPath } from '../../display-path.js';
import { fileSlug } from '../../layouts/council-sheet-layout.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../../report/atomic-write.js';
import { appraisalSheets } from '../../report/council/appraisal-sheets.js';
import { councilWorkbook } from '../../report/council/council-workbook.js';
import { loadRubricSource } from '../rubric-source.js';
import { loadUnits, planOf } from './load-units.js';

export type AppraisalSheetsRun = {
    rubric: string;
    files: string[];
    output: string;
    lead?: string;
    round: 1 | 2;
    root?: string[];
    locale: Locale;
};

/** Writes one appraisal workbook per lead agency (or the one named) into the output folder, and lists them. */
export async function writeAppraisalSheets(run: AppraisalSheetsRun, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    const plan = planOf(source.rubric, run.rubric, locale);
    const units = await loadUnits(run.files, source.rubric, plan, locale, io);
    const sheets = appraisalSheets(source.rubric, units, run.round, locale, run.lead);
    if (sheets.length === 0) throw new CliError(text(locale, 'unknownLead', { lead: run.lead ?? '' }));
    makeFolder(run.output, locale);
    for (const { agency, model } of sheets) {
        const file = path.join(run.output, `${fileSlug(agency)}.xlsx`);
        refuseOverwritingInputs(file, [...source.files, ...run.files], locale);
        writeFileAtomically(file, await councilWorkbook(model, locale), locale);
        io.stdout.write(text(locale, 'sheetWritten', { file: displayPath(file), who: agency, rows: model.rows.length }) + '\n');
    }
    return 0;
}

/** The output folder, made if missing; a file in its place is a usage error. */
export function makeFolder(folder: string, locale: Locale): void {
    try {
        fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
        throw new CliError(text(locale, 'cannotWrite', { file: folder, reason: String((error as NodeJS.ErrnoException).code ?? error) }));
    }
    if (!fs.statSync(folder).isDirectory()) throw new CliError(text(locale, 'cannotWrite', { file: folder, reason: 'ENOTDIR' }));
}
