import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { ASSESSMENT_EXTENSIONS } from '../input/assessment/formats.js';
import { collectFiles } from '../input/rubric-paths.js';
import { rootOption } from './root-option.js';

/** `rubric explanation-sheets RUBRIC ASSESSMENT… -o DIR`: after round 1, a sheet per unit of the points it lost. */
export function registerExplanationSheets(program: Command, context: CommandContext): void {
    program
        .command('explanation-sheets')
        .description(text(context.locale, 'explanationSheetsDescription'))
        .argument('<rubric>')
        .argument('<assessments...>')
        .requiredOption('-o, --output <folder>', text(context.locale, 'outputFolderOption'))
        .addOption(rootOption(context.locale))
        .action(async (rubric: string, paths: string[], options: { output: string; root?: string[] }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            const files = collectFiles(paths, Object.keys(ASSESSMENT_EXTENSIONS), locale);
            if (files.length === 0) throw new CliError(text(locale, 'noAssessmentFiles'));
            const { writeExplanationSheets } = await import('../tasks/council/write-explanation-sheets.js');
            context.setExitCode(await writeExplanationSheets({ rubric, files, locale, ...options }, context.io));
        });
}
