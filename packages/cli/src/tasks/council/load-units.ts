import type { Locale } from '@par-rubric/language';
import { PlanError, prepareRubric, ProblemCodes, scoreAssessment, type CompiledRubric, type ScoringPlan } from '@par-rubric/language/scoring';
import { CliError, ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import { displayPath } from '../../display-path.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { AssessmentInputError, formatProblem, locateProblems, type SourceProblem } from '@par-rubric/language/assessment-input';
import { readAssessmentFile, type LoadedAssessment } from '../../input/assessment/read-assessment.js';
import type { ScoredUnit } from '../../report/council/appraisal-sheets.js';
import { terminalText } from '../../safe-text/terminal.js';

export type LoadedUnit = ScoredUnit & { readonly loaded: LoadedAssessment; readonly path: string };

/** The rubric prepared for scoring; a compiled rubric the engine cannot use is exit 1. */
export function planOf(rubric: CompiledRubric, file: string, locale: Locale): ScoringPlan {
    try {
        return prepareRubric(rubric);
    } catch (error) {
        if (error instanceof PlanError) throw new CliError(`${displayPath(file)}: ${text(locale, 'compiledRubricInvalid', { reason: error.message })}`, ExitCode.Findings);
        throw error;
    }
}

/**
 * Reads and scores every assessment of the year for the council's sheets. An answer still missing (a
 * survey result not yet in, an item not yet appraised) is what the sheets are for; any other problem, a
 * file that cannot be read or a unit assessed twice stops the command, every problem at its place.
 */
export async function loadUnits(files: readonly string[], rubric: CompiledRubric, plan: ScoringPlan, locale: Locale, io: CliIo): Promise<LoadedUnit[]> {
    const problems: SourceProblem[] = [];
    let exitCode: number = ExitCode.Success;
    const units: LoadedUnit[] = [];
    const seen = new Map<string, string>();
    for (const file of files) {
        let loaded: LoadedAssessment;
        try {
            loaded = await readAssessmentFile(file, rubric, locale);
        } catch (error) {
            if (!(error instanceof AssessmentInputError)) throw error;
            problems.push(...error.problems);
            exitCode = Math.max(exitCode, error.exitCode);
            continue;
        }
        const score = scoreAssessment(plan, loaded.assessment);
        const serious = score.problems.filter((p) => p.code !== ProblemCodes.MissingAnswer);
        if (serious.length > 0) {
            problems.push(...locateProblems(loaded.file, loaded.locations, serious.slice(0, 50), locale));
            exitCode = Math.max(exitCode, ExitCode.Findings);
            continue;
        }
        const other = seen.get(loaded.assessment.unit.id);
        if (other) {
            const at = ['unit', 'id'];
            problems.push({ file: loaded.file, location: loaded.locations.nearest(at), path: at, message: text(locale, 'duplicateUnit', { id: loaded.assessment.unit.id, other }) });
            exitCode = Math.max(exitCode, ExitCode.Findings);
            continue;
        }
        seen.set(loaded.assessment.unit.id, loaded.file);
        units.push({ assessment: loaded.assessment, score, loaded, path: file });
    }
    if (problems.length > 0) {
        const invalid = new Set(problems.map((p) => p.file)).size;
        io.stderr.write(terminalText(problems.map(formatProblem).join('\n')) + '\n');
        throw new CliError(text(locale, 'councilAssessmentsInvalid', { count: invalid }), exitCode as ExitCode);
    }
    return units;
}
