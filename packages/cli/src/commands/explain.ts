import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { rootOption } from './root-option.js';

/** `rubric explain RUBRIC ASSESSMENT CODE`: the source of one item's final score. */
export function registerExplain(program: Command, context: CommandContext): void {
    program
        .command('explain')
        .description(text(context.locale, 'explainDescription'))
        .argument('<rubric>')
        .argument('<assessment>')
        .argument('<code>')
        .addOption(rootOption(context.locale))
        .action(async (rubric: string, assessment: string, code: string, options: { root?: string[] }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            const { explainItem } = await import('../tasks/council/explain-item.js');
            context.setExitCode(await explainItem({ rubric, assessment, code, locale, ...options }, context.io));
        });
}
