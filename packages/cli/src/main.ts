import { Command, CommanderError, Option } from 'commander';
// the narrow entry, not the package's index: that one would load the compiler and zod at every start
import { isLocale, localeFromEnvironment, type Locale } from '@par-rubric/language/locale';
import { CliError, ExitCode } from './cli-error.js';
import { text } from './cli-text.js';
import { registerCommands } from './commands/index.js';
import { localizeHelp } from './localized-help.js';

/** --lang is read before the commands exist, so that their help is already in the chosen language. */
function localeFromArguments(argv: string[]): Locale | undefined {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
        if (value !== undefined) return isLocale(value) ? value : undefined;
    }
    return undefined;
}

export async function main(argv: string[]): Promise<number> {
    const locale = localeFromArguments(argv) ?? localeFromEnvironment();
    const program = new Command('rubric')
        .description(text(locale, 'programDescription'))
        .addOption(new Option('--lang <lang>', text(locale, 'langOption')).choices(['vi', 'en']))
        .showHelpAfterError(false)
        .exitOverride();
    localizeHelp(program, locale);
    let exitCode: number = ExitCode.Success;
    await registerCommands(program, { locale, setExitCode: (code) => (exitCode = Math.max(exitCode, code)) }, argv);
    try {
        await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // help and version end with code 0; any other commander complaint is a usage error
            return error.exitCode === 0 ? ExitCode.Success : ExitCode.UsageOrIo;
        }
        if (error instanceof CliError) {
            process.stderr.write(`rubric: ${error.message}\n`);
            return error.exitCode;
        }
        process.stderr.write(`rubric: ${text(locale, 'internalError', { detail: String((error as Error)?.message ?? error) })}\n`);
        return ExitCode.UsageOrIo;
    }
    return exitCode;
}

// `rubric … | head` closes the pipe early: that is the reader's choice, not a crash
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
    });
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
