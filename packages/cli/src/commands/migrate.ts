import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { rootOption } from './root-option.js';

type MigrateOptions = { from: string; to: string; output: string; force?: boolean; root?: string[] };

/** `rubric migrate --from OLD --to NEW ASSESSMENTS… -o DIR`: assessments carried to a revised rubric. */
export function registerMigrate(program: Command, context: CommandContext): void {
    program
        .command('migrate')
        .description(text(context.locale, 'migrateDescription'))
        .argument('<assessments...>')
        .requiredOption('--from <rubric>', text(context.locale, 'migrateFromOption'))
        .requiredOption('--to <rubric>', text(context.locale, 'migrateToOption'))
        .requiredOption('-o, --output <folder>', text(context.locale, 'migrateOutputOption'))
        .option('--force', text(context.locale, 'forceOption'))
        .addOption(rootOption(context.locale))
        .action(async (paths: string[], options: MigrateOptions) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            const { migrateAssessments } = await import('../tasks/migrate-assessments.js');
            const run = { from: options.from, to: options.to, paths, output: options.output, force: options.force ?? false, root: options.root, locale };
            context.setExitCode(await migrateAssessments(run, context.io));
        });
}
