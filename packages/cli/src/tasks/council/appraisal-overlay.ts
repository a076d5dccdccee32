import type { Assessment, CompiledRubric, Locale } from '@par-rubric/language';
import type { ScoringPlan } from '@par-rubric/language/scoring';
import { ExitCode } from '../../cli-error.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { AssessmentInputError } from '@par-rubric/language/assessment-input';
import { readAssessmentFile } from '../../input/assessment/read-assessment.js';
import { applyAppraisals } from './apply-appraisals.js';
import { readSheetFolder } from './read-sheet-folder.js';
import { reportVerdicts } from './sheet-verdicts.js';

/**
 * For `rubric score --appraisals DIR`: the assessments with the appraisal sheets applied, by the file
 * they were read from, or the exit code when a sheet was refused or unreadable (a report must not leave
 * an agency's appraisals out unsaid). Files that cannot be read are left to the scoring loop to report.
 */
export async function appraisalOverlay(
    files: readonly string[],
    rubric: CompiledRubric,
    plan: ScoringPlan,
    folder: string,
    locale: Locale,
    io: CliIo,
): Promise<{ overlay: Map<string, Assessment> } | { exitCode: number }> {
    const byUnit = new Map<string, Assessment>();
    const fileOf = new Map<string, string>();
    for (const file of files) {
        try {
            const loaded = await readAssessmentFile(file, rubric, locale);
            if (byUnit.has(loaded.assessment.unit.id)) continue;
            byUnit.set(loaded.assessment.unit.id, loaded.assessment);
            fileOf.set(loaded.assessment.unit.id, loaded.file);
        } catch (error) {
            if (!(error instanceof AssessmentInputError)) throw error;
        }
    }
    const { sheets, unreadable, exitCode } = await readSheetFolder(folder, locale);
    const verdicts = [...unreadable, ...applyAppraisals(sheets, byUnit, rubric, plan, locale)];
    const refused = reportVerdicts(verdicts, io, locale);
    if (refused) return { exitCode: Math.max(exitCode, ExitCode.Findings) };
    return { overlay: new Map([...byUnit].map(([unit, assessment]) => [fileOf.get(unit)!, assessment])) };
}
