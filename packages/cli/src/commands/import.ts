import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { terminalText } from '../safe-text/terminal.js';

type ImportCommandOptions = { output?: string; sheet?: string; id?: string; year?: string; unitType?: string; columns?: string };

/**
 * `rubric import FILE [-o OUT.rubric] [--sheet NAME] [--id ID] [--year YYYY] [--unit-type T] [--columns …]`:
 * a rubric table turned into a .rubric. What could not be read is listed on stderr; the rubric is written
 * all the same (exit 0), for `rubric check` to judge. An unusable file is one line and exit 2.
 */
export function registerImport(program: Command, context: CommandContext): void {
    program
        .command('import')
        .description(text(context.locale, 'importDescription'))
        .argument('<file>')
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .option('--sheet <name>', text(context.locale, 'importSheetOption'))
        .option('--id <id>', text(context.locale, 'importIdOption'))
        .option('--year <year>', text(context.locale, 'importYearOption'))
        .option('--unit-type <type>', text(context.locale, 'importUnitTypeOption'))
        .option('--columns <mapping>', text(context.locale, 'importColumnsOption'))
        .action(async (file: string, options: ImportCommandOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new CliError(text(locale, 'importBadYear', { value: options.year }));
            if (options.id !== undefined && !/^[_a-zA-Z]\w*$/.test(options.id)) throw new CliError(text(locale, 'importBadId', { value: options.id }));
            const { refuseOverwritingInputs, writeFileAtomically } = await import('../report/atomic-write.js');
            const { importRubricFile } = await import('../tasks/import-rubric.js');
            const { ImportInputError } = await import('../input/import/import-input-error.js');
            if (options.output) refuseOverwritingInputs(options.output, [file], locale);
            let result;
            try {
                result = await importRubricFile(file, { ...options, year: options.year === undefined ? undefined : Number(options.year) }, locale);
            } catch (error) {
                if (error instanceof ImportInputError) throw new CliError(error.message);
                throw error;
            }
            context.io.stderr.write(terminalText([...result.findings, result.summary].join('\n') + '\n'));
            if (options.output) writeFileAtomically(options.output, result.rubric, locale);
            else context.io.stdout.write(result.rubric);
        });
}
