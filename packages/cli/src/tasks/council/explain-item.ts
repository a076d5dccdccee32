import type { Locale } from '@par-rubric/language';
import { scoreAssessment } from '@par-rubric/language/scoring';
import { CliError, ExitCode } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import type { CliIo } from '../../contracts/cli-io.js';
import { AssessmentInputError } from '@par-rubric/language/assessment-input';
import { readAssessmentFile } from '../../input/assessment/read-assessment.js';
import { leafNodes } from '../../layouts/item-leads.js';
import { itemAudit } from '../../report/council/item-audit.js';
import { loadRubricSource } from '../rubric-source.js';
import { planOf } from './load-units.js';

export type ExplainRun = { rubric: string; assessment: string; code: string; root?: string[]; locale: Locale };

/** `rubric explain`: where one unit's final score for one item came from. */
export async function explainItem(run: ExplainRun, io: CliIo): Promise<number> {
    const { locale } = run;
    const source = await loadRubricSource(run.rubric, locale, io, run.root);
    const plan = planOf(source.rubric, run.rubric, locale);
    const node = leafNodes(source.rubric).get(run.code);
    if (!node) throw new CliError(text(locale, 'explainNoItem', { code: run.code }));
    let loaded;
    try {
        loaded = await readAssessmentFile(run.assessment, source.rubric, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) throw new CliError(error.message, error.exitCode);
        throw error;
    }
    const score = scoreAssessment(plan, loaded.assessment);
    const result = score.leaves.find((leaf) => leaf.leaf.code === run.code)!;
    io.stdout.write(itemAudit(plan, node, loaded.assessment, result, locale));
    return ExitCode.Success;
}
