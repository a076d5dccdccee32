import type { Command } from 'commander';
import { Option } from 'commander';
import { RubricIoError, RubricWorkspace } from '@par-rubric/language/workspace';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { collectFiles } from '../input/rubric-paths.js';
import { compareFindings, toFinding, type Finding } from '../report/finding.js';
import { findingWriters, type FindingFormat } from '../report/findings/index.js';
import type { CommandContext } from './index.js';

export function registerCheck(program: Command, context: CommandContext): void {
    program
        .command('check')
        .description(text(context.locale, 'checkDescription'))
        .argument('<paths...>')
        .addOption(
            new Option('--format <format>', text(context.locale, 'formatOption'))
                .choices(Object.keys(findingWriters))
                .default('pretty'),
        )
        .option('--strict', text(context.locale, 'strictOption'), false)
        .action(async (paths: string[], options: { format: FindingFormat; strict: boolean }) => {
            const locale = program.opts().lang ?? context.locale;
            const files = collectFiles(paths, ['.rubric'], locale);
            if (files.length === 0) throw new CliError(text(locale, 'noRubricFiles'));
            const findings = await checkFiles(files, locale);
            const output = findingWriters[options.format]({ findings, files, locale });
            process.stdout.write(output);
            const failing = findings.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
            context.setExitCode(failing ? ExitCode.Findings : ExitCode.Success);
        });
}

export async function checkFiles(files: string[], locale: 'vi' | 'en'): Promise<Finding[]> {
    const workspace = new RubricWorkspace(locale);
    try {
        const loaded = await workspace.load(files);
        return loaded.flatMap((doc) => doc.diagnostics.map((d) => toFinding(doc.path, d))).sort(compareFindings);
    } catch (error) {
        if (error instanceof RubricIoError) throw new CliError(`${error.path}: ${error.reason}`);
        throw error;
    }
}
