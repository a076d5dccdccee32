import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Assessment, Locale } from '@par-rubric/language';
import { ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { displayPath } from '../../display-path.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../../report/atomic-write.js';
import { updatedAssessmentFile } from '../../report/assessment/updated-assessment.js';
import { loadRubricSource } from '../rubric-source.js';
import { applyAppraisals, type SheetVerdict } from './apply-appraisals.js';
import { loadUnits, planOf } from './load-units.js';
import { readSheetFolder } from './read-sheet-folder.js';
import { reportVerdicts } from './sheet-verdicts.js';
import { makeFolder } from './write-appraisal-sheets.js';

export type MergeRun = {
    rubric: string;
    files: string[];
    output: string;
    appraisals?: string;
    explanations?: string;
    survey?: string;
    root?: string[];
    locale: Locale;
};

/**
 * `rubric merge`: folds the council's sheets into the year's assessments and writes every assessment
 * into the output folder (never over an input). Each sheet is applied whole or not at all; the command
 * lists which were applied and exits 1 when any was refused (the others are still applied).
 */
export async function mergeIntoAssessments(run: MergeRun, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    const plan = planOf(source.rubric, run.rubric, locale);
    const units = await loadUnits(run.files, source.rubric, plan, locale, io);
    const assessments = new Map<string, Assessment>(units.map((u) => [u.assessment.unit.id, structuredClone(u.assessment)]));
    const verdicts: SheetVerdict[] = [];
    let exitCode: number = ExitCode.Success;
    if (run.appraisals) {
        const read = await readSheetFolder(run.appraisals, locale);
        exitCode = Math.max(exitCode, read.exitCode);
        verdicts.push(...read.unreadable, ...applyAppraisals(read.sheets, assessments, source.rubric, plan, locale));
    }
    if (run.explanations) {
        const { applyExplanations } = await import('./apply-explanations.js');
        const read = await readSheetFolder(run.explanations, locale);
        exitCode = Math.max(exitCode, read.exitCode);
        verdicts.push(...read.unreadable, ...applyExplanations(read.sheets, assessments, source.rubric, locale));
    }
    if (run.survey) {
        const { applySurveyTable } = await import('./apply-survey.js');
        verdicts.push(await applySurveyTable(run.survey, assessments, plan, locale));
    }
    if (reportVerdicts(verdicts, io, locale)) exitCode = Math.max(exitCode, ExitCode.Findings);
    makeFolder(run.output, locale);
    const inputs = [...source.files, ...run.files];
    for (const unit of units) {
        const extension = path.extname(unit.path).toLowerCase();
        const original = extension === '.json' || extension === '.yaml' || extension === '.yml' ? fs.readFileSync(unit.path, 'utf8') : undefined;
        const { name, content } = updatedAssessmentFile(unit.path, original, unit.assessment, assessments.get(unit.assessment.unit.id)!);
        const target = path.join(run.output, name);
        refuseOverwritingInputs(target, inputs, locale);
        writeFileAtomically(target, content, locale);
    }
    io.stdout.write(text(locale, 'assessmentsWritten', { count: units.length, folder: displayPath(run.output) }) + '\n');
    return exitCode;
}
