import type { CompiledRubric, Locale } from '@par-rubric/language';

/** A writer of one document made from the rubric alone: a blank assessment template or the published annex. */
export type RubricWriter = (rubric: CompiledRubric, locale: Locale) => string | Promise<Uint8Array>;
