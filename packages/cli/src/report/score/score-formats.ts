import type { Locale } from '@par-rubric/language';
import type { BatchResult, CompiledRubric, ResultsJson } from '@par-rubric/language/scoring';

/** The formats of `rubric score`; table is for the terminal, xlsx needs -o. */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'md', 'html', 'xlsx'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** What every score writer reads: the engine's batch (for evidence details) and its JSON form (for figures). */
export type ScoreReport = {
    rubric: CompiledRubric;
    batch: BatchResult;
    results: ResultsJson;
    locale: Locale;
};

export type ScoreWriter = (report: ScoreReport) => string | Promise<Uint8Array>;

/** Each writer in its own module, loaded only for the format asked for. */
export async function scoreWriter(format: ScoreFormat): Promise<ScoreWriter> {
    switch (format) {
        case 'table':
            return (await import('./table-report.js')).tableReport;
        case 'json':
            return (await import('./json-report.js')).jsonReport;
        case 'csv':
            return (await import('./csv-report.js')).csvReport;
        case 'md':
            return (await import('./markdown-report.js')).markdownReport;
        case 'html':
            return (await import('./html-report.js')).htmlReport;
        case 'xlsx':
            return (await import('./xlsx-report.js')).xlsxReport;
    }
}
