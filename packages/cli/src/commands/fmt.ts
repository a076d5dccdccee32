import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import { collectRubricFiles } from '../input/rubric-paths.js';
import type { CommandContext } from '../contracts/command-context.js';
import type { FmtOptions } from '../tasks/format-files.js';

export function registerFmt(program: Command, context: CommandContext): void {
    program
        .command('fmt')
        .description(text(context.locale, 'fmtDescription'))
        .argument('<paths...>')
        .option('--check', text(context.locale, 'fmtCheckOption'))
        .option('--write', text(context.locale, 'fmtWriteOption'))
        .option('--diff', text(context.locale, 'fmtDiffOption'))
        .action(async (paths: string[], options: FmtOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            const files = collectRubricFiles(paths, locale);
            if (files.length === 0) throw new CliError(text(locale, 'noRubricFiles'));
            const printOnly = !options.check && !options.write && !options.diff;
            if (printOnly && files.length > 1) throw new CliError(text(locale, 'fmtSeveralFiles', { count: files.length }));
            // the formatter (the whole language) loads when it runs, not for `rubric --help`
            const { formatFiles } = await import('../tasks/format-files.js');
            context.setExitCode(await formatFiles(files, options, locale, context.io));
        });
}
