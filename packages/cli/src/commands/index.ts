import type { Command } from 'commander';
import type { Locale } from '@par-rubric/language';
import { registerCheck } from './check.js';
import { registerCompile } from './compile.js';
import { registerSchema } from './schema.js';

/** What every command gets: the chosen language and a way to raise the exit code. */
export type CommandContext = {
    locale: Locale;
    setExitCode: (code: number) => void;
};

/** One line per verb; each verb lives in its own file. */
export function registerCommands(program: Command, context: CommandContext): void {
    registerCheck(program, context);
    registerCompile(program, context);
    registerSchema(program, context);
}
