import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { ASSESSMENT_EXTENSIONS } from '../input/assessment/formats.js';
import { collectFiles } from '../input/rubric-paths.js';
import { rootOption } from './root-option.js';

type Options = { output: string; appraisals?: string; explanations?: string; survey?: string; root?: string[] };

/** `rubric merge RUBRIC ASSESSMENT… --appraisals DIR -o DIR`: the council's sheets folded into the assessments. */
export function registerMerge(program: Command, context: CommandContext): void {
    program
        .command('merge')
        .description(text(context.locale, 'mergeDescription'))
        .argument('<rubric>')
        .argument('<assessments...>')
        .requiredOption('-o, --output <folder>', text(context.locale, 'outputFolderOption'))
        .option('--appraisals <folder>', text(context.locale, 'appraisalsOption'))
        .option('--explanations <folder>', text(context.locale, 'explanationsOption'))
        .option('--survey <table>', text(context.locale, 'surveyOption'))
        .addOption(rootOption(context.locale))
        .action(async (rubric: string, paths: string[], options: Options) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (!options.appraisals && !options.explanations && !options.survey) throw new CliError(text(locale, 'mergeNeedsSheets'));
            const files = collectFiles(paths, Object.keys(ASSESSMENT_EXTENSIONS), locale);
            if (files.length === 0) throw new CliError(text(locale, 'noAssessmentFiles'));
            const { mergeIntoAssessments } = await import('../tasks/council/merge-into-assessments.js');
            context.setExitCode(await mergeIntoAssessments({ rubric, files, locale, ...options }, context.io));
        });
}
