import type { Command } from 'commander';
import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { loadFormat } from '../contracts/format-registry.js';
import type { TemplateWriter } from '../contracts/template-writer.js';
import { templateFormats, type TemplateFormat } from '../report/template/formats.js';
import { rootOption } from './root-option.js';

type TemplateOptions = { format?: TemplateFormat; output?: string; units?: string; force?: boolean; root?: string[] };

/**
 * `rubric template FILE --format xlsx|csv|json|yaml [-o OUT]`: a blank assessment for units to fill in;
 * with `--units LIST -o DIR`, one per listed unit with its header filled in (XLSX unless --format says).
 */
export function registerTemplate(program: Command, context: CommandContext): void {
    program
        .command('template')
        .description(text(context.locale, 'templateDescription'))
        .argument('<rubric>')
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices(Object.keys(templateFormats)))
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .option('--units <list>', text(context.locale, 'unitsOption'))
        .option('--force', text(context.locale, 'forceOption'))
        .addOption(rootOption(context.locale))
        .action(async (file: string, options: TemplateOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.units !== undefined) {
                if (!options.output) throw new CliError(text(locale, 'unitsNeedOutput'));
                const { writeUnitTemplates } = await import('../tasks/write-unit-templates.js');
                const run = { rubric: file, units: options.units, format: options.format ?? 'xlsx', output: options.output, force: options.force ?? false, root: options.root, locale };
                context.setExitCode(await writeUnitTemplates(run, context.io));
                return;
            }
            const format = options.format ?? 'yaml';
            if (format === 'xlsx' && !options.output) throw new CliError(text(locale, 'binaryNeedsOutput', { format }));
            const { loadRubricSource } = await import('../tasks/rubric-source.js');
            const { refuseOverwritingInputs, writeFileAtomically } = await import('../report/atomic-write.js');
            const source = await loadRubricSource(file, locale, context.io, options.root);
            if (options.output) refuseOverwritingInputs(options.output, source.files, locale);
            const content = await (await loadFormat<TemplateWriter>(templateFormats, format))(source.rubric, locale);
            if (options.output) writeFileAtomically(options.output, content, locale);
            // xlsx was refused above without -o
            else if (typeof content === 'string') context.io.stdout.write(content);
        });
}
