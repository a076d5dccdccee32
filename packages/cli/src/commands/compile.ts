import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import type { Finding } from '../contracts/finding-report.js';
import { rootOption } from './root-option.js';
import type { CommandContext } from '../contracts/command-context.js';

export function registerCompile(program: Command, context: CommandContext): void {
    program
        .command('compile')
        .description(text(context.locale, 'compileDescription'))
        .argument('<file>')
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .addOption(rootOption(context.locale))
        .action(async (file: string, options: { output?: string; root?: string[] }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.output) refuseOverwritingInputs(options.output, [file], locale);
            // the compiler loads when it runs, not for `rubric --help`
            const [{ compileRubricFile }, { default: writePrettyFindings }] = await Promise.all([
                import('../tasks/compile-rubric.js'),
                import('../report/findings/pretty.js'),
            ]);
            const result = await compileRubricFile(file, locale, options.root);
            const report = (findings: Finding[]) =>
                context.io.stderr.write(writePrettyFindings({ findings, files: result.files, locale }));
            if (!result.compiled) {
                report(result.findings);
                context.setExitCode(ExitCode.Findings);
                return;
            }
            // warnings do not stop the compiler, but they are not hidden either
            if (result.findings.length > 0) report(result.findings);
            const json = JSON.stringify(result.compiled, null, 2) + '\n';
            if (options.output) {
                refuseOverwritingInputs(options.output, result.files, locale);
                writeFileAtomically(options.output, json, locale);
            } else {
                context.io.stdout.write(json);
            }
        });
}
