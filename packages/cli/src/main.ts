import { Command, CommanderError, Option } from 'commander';
// the narrow entry, not the package's index: that one would load the compiler and zod at every start
import { isLocale, localeFromEnvironment, type Locale } from '@par-rubric/language/locale';
import { CliError, ExitCode } from './cli-error.js';
import { processIo, type CliIo } from './contracts/cli-io.js';
import { text } from './cli-text.js';
import { cliPackage } from './cli-package.js';
import { registerCommands } from './commands/index.js';
import { localizeHelp } from './localized-help.js';
import { terminalText } from './safe-text/terminal.js';

/** --lang is read before the commands exist, so that their help is already in the chosen language. */
function localeFromArguments(argv: string[]): Locale | undefined {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
        if (value !== undefined) return isLocale(value) ? value : undefined;
    }
    return undefined;
}

/**
 * Runs `rubric ARGV…` and resolves to its exit code. Everything it prints goes to `io` (the process's
 * streams by default) and it never ends the process, so that a caller may run it in-process.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
    const locale = localeFromArguments(argv) ?? localeFromEnvironment(io.env ?? process.env);
    const program = new Command('rubric')
        .description(text(locale, 'programDescription'))
        .version(cliPackage.version, '-V, --version', text(locale, 'versionOption'))
        .addOption(new Option('--lang <lang>', text(locale, 'langOption')).choices(['vi', 'en']))
        .showHelpAfterError(false)
        .exitOverride();
    localizeHelp(program, locale, io);
    let exitCode: number = ExitCode.Success;
    await registerCommands(program, { locale, io, setExitCode: (code) => (exitCode = Math.max(exitCode, code)) }, argv);
    try {
        await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // help and version end with code 0; any other commander complaint is a usage error
            return error.exitCode === 0 ? ExitCode.Success : ExitCode.UsageOrIo;
        }
        if (error instanceof CliError) {
            io.stderr.write(`rubric: ${terminalText(error.message)}\n`);
            return error.exitCode;
        }
        io.stderr.write(`rubric: ${text(locale, 'internalError', { detail: terminalText(String((error as Error)?.message ?? error)) })}\n`);
        return ExitCode.UsageOrIo;
    }
    return exitCode;
}
