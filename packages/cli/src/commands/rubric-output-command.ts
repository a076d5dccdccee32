import type { Command } from 'commander';
import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text, type TextKey } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { loadFormat, type FormatRegistry } from '../contracts/format-registry.js';
import type { RubricWriter } from '../contracts/rubric-writer.js';
import { rootOption } from './root-option.js';

/** A verb that turns one rubric into one document: `rubric <verb> FILE --format … [-o OUT]`. */
export type RubricOutputCommand<F extends string> = {
    name: string;
    description: TextKey;
    formats: FormatRegistry<RubricWriter> & Record<F, unknown>;
    defaultFormat: F;
    /** Binary formats cannot go to a terminal. */
    binaryFormats: readonly F[];
};

export function registerRubricOutputCommand<F extends string>(
    program: Command,
    context: CommandContext,
    command: RubricOutputCommand<F>,
): void {
    program
        .command(command.name)
        .description(text(context.locale, command.description))
        .argument('<rubric>')
        .addOption(
            new Option('--format <format>', text(context.locale, 'formatOption'))
                .choices(Object.keys(command.formats))
                .default(command.defaultFormat),
        )
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .addOption(rootOption(context.locale))
        .action(async (file: string, options: { format: F; output?: string; root?: string[] }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (command.binaryFormats.includes(options.format) && !options.output) {
                throw new CliError(text(locale, 'binaryNeedsOutput', { format: options.format }));
            }
            const { loadRubricSource } = await import('../tasks/rubric-source.js');
            const { refuseOverwritingInputs, writeFileAtomically } = await import('../report/atomic-write.js');
            const source = await loadRubricSource(file, locale, context.io, options.root);
            if (options.output) refuseOverwritingInputs(options.output, source.files, locale);
            const write = await loadFormat<RubricWriter>(command.formats, options.format);
            const content = await write(source.rubric, locale);
            if (options.output) writeFileAtomically(options.output, content, locale);
            // binary formats were refused above without -o
            else if (typeof content === 'string') context.io.stdout.write(content);
        });
}
