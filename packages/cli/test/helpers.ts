import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareRubric, rankScores, scoreAssessment, toResultsJson, type CompiledRubric, type UnitScore } from '@par-rubric/language/scoring';
import type { Locale } from '@par-rubric/language';
import { compileRubricFile } from '../src/tasks/compile-rubric.js';
import { AssessmentInputError, formatProblem } from '@par-rubric/language/assessment-input';
import { readAssessmentFile } from '../src/input/assessment/read-assessment.js';
import { collectFiles } from '../src/input/rubric-paths.js';
import type { ScoreReport, ScoreStream, TextSink } from '../src/contracts/score-report.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const exampleFolder = path.join(repositoryRoot, 'examples/huyen-2022');
const exampleRubric = path.join(exampleFolder, 'huyen-2022.rubric');
const exampleAssessments = path.join(exampleFolder, 'assessments');

let compiled: Promise<CompiledRubric> | undefined;

/** The example district rubric, compiled once per test file. */
export function exampleCompiled(): Promise<CompiledRubric> {
    compiled ??= compileRubricFile(exampleRubric, 'en').then((result) => {
        if (!result.compiled) throw new Error(`example rubric has errors: ${JSON.stringify(result.findings)}`);
        return result.compiled;
    });
    return compiled;
}

/** The 9 example units scored and ranked as `rubric score --previous results-2021.json` does. */
export async function exampleReport(locale: Locale): Promise<ScoreReport> {
    const rubric = await exampleCompiled();
    const plan = prepareRubric(rubric);
    const scores: UnitScore[] = [];
    for (const file of collectFiles([exampleAssessments], ['.json', '.yaml', '.yml', '.xlsx', '.csv'], locale)) {
        const loaded = await readAssessmentFile(file, rubric, locale);
        scores.push(scoreAssessment(plan, loaded.assessment));
    }
    const { parsePreviousResults } = await import('@par-rubric/language/scoring');
    const previous = parsePreviousResults(JSON.parse(fs.readFileSync(path.join(exampleFolder, 'results-2021.json'), 'utf8')));
    if (!previous.ok) throw new Error('results-2021.json is not valid');
    const batch = rankScores(plan, scores, previous.previous);
    return { rubric, batch, results: toResultsJson(batch, locale), notScored: [], previous: previous.previous, locale };
}

/** What a streaming writer prints for a whole report: its units handed over one by one, as `rubric score` does. */
export async function streamedText(writer: { stream(report: ScoreStream, out: TextSink): Promise<void> }, report: ScoreReport): Promise<string> {
    let text = '';
    const units = async function* () {
        yield* report.results.results;
    };
    await writer.stream({ rubric: report.rubric, summary: report.results.summary, notScored: report.notScored, units, previous: report.previous, locale: report.locale }, { write: (chunk) => void (text += chunk) });
    return text;
}

/** A fresh folder under the system's temporary folder, removed by the caller's afterEach. */
export function temporaryFolder(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'rubric-cli-test-'));
}

/** The lines a user would see for a file that does not load, or the empty list when it loads. */
export async function problemsOf(file: string, rubric?: CompiledRubric, locale: Locale = 'en'): Promise<{ lines: string[]; exitCode?: number }> {
    try {
        await readAssessmentFile(file, rubric, locale);
        return { lines: [] };
    } catch (error) {
        if (!(error instanceof AssessmentInputError)) throw error;
        return { lines: error.problems.map(formatProblem), exitCode: error.exitCode };
    }
}
