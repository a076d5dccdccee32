import type { CompiledRubric, Locale } from '@par-rubric/language';

/** The unit a template is made for: its header pre-filled (`rubric template --units`). */
export type TemplateUnit = { id: string; name: string; type: string; group?: string };

/** A writer of the blank assessment, for no unit in particular or for one unit of a unit list. */
export type TemplateWriter = (rubric: CompiledRubric, locale: Locale, unit?: TemplateUnit) => string | Promise<Uint8Array>;
