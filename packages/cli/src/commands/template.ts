import type { Command } from 'commander';
import { Option } from 'commander';
import type { CompiledRubric, Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from './index.js';

const FORMATS = ['xlsx', 'csv', 'json', 'yaml'] as const;
type TemplateFormat = (typeof FORMATS)[number];

/** `rubric template FILE --format xlsx|csv|json|yaml [-o OUT]`: a blank assessment for units to fill in. */
export function registerTemplate(program: Command, context: CommandContext): void {
    program
        .command('template')
        .description(text(context.locale, 'templateDescription'))
        .argument('<rubric>')
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices([...FORMATS]).default('yaml'))
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .action(async (file: string, options: { format: TemplateFormat; output?: string }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.format === 'xlsx' && !options.output) throw new CliError(text(locale, 'binaryNeedsOutput', { format: 'xlsx' }));
            const { loadRubricSource } = await import('../input/assessment/rubric-source.js');
            const { refuseOverwritingInputs, writeFileAtomically } = await import('../report/atomic-write.js');
            const source = await loadRubricSource(file, locale);
            if (options.output) refuseOverwritingInputs(options.output, source.files, locale);
            const content = await writeTemplate(options.format, source.rubric, locale);
            if (options.output) writeFileAtomically(options.output, content, locale);
            else process.stdout.write(content);
        });
}

async function writeTemplate(format: TemplateFormat, rubric: CompiledRubric, locale: Locale): Promise<string | Uint8Array> {
    switch (format) {
        case 'xlsx':
            return (await import('../report/template/xlsx-template.js')).xlsxTemplate(rubric, locale);
        case 'csv':
            return (await import('../report/template/csv-template.js')).csvTemplate(rubric, locale);
        case 'json':
            return (await import('../report/template/blank-assessment.js')).jsonTemplate(rubric, locale);
        case 'yaml':
            return (await import('../report/template/yaml-template.js')).yamlTemplate(rubric, locale);
    }
}
