import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Assessment, Locale } from '@par-rubric/language';
import { PlanError, prepareRubric, scoreAssessment, type ScoringPlan } from '@par-rubric/language/scoring';
import { CliError, ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { loadFormat } from '../../contracts/format-registry.js';
import type { CaseResult, TestFileResult, TestWriter } from '../../contracts/test-report.js';
import { displayPath } from '../../display-path.js';
import { formatProblem, type SourceProblem } from '@par-rubric/language/assessment-input';
import { caseAssessment } from '../../input/rubric-test/case-assessment.js';
import { readRubricTestFile, TestFileError, type RubricTestFile } from '../../input/rubric-test/rubric-test-file.js';
import writePrettyFindings from '../../report/findings/pretty.js';
import { testFormats, type TestFormat } from '../../report/test/formats.js';
import { terminalText } from '../../safe-text/terminal.js';
import { compileRubricFile } from '../compile-rubric.js';
import { loadRubricSource } from '../rubric-source.js';
import { caseAt, compareCase } from './compare-case.js';

export type RubricTestRun = {
    /** The test files, absolute. */
    files: string[];
    format: TestFormat;
    /** Folders the rubrics' imports may reach besides the defaults. */
    root?: string[];
    locale: Locale;
};

/** A rubric's scoring plan, or undefined when it could not be loaded (already reported). */
type LoadedPlan = ScoringPlan | undefined;

/**
 * Runs every case of every test file through the scoring engine and writes the report. Nothing runs
 * unless every test file, the rubrics they test and the assessment files they name can be read: all
 * mistakes are listed, each at its place, and the exit code is 2. Otherwise 1 when a case fails, else 0.
 */
export async function runRubricTests(run: RubricTestRun, io: CliIo): Promise<number> {
    const { locale } = run;
    const problems: SourceProblem[] = [];
    let unusableRubric = false;
    const plans = new Map<string, Promise<LoadedPlan>>();
    const planOf = (file: string): Promise<LoadedPlan> => {
        let plan = plans.get(file);
        if (!plan) {
            plan = loadPlan(file, run, io).catch((error: unknown) => {
                if (!(error instanceof CliError)) throw error;
                io.stderr.write(`rubric: ${terminalText(error.message)}\n`);
                return undefined;
            });
            plans.set(file, plan);
        }
        return plan;
    };

    const prepared: { test: RubricTestFile; rubric: string; plan: ScoringPlan; assessments: Assessment[] }[] = [];
    for (const file of run.files) {
        let test: RubricTestFile;
        try {
            test = readRubricTestFile(file, locale);
        } catch (error) {
            if (!(error instanceof TestFileError)) throw error;
            problems.push(...error.problems);
            continue;
        }
        const rubric = resolveRubric(test, locale, problems);
        if (rubric === undefined) continue;
        const plan = await planOf(rubric);
        if (plan === undefined) {
            unusableRubric = true;
            continue;
        }
        const assessments: Assessment[] = [];
        for (const testCase of test.cases) {
            const built = await caseAssessment(plan, test, testCase, locale);
            if (built.ok) assessments.push(built.assessment);
            else problems.push(...built.problems);
        }
        prepared.push({ test, rubric, plan, assessments });
    }
    if (problems.length > 0) {
        const invalid = new Set(problems.map((p) => p.file)).size;
        io.stderr.write(terminalText(problems.map(formatProblem).join('\n')) + '\n' + text(locale, 'testFilesInvalid', { count: invalid }) + '\n');
    }
    if (problems.length > 0 || unusableRubric) return ExitCode.UsageOrIo;

    const results: TestFileResult[] = prepared.map(({ test, rubric, plan, assessments }) => ({
        file: test.file,
        rubric: displayPath(rubric),
        cases: test.cases.map((testCase, index): CaseResult => {
            // every case was built (a case that could not be ended the run above), in order
            const score = scoreAssessment(plan, assessments[index]);
            return { name: testCase.name, ...caseAt(test, testCase), mismatches: compareCase(plan, test, testCase, score, locale) };
        }),
    }));
    const write = await loadFormat<TestWriter>(testFormats, run.format);
    io.stdout.write(write({ files: results, locale }));
    return results.some((file) => file.cases.some((c) => c.mismatches.length > 0)) ? ExitCode.Findings : ExitCode.Success;
}

/** The rubric file a test file tests, or undefined with a problem placed at its `rubric:` (or the file's start). */
function resolveRubric(test: RubricTestFile, locale: Locale, problems: SourceProblem[]): string | undefined {
    const at = test.locations.get(test.rubricPath) ? test.rubricPath : [];
    const place = (message: string): undefined => {
        problems.push({ file: test.file, location: test.locations.nearest(at), path: at, message });
        return undefined;
    };
    const reference = test.rubric;
    if ('file' in reference) {
        if (fs.existsSync(reference.file) && fs.statSync(reference.file).isFile()) return reference.file;
        return place(text(locale, 'testRubricNotFound', { file: displayPath(reference.file) }));
    }
    const declares = new RegExp(`^\\s*rubric\\s+${reference.id.replace(/[^\w]/g, '\\$&')}\\b`, 'm');
    const found = fs
        .readdirSync(reference.folder)
        .filter((name) => name.toLowerCase().endsWith('.rubric'))
        .sort()
        .map((name) => path.join(reference.folder, name))
        .filter((file) => declares.test(fs.readFileSync(file, 'utf8')));
    if (found.length === 1) return found[0];
    return place(text(locale, found.length === 0 ? 'testRubricIdNotFound' : 'testRubricIdAmbiguous', { id: reference.id, folder: displayPath(reference.folder) }));
}

/** A .rubric file (its errors printed as `rubric check` prints them) or a compiled .json, prepared for scoring. */
async function loadPlan(file: string, run: RubricTestRun, io: CliIo): Promise<ScoringPlan> {
    const { locale } = run;
    let rubric;
    if (file.toLowerCase().endsWith('.json')) {
        rubric = (await loadRubricSource(file, locale, io, run.root)).rubric;
    } else {
        const result = await compileRubricFile(file, locale, run.root);
        if (!result.compiled) {
            io.stderr.write(writePrettyFindings({ findings: result.findings, files: result.files, locale }));
            const errors = result.findings.filter((f) => f.severity === 'error').length;
            throw new CliError(`${displayPath(file)}: ${text(locale, 'rubricHasErrors', { count: errors })}`);
        }
        rubric = result.compiled;
    }
    try {
        return prepareRubric(rubric);
    } catch (error) {
        if (error instanceof PlanError) throw new CliError(`${displayPath(file)}: ${text(locale, 'compiledRubricInvalid', { reason: error.message })}`);
        throw error;
    }
}
