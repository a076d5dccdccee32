import type { Locale } from '@par-rubric/language';
import type { BatchResult, CompiledRubric, ResultsJson } from '@par-rubric/language/scoring';

/** What every score writer reads: the engine's batch (for evidence details) and its JSON form (for figures). */
export type ScoreReport = {
    rubric: CompiledRubric;
    batch: BatchResult;
    results: ResultsJson;
    locale: Locale;
};

export type ScoreWriter = (report: ScoreReport) => string | Promise<Uint8Array>;
