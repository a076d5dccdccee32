import { type ParsedDocument, readYamlDocument } from '@par-rubric/language/assessment-input';
import type { AssessmentSource } from './assessment-reader.js';

/** An assessment in YAML: read by the language package, as the editor reads it. */
export default function readYamlAssessment({ text, file, locale }: AssessmentSource): ParsedDocument {
    return readYamlDocument(text(), file, locale);
}
