import type { Command } from 'commander';
import { Option } from 'commander';
import type { Locale } from '@par-rubric/language';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { statusFormats, type StatusFormat } from '../report/status/formats.js';
import { rootOption } from './root-option.js';

type StatusOptions = { units?: string; format: StatusFormat; output?: string; root?: string[] };

/** `rubric status R DIR… [--units LIST]`: the round's progress per unit and as a whole. */
export function registerStatus(program: Command, context: CommandContext): void {
    program
        .command('status')
        .description(text(context.locale, 'statusDescription'))
        .argument('<rubric>')
        .argument('<assessments...>')
        .option('--units <list>', text(context.locale, 'statusUnitsOption'))
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices(Object.keys(statusFormats)).default('table'))
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .addOption(rootOption(context.locale))
        .action(async (rubric: string, paths: string[], options: StatusOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            const { roundStatus } = await import('../tasks/round-status.js');
            context.setExitCode(await roundStatus({ rubric, paths, locale, ...options }, context.io));
        });
}
