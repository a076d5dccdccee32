import type { Command } from 'commander';
import { Option } from 'commander';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import { collectTestFiles } from '../input/rubric-test/test-file-paths.js';
import { testFormats, type TestFormat } from '../report/test/formats.js';
import { rootOption } from './root-option.js';

/** `rubric test [PATH…]`: runs the cases of the *.rubric-test.yaml files (under the working folder by default). */
export function registerTest(program: Command, context: CommandContext): void {
    program
        .command('test')
        .description(text(context.locale, 'testDescription'))
        .argument('[paths...]')
        .addOption(new Option('--format <format>', text(context.locale, 'formatOption')).choices(Object.keys(testFormats)).default('pretty'))
        .addOption(rootOption(context.locale))
        .action(async (paths: string[], options: { format: TestFormat; root?: string[] }) => {
            const locale = program.opts().lang ?? context.locale;
            const files = collectTestFiles(paths.length > 0 ? paths : ['.'], locale);
            if (files.length === 0) throw new CliError(text(locale, 'noTestFiles'));
            // the engine and the writers load only when the command runs
            const { runRubricTests } = await import('../tasks/rubric-test/run-rubric-tests.js');
            context.setExitCode(await runRubricTests({ files, locale, ...options }, context.io));
        });
}
