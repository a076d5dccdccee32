import type { Command } from 'commander';
import { Option } from 'commander';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';
import type { FindingWriter } from '../contracts/finding-report.js';
import { loadFormat } from '../contracts/format-registry.js';
import { cliPackage, projectHome } from '../cli-package.js';
import { collectRubricFiles } from '../input/rubric-paths.js';
import { findingFormats, type FindingFormat } from '../report/findings/formats.js';
import { rootOption } from './root-option.js';
import { importRoots } from '../tasks/import-roots.js';

export function registerCheck(program: Command, context: CommandContext): void {
    program
        .command('check')
        .description(text(context.locale, 'checkDescription'))
        .argument('<paths...>')
        .addOption(
            new Option('--format <format>', text(context.locale, 'formatOption'))
                .choices(Object.keys(findingFormats))
                .default('pretty'),
        )
        .option('--strict', text(context.locale, 'strictOption'), false)
        .addOption(rootOption(context.locale))
        .action(async (paths: string[], options: { format: FindingFormat; strict: boolean; root?: string[] }) => {
            const locale = program.opts().lang ?? context.locale;
            const files = collectRubricFiles(paths, locale);
            if (files.length === 0) throw new CliError(text(locale, 'noRubricFiles'));
            // the language loads when a check runs, not for `rubric --help`
            const { loadRubrics } = await import('../tasks/load-rubrics.js');
            const { findings } = await loadRubrics(files, importRoots(paths, options.root), locale);
            const write = await loadFormat<FindingWriter>(findingFormats, options.format);
            context.io.stdout.write(write({ findings, files, locale, strict: options.strict, home: projectHome(cliPackage, context.io.env) }));
            const failing = findings.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
            context.setExitCode(failing ? ExitCode.Findings : ExitCode.Success);
        });
}
