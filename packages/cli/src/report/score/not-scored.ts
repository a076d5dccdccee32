import type { Locale } from '@par-rubric/language';
import type { NotScoredFile } from '../../contracts/score-report.js';
import { word } from '../report-text.js';

/** The headings of the "not scored" table: file, where, JSON path, problem. */
export function notScoredHeadings(locale: Locale): string[] {
    return [word(locale, 'file'), word(locale, 'where'), word(locale, 'valuePath'), word(locale, 'problem')];
}

/** One row per reason, the file named on each: the table every whole-document report appends. */
export function notScoredRows(files: readonly NotScoredFile[]): string[][] {
    return files.flatMap((file) => file.problems.map((p) => [file.file, p.where ?? '', p.path ?? '', p.message]));
}

/** The line under the ranking when some files were not scored; undefined when every file was. */
export function rankedAmongScored(scored: number, files: readonly NotScoredFile[], locale: Locale): string | undefined {
    return files.length === 0 ? undefined : word(locale, 'rankedAmongScored', { scored, count: files.length });
}
