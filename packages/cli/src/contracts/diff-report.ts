import type { Locale } from '@par-rubric/language';
import type { RubricDiff } from '@par-rubric/language/diff';

/** What every diff writer reads: the change model of two rubrics and the language to write it in. */
export type DiffReport = { diff: RubricDiff; locale: Locale };

/** Text for the terminal and text formats, the bytes of a file for Word. */
export type DiffWriter = (report: DiffReport) => string | Promise<Uint8Array>;
