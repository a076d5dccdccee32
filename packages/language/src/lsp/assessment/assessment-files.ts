import { UriUtils, type URI } from 'langium';

export type AssessmentFormat = 'json' | 'yaml';

/** An assessment file: name.assessment.json/yaml/yml, or any JSON/YAML file in an `assessments` folder. */
const ASSESSMENT_FILE = /(\.assessment\.(json|ya?ml)|\/assessments\/[^/]+\.(json|ya?ml))$/i;

/** How the editor reads the file at this URI, or undefined when it is not an assessment. */
export function assessmentFormat(uri: string): AssessmentFormat | undefined {
    const path = uri.replace(/[?#].*$/, '');
    if (!ASSESSMENT_FILE.test(decodeURIComponent(path))) return undefined;
    return /\.json$/i.test(path) ? 'json' : 'yaml';
}

/** Last year's results as `rubric score --format json -o results-2021.json` writes them. */
const RESULTS_FILE = /\/results-[^/]*\.json$/i;

export function isResultsFile(uri: string): boolean {
    return RESULTS_FILE.test(decodeURIComponent(uri.replace(/[?#].*$/, '')));
}

/** Where an assessment's `rubricFile` points: relative to the assessment's folder, with `/` or `\` (as written on Windows). */
export function rubricFileUri(assessment: URI, rubricFile: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(assessment), rubricFile.replace(/\\/g, '/'));
}
