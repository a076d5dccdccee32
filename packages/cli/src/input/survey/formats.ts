import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { SurveyGridReader } from './survey-grid.js';

/** The survey table's readers by file extension. */
export const surveyTableFormats = {
    xlsx: () => import('./xlsx.js'),
    csv: () => import('./csv.js'),
} satisfies FormatRegistry<SurveyGridReader>;
