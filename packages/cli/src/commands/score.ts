import type { Command } from 'commander';
import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import { collectFiles } from '../input/rubric-paths.js';
import { ASSESSMENT_EXTENSIONS } from '../input/assessment/formats.js';
import { scoreFormats, type ScoreFormat } from '../report/score/formats.js';
import type { CommandContext } from '../contracts/command-context.js';
import { rootOption } from './root-option.js';

type ScoreOptions = { rubric: string; previous?: string; appraisals?: string; format: ScoreFormat; output?: string; strict?: boolean; root?: string[]; rankWithin?: 'group' };

/** `rubric score --rubric FILE ASSESSMENT…`: scores, ranks and reports a batch of assessments. */
/** Formats that cannot go to a terminal. */
const BINARY_FORMATS: readonly string[] = ['xlsx', 'docx'];

export function registerScore(program: Command, context: CommandContext): void {
    program
        .command('score')
        .description(text(context.locale, 'scoreDescription'))
        .argument('<assessments...>')
        .requiredOption('--rubric <file>', text(context.locale, 'rubricOption'))
        .option('--previous <results>', text(context.locale, 'previousOption'))
        .option('--appraisals <folder>', text(context.locale, 'appraisalsOption'))
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices(Object.keys(scoreFormats)).default('table'))
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .option('--strict', text(context.locale, 'scoreStrictOption'))
        .addOption(new Option('--rank-within <what>', text(context.locale, 'rankWithinOption')).choices(['group']))
        .addOption(rootOption(context.locale))
        .action(async (paths: string[], options: ScoreOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (BINARY_FORMATS.includes(options.format) && !options.output) throw new CliError(text(locale, 'binaryNeedsOutput', { format: options.format }));
            const files = collectFiles(paths, Object.keys(ASSESSMENT_EXTENSIONS), locale);
            if (files.length === 0) throw new CliError(text(locale, 'noAssessmentFiles'));
            // the scoring task and its writers load only when the command runs
            const { scoreBatch } = await import('../tasks/score-batch.js');
            const code = await scoreBatch({ files, locale, ...options }, context.io);
            context.setExitCode(code);
        });
}
