import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { stringify } from 'yaml';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CliIo } from '../contracts/cli-io.js';
import { displayPath } from '../display-path.js';
import { ASSESSMENT_EXTENSIONS } from '../input/assessment/formats.js';
import { AssessmentInputError, formatProblem } from '@par-rubric/language/assessment-input';
import { readAssessmentFile } from '../input/assessment/read-assessment.js';
import { collectFiles } from '../input/rubric-paths.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import { terminalText } from '../safe-text/terminal.js';
import { carryAnswers } from './carry-answers.js';
import { loadRubricSource } from './rubric-source.js';

export type MigrateRun = { from: string; to: string; paths: string[]; output: string; force: boolean; root?: string[]; locale: Locale };

/**
 * `rubric migrate --from OLD --to NEW ASSESSMENTS… -o DIR`: every assessment carried to the new rubric,
 * written to DIR under its own name (JSON stays JSON; YAML, and the answers of a workbook or CSV, become
 * YAML). stdout lists, per file, what was carried across renamed codes and what needs a person's decision.
 * Nothing is written when a file cannot be read or a target exists (without --force).
 */
export async function migrateAssessments(run: MigrateRun, io: CliIo): Promise<number> {
    const { locale } = run;
    const from = await loadRubricSource(run.from, locale, io, run.root);
    const to = await loadRubricSource(run.to, locale, io, run.root);
    const files = collectFiles(run.paths, Object.keys(ASSESSMENT_EXTENSIONS), locale);
    if (files.length === 0) throw new CliError(text(locale, 'noAssessmentFiles'));
    if (fs.existsSync(run.output) && !fs.statSync(run.output).isDirectory()) throw new CliError(text(locale, 'outputNotAFolder', { file: displayPath(run.output) }));
    const planned: { target: string; content: string; lines: string[]; decisions: number }[] = [];
    const unreadable: string[] = [];
    const targets = new Map<string, string>();
    for (const file of files) {
        let loaded;
        try {
            loaded = await readAssessmentFile(file, from.rubric, locale);
        } catch (error) {
            if (!(error instanceof AssessmentInputError)) throw error;
            unreadable.push(...error.problems.map(formatProblem));
            continue;
        }
        const json = path.extname(file).toLowerCase() === '.json';
        const target = path.join(run.output, `${path.basename(file, path.extname(file))}.${json ? 'json' : 'yaml'}`);
        const other = targets.get(target);
        if (other) throw new CliError(text(locale, 'migrateSameTarget', { file: displayPath(target), first: other, second: loaded.file }));
        targets.set(target, loaded.file);
        const { assessment, notes } = carryAnswers(loaded.assessment, from.rubric, to.rubric);
        const content = json ? JSON.stringify(assessment, null, 2) + '\n' : stringify(assessment, { lineWidth: 0 });
        const lines = notes.map((n) => `${loaded.file}: ${n.decide ? text(locale, 'migrateDecide') : text(locale, 'migrateCarried')}: ${text(locale, n.key, n.params as never)}`);
        planned.push({ target, content, lines, decisions: notes.filter((n) => n.decide).length });
    }
    if (unreadable.length > 0) throw new CliError(terminalText(unreadable.join('\n')), ExitCode.Findings);
    const existing = planned.filter((p) => fs.existsSync(p.target)).map((p) => displayPath(p.target));
    if (existing.length > 0 && !run.force) throw new CliError(text(locale, 'templatesExist', { count: existing.length, files: existing.join(', ') }));
    for (const p of planned) refuseOverwritingInputs(p.target, [...from.files, ...to.files, ...files], locale);
    fs.mkdirSync(run.output, { recursive: true });
    for (const p of planned) writeFileAtomically(p.target, p.content, locale);
    const report = planned.flatMap((p) => p.lines);
    if (report.length > 0) io.stdout.write(terminalText(report.join('\n')) + '\n');
    const decisions = planned.reduce((n, p) => n + p.decisions, 0);
    io.stderr.write(text(locale, 'migrateSummary', { files: planned.length, folder: displayPath(run.output), decisions }) + '\n');
    return ExitCode.Success;
}
