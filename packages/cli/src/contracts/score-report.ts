import type { Locale } from '@par-rubric/language';
import type { BatchResult, CompiledRubric, PreviousResults, ResultsJson, SummaryJson, UnitJson } from '@par-rubric/language/scoring';

/**
 * One reason a file was not scored: where in the file as people write it (`12:5`, `'Tự đánh giá'!F14`)
 * and as its parts (line and column, or sheet and cell), the JSON path, the message.
 */
type NotScoredProblem = { where?: string; line?: number; column?: number; sheet?: string; cell?: string; path?: string; message: string };

/** A file of the batch that could not be scored, with every reason found (as the terminal lists them). */
export type NotScoredFile = { file: string; problems: readonly NotScoredProblem[] };

/** What a writer that builds the whole document reads: the engine's batch (for evidence details) and its JSON form (for figures). */
export type ScoreReport = {
    rubric: CompiledRubric;
    batch: BatchResult;
    results: ResultsJson;
    /** Ranks count the scored units only; these are listed apart. */
    notScored: readonly NotScoredFile[];
    /** Last year's results (`--previous`), for the change per field. */
    previous: PreviousResults | undefined;
    locale: Locale;
};

/**
 * What a streaming writer reads: the ranking's summary up front, and each unit's results in ranking
 * order, scored again as the writer asks for it, so that no batch holds every unit's detail at once.
 */
export type ScoreStream = {
    rubric: CompiledRubric;
    summary: SummaryJson;
    notScored: readonly NotScoredFile[];
    units(): AsyncIterable<UnitJson>;
    previous: PreviousResults | undefined;
    locale: Locale;
};

/** Where a streaming writer puts its text: the output file being written, or standard output. */
export type TextSink = { write(text: string): void | Promise<void> };

type WholeScoreWriter = (report: ScoreReport) => string | Promise<Uint8Array>;
type StreamingScoreWriter = { stream(report: ScoreStream, out: TextSink): Promise<void> };

/** A format builds the whole document (a function) or streams it unit by unit (an object with `stream`). */
export type ScoreWriter = WholeScoreWriter | StreamingScoreWriter;
