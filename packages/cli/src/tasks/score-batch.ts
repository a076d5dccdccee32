import type { Locale } from '@par-rubric/language';
import {
    parsePreviousResults,
    PlanError,
    prepareRubric,
    rankScores,
    scoreAssessment,
    toResultsJson,
    type Assessment,
    type PreviousResults,
    type UnitScore,
} from '@par-rubric/language/scoring';
import { readInputText } from '../input/read-input-text.js';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { AssessmentInputError } from '../input/assessment/input-error.js';
import { readJsonDocument } from '../input/assessment/json.js';
import { displayPath } from '../display-path.js';
import { locateProblems, readAssessmentFile, type LoadedAssessment } from '../input/assessment/read-assessment.js';
import { loadRubricSource } from './rubric-source.js';
import { formatProblem, type SourceProblem } from '../input/assessment/source-location.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import type { CliIo } from '../contracts/cli-io.js';
import { startProgress } from '../report/score/progress.js';
import { loadFormat } from '../contracts/format-registry.js';
import type { ScoreWriter } from '../contracts/score-report.js';
import { scoreFormats, type ScoreFormat } from '../report/score/formats.js';
import { terminalText } from '../safe-text/terminal.js';

/**
 * One file's problems shown at most: a file with 200,000 unknown keys is one mistake repeated, and its
 * first problems say what it is; the rest are counted.
 */
const PROBLEMS_PER_FILE = 50;

export type ScoreBatch = {
    files: string[];
    rubric: string;
    previous?: string;
    /** A folder of filled-in appraisal sheets to score with. */
    appraisals?: string;
    format: ScoreFormat;
    output?: string;
    /** Folders the rubric's imports may reach besides the defaults. */
    root?: string[];
    locale: Locale;
};

/**
 * Reads every assessment, scores and ranks them, and writes the report. Nothing is written unless every
 * file is valid: all problems of all files are listed (one line each, with file, line and column or cell,
 * and JSON path) and the exit code is 1, or 2 when a file could not be read at all.
 */
export async function scoreBatch(run: ScoreBatch, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    if (run.output) refuseOverwritingInputs(run.output, [...source.files, ...run.files, ...(run.previous ? [run.previous] : [])], locale);
    let plan;
    try {
        plan = prepareRubric(source.rubric);
    } catch (error) {
        if (error instanceof PlanError) throw new CliError(`${displayPath(run.rubric)}: ${text(locale, 'compiledRubricInvalid', { reason: error.message })}`, ExitCode.Findings);
        throw error;
    }
    const previous = run.previous ? readPrevious(run.previous, locale) : undefined;
    let overlay: Map<string, Assessment> | undefined;
    if (run.appraisals) {
        const { appraisalOverlay } = await import('./council/appraisal-overlay.js');
        const applied = await appraisalOverlay(run.files, source.rubric, plan, run.appraisals, locale, io);
        if ('exitCode' in applied) return applied.exitCode;
        overlay = applied.overlay;
    }

    const problems: SourceProblem[] = [];
    let exitCode: number = ExitCode.Success;
    const scores: UnitScore[] = [];
    // unit id → the file it came from (not the loaded file: a big batch keeps only its scores)
    const seen = new Map<string, string>();
    const progress = startProgress(run.files.length, text(locale, 'progressLabel'), io.stderr);
    try {
        for (const file of run.files) {
            progress.tick();
            let loaded: LoadedAssessment;
            try {
                loaded = await readAssessmentFile(file, source.rubric, locale);
            } catch (error) {
                if (!(error instanceof AssessmentInputError)) throw error;
                keepProblems(problems, error.problems, locale);
                exitCode = Math.max(exitCode, error.exitCode);
                continue;
            }
            const score = scoreAssessment(plan, overlay?.get(loaded.file) ?? loaded.assessment);
            if (score.problems.length > 0) {
                const shown = score.problems.slice(0, PROBLEMS_PER_FILE + 1);
                keepProblems(problems, locateProblems(loaded.file, loaded.locations, shown, locale), locale, score.problems.length);
                exitCode = Math.max(exitCode, ExitCode.Findings);
                continue;
            }
            const other = seen.get(loaded.assessment.unit.id);
            if (other) {
                const path = ['unit', 'id'];
                problems.push({
                    file: loaded.file,
                    location: loaded.locations.nearest(path),
                    path,
                    message: text(locale, 'duplicateUnit', { id: loaded.assessment.unit.id, other }),
                });
                exitCode = Math.max(exitCode, ExitCode.Findings);
                continue;
            }
            seen.set(loaded.assessment.unit.id, loaded.file);
            scores.push(score);
        }
    } finally {
        progress.stop();
    }
    if (problems.length > 0) {
        const invalid = new Set(problems.map((p) => p.file)).size;
        io.stderr.write(terminalText(problems.map(formatProblem).join('\n')) + '\n' + text(locale, 'assessmentsInvalid', { count: invalid }) + '\n');
        return exitCode;
    }

    const batch = rankScores(plan, scores, previous);
    const report = { rubric: source.rubric, batch, results: toResultsJson(batch, locale), locale };
    const content = await (await loadFormat<ScoreWriter>(scoreFormats, run.format))(report);
    if (run.output) writeFileAtomically(run.output, content, locale);
    // xlsx and docx were refused without -o
    else if (typeof content === 'string') io.stdout.write(content);
    return ExitCode.Success;
}

/** Last year's `--format json` output; a missing file is exit 2, a malformed one exit 1 with its place. */
function readPrevious(file: string, locale: Locale): PreviousResults {
    const shown = displayPath(file);
    const source = readInputText(file, shown, locale);
    const fail = (problems: SourceProblem[]): never => {
        throw new CliError(problems.map((p) => formatProblem({ ...p, message: text(locale, 'previousInvalid', { reason: p.message }) })).join('\n'), ExitCode.Findings);
    };
    if (source.trim() === '') fail([{ file: shown, message: text(locale, 'emptyFile') }]);
    let document;
    try {
        document = readJsonDocument(source, shown, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) return fail(error.problems);
        throw error;
    }
    const parsed = parsePreviousResults(document.value);
    if (!parsed.ok) return fail(locateProblems(shown, document.locations, parsed.problems, locale));
    return parsed.previous;
}

/** Adds a file's problems up to the limit, then one line that counts the rest (`total` when only the first were located). */
function keepProblems(into: SourceProblem[], found: readonly SourceProblem[], locale: Locale, total = found.length): void {
    const kept = total > PROBLEMS_PER_FILE ? PROBLEMS_PER_FILE : total;
    for (let i = 0; i < kept; i++) into.push(found[i]);
    if (total > kept) into.push({ file: found[0].file, message: text(locale, 'moreProblems', { count: total - kept }) });
}
