import type { Command } from 'commander';
import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { ASSESSMENT_EXTENSIONS } from '../input/assessment/formats.js';
import { collectFiles } from '../input/rubric-paths.js';
import { rootOption } from './root-option.js';

type Options = { output: string; lead?: string; round: '1' | '2'; root?: string[] };

/** `rubric appraisal-sheets RUBRIC ASSESSMENT… -o DIR [--lead NAME] [--round 1|2]`: one workbook per lead agency. */
export function registerAppraisalSheets(program: Command, context: CommandContext): void {
    program
        .command('appraisal-sheets')
        .description(text(context.locale, 'appraisalSheetsDescription'))
        .argument('<rubric>')
        .argument('<assessments...>')
        .requiredOption('-o, --output <folder>', text(context.locale, 'outputFolderOption'))
        .option('--lead <agency>', text(context.locale, 'leadOption'))
        .addOption(new Option('--round <round>', text(context.locale, 'roundOption')).choices(['1', '2']).default('1'))
        .addOption(rootOption(context.locale))
        .action(async (rubric: string, paths: string[], options: Options) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            const files = collectFiles(paths, Object.keys(ASSESSMENT_EXTENSIONS), locale);
            if (files.length === 0) throw new CliError(text(locale, 'noAssessmentFiles'));
            const { writeAppraisalSheets } = await import('../tasks/council/write-appraisal-sheets.js');
            context.setExitCode(await writeAppraisalSheets({ rubric, files, locale, ...options, round: options.round === '2' ? 2 : 1 }, context.io));
        });
}
