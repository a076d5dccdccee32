import type { Command } from 'commander';
import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { loadFormat } from '../contracts/format-registry.js';
import type { DiffWriter } from '../contracts/diff-report.js';
import { diffFormats, type DiffFormat } from '../report/diff/formats.js';
import type { RubricSource } from '../tasks/rubric-source.js';
import { rootOption } from './root-option.js';

type DiffOptions = { format: DiffFormat; output?: string; root?: string[] };

/**
 * `rubric diff OLD NEW`: what changed from last year's rubric to this year's. Changes are the answer,
 * not a failure: exit 0 whenever the diff is written; 2 when a rubric cannot be read or has errors (its
 * located findings are printed first), as there is then nothing to compare.
 */
export function registerDiff(program: Command, context: CommandContext): void {
    program
        .command('diff')
        .description(text(context.locale, 'diffDescription'))
        .argument('<old>')
        .argument('<new>')
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices(Object.keys(diffFormats)).default('pretty'))
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .addOption(rootOption(context.locale))
        .action(async (oldFile: string, newFile: string, options: DiffOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.format === 'docx' && !options.output) throw new CliError(text(locale, 'binaryNeedsOutput', { format: options.format }));
            const { loadRubricSource } = await import('../tasks/rubric-source.js');
            const { refuseOverwritingInputs, writeFileAtomically } = await import('../report/atomic-write.js');
            const { diffRubrics } = await import('@par-rubric/language/diff');
            if (options.output) refuseOverwritingInputs(options.output, [oldFile, newFile], locale);
            const load = async (file: string): Promise<RubricSource> => {
                try {
                    return await loadRubricSource(file, locale, context.io, options.root);
                } catch (error) {
                    if (error instanceof CliError) throw new CliError(error.message, ExitCode.UsageOrIo);
                    throw error;
                }
            };
            const before = await load(oldFile);
            const after = await load(newFile);
            if (options.output) refuseOverwritingInputs(options.output, [...before.files, ...after.files], locale);
            const write = await loadFormat<DiffWriter>(diffFormats, options.format);
            const content = await write({ diff: diffRubrics(before.rubric, after.rubric), locale });
            if (options.output) writeFileAtomically(options.output, content, locale);
            else if (typeof content === 'string') context.io.stdout.write(content);
        });
}
