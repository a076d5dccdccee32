import type { CompiledRubric, Locale } from '@par-rubric/language';
import type { ParsedDocument } from '@par-rubric/language/assessment-input';

/** One assessment file as its reader receives it. */
export type AssessmentSource = {
    /** As printed in messages. */
    file: string;
    bytes: Uint8Array;
    /** The bytes as strict UTF-8 text; throws AssessmentInputError when they are not, or hold nothing but blanks. */
    text: () => string;
    /** Sheets name items by code: the rubric tells their kind of answer. */
    rubric: CompiledRubric | undefined;
    locale: Locale;
};

/** Reads one kind of assessment file into plain data, every value remembering where it came from. */
export type AssessmentReader = (source: AssessmentSource) => ParsedDocument | Promise<ParsedDocument>;
