import type { Locale } from '@par-rubric/language';
import {
    PlanError,
    prepareRubric,
    rankScores,
    scoreAssessment,
    toResultsJson,
    toSummaryJson,
    toUnitJson,
    type CompiledRubric,
    type Assessment,
    type PreviousResults,
    type ScoringPlan,
    type UnitFigures,
    type UnitJson,
    type UnitScore,
} from '@par-rubric/language/scoring';
import { readInputText } from '../input/read-input-text.js';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { AssessmentInputError, checkPreviousResults, formatProblem, formatValuePath, formatWhere, inFileOrder, locateProblems, scoringProblems, type SourceProblem } from '@par-rubric/language/assessment-input';
import { displayPath } from '../display-path.js';
import { checkAssessmentFile, fileDigest, readAssessmentFile, type CheckedAssessment, type LoadedAssessment } from '../input/assessment/read-assessment.js';
import { loadRubricSource } from './rubric-source.js';
import { openAtomicFile, refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import type { CliIo, CliStream } from '../contracts/cli-io.js';
import { startProgress } from '../report/score/progress.js';
import { loadFormat } from '../contracts/format-registry.js';
import type { NotScoredFile, ScoreStream, ScoreWriter } from '../contracts/score-report.js';
import { scoreFormats, type ScoreFormat } from '../report/score/formats.js';
import { terminalText } from '../safe-text/terminal.js';

/**
 * One file's problems shown at most: a file with 200,000 unknown keys is one mistake repeated, and its
 * first problems say what it is; the rest are counted.
 */
const PROBLEMS_PER_FILE = 50;

/**
 * Up to this many files every unit's detail is kept from the first reading (a few megabytes); a bigger
 * batch is scored twice, so that the units' detail does not pile up in memory.
 */
const DETAIL_KEPT_UP_TO = 100;

export type ScoreBatch = {
    files: string[];
    rubric: string;
    previous?: string;
    /** A folder of filled-in appraisal sheets to score with. */
    appraisals?: string;
    format: ScoreFormat;
    output?: string;
    /** All or nothing: no report at all when any file is invalid. */
    strict?: boolean;
    /** Folders the rubric's imports may reach besides the defaults. */
    root?: string[];
    /** Also rank and count grades within each group of units ("phường" and "xã" among the communes). */
    rankWithin?: 'group';
    locale: Locale;
};

/** A file that could not be scored: its problems (at most PROBLEMS_PER_FILE and a count of the rest). */
type Rejected = { file: string; problems: SourceProblem[] };

/**
 * What a streamed batch keeps of a scored file: the figures the ranking needs, how to find the file
 * again and know it unchanged, and (within KEPT_BYTES) the assessment as read, compact and outside the
 * JavaScript heap, so that the file is not parsed and checked a second time.
 */
type KeptFigures = UnitFigures & { path: string; file: string; digest: string; assessment?: Buffer };

/**
 * How many bytes of read assessments a big streamed batch keeps (a few kilobytes a unit, some 20,000
 * units): parsing a file again costs as much as the first time (a workbook some twenty times a JSON
 * file), and past this the files are read again, so that memory stays bounded whatever the count.
 */
const KEPT_BYTES = 128 * 1024 * 1024;

/**
 * Reads every assessment, scores and ranks the valid ones, and writes the report; the files that could
 * not be scored are listed in it with their reasons (file, line and column or cell, JSON path), and on
 * standard error one line each. Exit 1 when any file was not scored (2 when one could not be read at
 * all); no report when none could be, or with `strict` when any could not. A big batch in a format that
 * streams (json, csv) is written in a second pass that scores each file again (from its assessment kept
 * compact, or read again past KEPT_BYTES): memory holds one unit's detail at a time, whatever the batch's size.
 */
export async function scoreBatch(run: ScoreBatch, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    if (run.output) refuseOverwritingInputs(run.output, [...source.files, ...run.files, ...(run.previous ? [run.previous] : [])], locale);
    let plan: ScoringPlan;
    try {
        plan = prepareRubric(source.rubric);
    } catch (error) {
        if (error instanceof PlanError) throw new CliError(`${displayPath(run.rubric)}: ${text(locale, 'compiledRubricInvalid', { reason: error.message })}`, ExitCode.Findings);
        throw error;
    }
    const previous = run.previous ? readPrevious(run.previous, locale) : undefined;
    // the council's filled-in sheets, applied on top of each unit's file (by its display path)
    let overlay: ReadonlyMap<string, Assessment> | undefined;
    if (run.appraisals) {
        const { appraisalOverlay } = await import('./council/appraisal-overlay.js');
        const applied = await appraisalOverlay(run.files, source.rubric, plan, run.appraisals, locale, io);
        if ('exitCode' in applied) return applied.exitCode;
        overlay = applied.overlay;
    }
    const writer = await loadFormat<ScoreWriter>(scoreFormats, run.format);
    const readsTwice = typeof writer !== 'function' && run.files.length > DETAIL_KEPT_UP_TO;

    const rejected: Rejected[] = [];
    let exitCode: number = ExitCode.Success;
    // a whole-document writer (or a small batch) keeps every unit's detail; a big streamed one only their figures
    const scores: UnitScore[] = [];
    const figures: KeptFigures[] = [];
    // what is scored but worth a word (an assessment made against another version of the rubric)
    const warnings: string[] = [];
    // unit id → the file it came from (not the loaded file: a big batch keeps only its scores)
    const seen = new Map<string, string>();
    let keptBytes = 0;
    const progress = startProgress(run.files.length, text(locale, 'progressLabel'), io.stderr);
    try {
        for (const file of run.files) {
            progress.tick();
            const outcome = await scoreFile(file, source.rubric, plan, locale, overlay);
            if (!outcome.ok) {
                rejected.push({ file: outcome.file, problems: outcome.problems });
                exitCode = Math.max(exitCode, outcome.exitCode);
                continue;
            }
            const { loaded, score } = outcome;
            const other = seen.get(score.unit.id);
            if (other) {
                const path = ['unit', 'id'];
                const message = text(locale, 'duplicateUnit', { id: score.unit.id, other });
                rejected.push({ file: loaded.file, problems: [{ file: loaded.file, location: loaded.locations.nearest(path), path, message }] });
                exitCode = Math.max(exitCode, ExitCode.Findings);
                continue;
            }
            seen.set(score.unit.id, loaded.file);
            if (readsTwice) {
                const assessment = keptBytes < KEPT_BYTES ? Buffer.from(JSON.stringify(loaded.assessment)) : undefined;
                keptBytes += assessment?.length ?? 0;
                figures.push({ ...figuresOf(score), path: file, file: loaded.file, digest: loaded.digest, ...(assessment ? { assessment } : {}) });
            }
            else scores.push(score);
            for (const warning of locateProblems(loaded.file, loaded.locations, score.warnings, locale)) warnings.push(formatProblem({ ...warning, message: text(locale, 'assessmentWarning', { message: warning.message }) }));
        }
    } finally {
        progress.stop();
    }
    const scored = seen.size;
    if (warnings.length > 0) io.stderr.write(terminalText(warnings.join('\n')) + '\n');
    if (rejected.length > 0) {
        io.stderr.write(terminalText(rejected.flatMap((r) => r.problems).map(formatProblem).join('\n')) + '\n');
        if (run.strict || scored === 0) {
            io.stderr.write(text(locale, 'assessmentsInvalid', { count: rejected.length }) + '\n');
            return exitCode;
        }
    }
    const notScored = rejected.map(notScoredFile);
    const ranking = { withinGroups: run.rankWithin === 'group' };
    if (typeof writer === 'function') {
        const batch = rankScores(plan, scores, previous, ranking);
        const content = await writer({ rubric: source.rubric, batch, results: toResultsJson(batch, locale), notScored, previous, locale });
        if (run.output) writeFileAtomically(run.output, content, locale);
        // xlsx and docx were refused without -o
        else if (typeof content === 'string') io.stdout.write(content);
    } else if (!readsTwice) {
        const batch = rankScores(plan, scores, previous, ranking);
        const units = async function* (): AsyncGenerator<UnitJson> {
            for (const ranked of batch.results) yield toUnitJson(plan, ranked, locale);
        };
        await streamReport(writer, { rubric: source.rubric, summary: toSummaryJson(batch.summary), notScored, units, previous, locale }, run.output, io, locale);
    } else {
        const batch = rankScores(plan, figures, previous, ranking);
        const units = async function* (): AsyncGenerator<UnitJson> {
            const writing = startProgress(batch.results.length, text(locale, 'progressWriting'), io.stderr);
            try {
                for (const ranked of batch.results) {
                    writing.tick();
                    const score = await scoreAgain(ranked.score, source.rubric, plan, locale, overlay);
                    yield toUnitJson(plan, { ...ranked, score }, locale);
                }
            } finally {
                writing.stop();
            }
        };
        await streamReport(writer, { rubric: source.rubric, summary: toSummaryJson(batch.summary), notScored, units, previous, locale }, run.output, io, locale);
    }
    if (rejected.length > 0) io.stderr.write(text(locale, 'assessmentsNotScored', { count: rejected.length, scored }) + '\n');
    return exitCode;
}

type FileOutcome =
    | { ok: true; loaded: LoadedAssessment; score: UnitScore }
    | { ok: false; file: string; problems: SourceProblem[]; exitCode: number };

/** One file read and scored, or every reason it cannot be. */
async function scoreFile(file: string, rubric: CompiledRubric, plan: ScoringPlan, locale: Locale, overlay: ReadonlyMap<string, Assessment> | undefined): Promise<FileOutcome> {
    let loaded: CheckedAssessment;
    try {
        loaded = await checkAssessmentFile(file, rubric, locale);
    } catch (error) {
        if (!(error instanceof AssessmentInputError)) throw error;
        return { ok: false, file: error.problems[0]?.file ?? displayPath(file), problems: limited(inFileOrder(error.problems), locale), exitCode: error.exitCode };
    }
    const score = scoreAssessment(plan, overlay?.get(loaded.file) ?? loaded.assessment);
    const own = scoringProblems(loaded, score.problems);
    if (own.length === 0 && loaded.problems.length === 0) return { ok: true, loaded, score };
    const total = loaded.problems.length + own.length;
    const located = [...loaded.problems, ...locateProblems(loaded.file, loaded.locations, own.slice(0, PROBLEMS_PER_FILE + 1), locale)];
    return { ok: false, file: loaded.file, problems: limited(inFileOrder(located), locale, total), exitCode: ExitCode.Findings };
}

/** A file scored again for its detail: its kept assessment, or a second reading; the file must be byte for byte the one that was ranked. */
async function scoreAgain(kept: KeptFigures, rubric: CompiledRubric, plan: ScoringPlan, locale: Locale, overlay: ReadonlyMap<string, Assessment> | undefined): Promise<UnitScore> {
    const changed = (): never => {
        throw new CliError(`${kept.file}: ${text(locale, 'assessmentChanged')}`, ExitCode.UsageOrIo);
    };
    if (kept.assessment) {
        let digest: string;
        try {
            digest = fileDigest(kept.path, locale);
        } catch (error) {
            if (error instanceof AssessmentInputError) return changed();
            throw error;
        }
        if (digest !== kept.digest) changed();
        return scoreAssessment(plan, overlay?.get(kept.file) ?? (JSON.parse(kept.assessment.toString('utf8')) as Assessment));
    }
    let loaded: LoadedAssessment;
    try {
        loaded = await readAssessmentFile(kept.path, rubric, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) return changed();
        throw error;
    }
    if (loaded.digest !== kept.digest) changed();
    return scoreAssessment(plan, overlay?.get(loaded.file) ?? loaded.assessment);
}

/** Writes a streamed report into the output file (committed only when complete) or onto standard output. */
async function streamReport(writer: Extract<ScoreWriter, { stream: unknown }>, report: ScoreStream, output: string | undefined, io: CliIo, locale: Locale): Promise<void> {
    if (!output) {
        await writer.stream(report, { write: (chunk) => writeToStream(io.stdout, chunk) });
        return;
    }
    const file = openAtomicFile(output, locale);
    try {
        await writer.stream(report, file);
    } catch (error) {
        file.abort();
        throw error;
    }
    file.commit();
}

/** Waits when a real stream's buffer is full, so that a slow reader of the output does not fill memory. */
async function writeToStream(stream: CliStream, chunk: string): Promise<void> {
    if (stream.write(chunk) !== false) return;
    const emitter = stream as Partial<NodeJS.WritableStream>;
    if (typeof emitter.once === 'function') await new Promise<void>((resolve) => emitter.once!('drain', () => resolve()));
}

/** What ranking reads of a score: a few figures instead of every leaf's detail. */
function figuresOf(score: UnitScore): UnitFigures {
    const { id, name, type, group } = score.unit;
    return { unit: { id, name, type, ...(group !== undefined ? { group } : {}) }, total: score.total, max: score.max, index: score.index, grade: score.grade, selfTotal: score.selfTotal, gap: score.gap, pendingPoints: score.pendingPoints };
}

/** A rejected file as the reports list it: where (line:column or cell), JSON path, message. */
function notScoredFile({ file, problems }: Rejected): NotScoredFile {
    return {
        file,
        problems: problems.map((p) => ({
            where: p.location ? formatWhere(p.location) : undefined,
            ...(p.location?.kind === 'text' ? { line: p.location.line, column: p.location.column } : {}),
            ...(p.location?.kind === 'cell' ? { sheet: p.location.sheet, cell: p.location.cell } : {}),
            path: p.path && p.path.length > 0 ? formatValuePath(p.path) : undefined,
            message: p.message,
        })),
    };
}

/** Last year's `--format json` output; a missing file is exit 2, a malformed one exit 1 with its place. */
function readPrevious(file: string, locale: Locale): PreviousResults {
    const shown = displayPath(file);
    const checked = checkPreviousResults(readInputText(file, shown, locale), shown, locale);
    if (!checked.ok) throw new CliError(checked.problems.map(formatProblem).join('\n'), ExitCode.Findings);
    return checked.previous;
}

/** A file's problems up to the limit, then one line that counts the rest (`total` when only the first were located). */
function limited(found: readonly SourceProblem[], locale: Locale, total = found.length): SourceProblem[] {
    const kept = found.slice(0, Math.min(total, PROBLEMS_PER_FILE));
    if (total > kept.length) kept.push({ file: found[0].file, message: text(locale, 'moreProblems', { count: total - kept.length }) });
    return kept;
}
