import type { Locale } from '@par-rubric/language';
import type { CliIo } from './cli-io.js';

/** What every command gets: the chosen language, where to write, and a way to raise the exit code. */
export type CommandContext = {
    locale: Locale;
    io: CliIo;
    setExitCode: (code: number) => void;
};
