/** Exit codes of every command: 0 success, 1 findings in a rubric or assessment, 2 usage or I/O error. */
export const ExitCode = { Success: 0, Findings: 1, UsageOrIo: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A user's mistake or an unreadable input: printed as one line ("file:line:column: reason"), never a
 * stack trace, and the process ends with its exit code.
 */
export class CliError extends Error {
    constructor(
        message: string,
        readonly exitCode: ExitCode = ExitCode.UsageOrIo,
    ) {
        super(message);
    }
}
