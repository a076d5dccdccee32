import { type ParsedDocument, readJsonDocument } from '@par-rubric/language/assessment-input';
import type { AssessmentSource } from './assessment-reader.js';

/** An assessment in JSON: read by the language package, as the editor reads it. */
export default function readJsonAssessment({ text, file, locale }: AssessmentSource): ParsedDocument {
    return readJsonDocument(text(), file, locale);
}
