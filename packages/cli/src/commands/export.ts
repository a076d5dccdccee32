import type { Command } from 'commander';
import { Option } from 'commander';
import type { CompiledRubric, Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from './index.js';

const FORMATS = ['md', 'html', 'xlsx', 'csv'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** `rubric export FILE --format md|html|xlsx|csv [-o OUT]`: the rubric as the published annex table. */
export function registerExport(program: Command, context: CommandContext): void {
    program
        .command('export')
        .description(text(context.locale, 'exportDescription'))
        .argument('<rubric>')
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices([...FORMATS]).default('md'))
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .action(async (file: string, options: { format: ExportFormat; output?: string }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.format === 'xlsx' && !options.output) throw new CliError(text(locale, 'binaryNeedsOutput', { format: 'xlsx' }));
            const { loadRubricSource } = await import('../input/assessment/rubric-source.js');
            const { refuseOverwritingInputs, writeFileAtomically } = await import('../report/atomic-write.js');
            const source = await loadRubricSource(file, locale);
            if (options.output) refuseOverwritingInputs(options.output, source.files, locale);
            const content = await writeAnnex(options.format, source.rubric, locale);
            if (options.output) writeFileAtomically(options.output, content, locale);
            else process.stdout.write(content);
        });
}

async function writeAnnex(format: ExportFormat, rubric: CompiledRubric, locale: Locale): Promise<string | Uint8Array> {
    switch (format) {
        case 'md':
            return (await import('../report/annex/annex-markdown.js')).annexMarkdown(rubric, locale);
        case 'html':
            return (await import('../report/annex/annex-html.js')).annexHtml(rubric, locale);
        case 'xlsx':
            return (await import('../report/annex/annex-xlsx.js')).annexXlsx(rubric, locale);
        case 'csv':
            return (await import('../report/annex/annex-csv.js')).annexCsv(rubric, locale);
    }
}
