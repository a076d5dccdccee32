/** Where the CLI writes and what environment it reads: the process's own, or a caller's when run in-process. */
export type CliIo = {
    stdout: { write(text: string): unknown; isTTY?: boolean };
    stderr: { write(text: string): unknown; isTTY?: boolean };
    env?: Record<string, string | undefined>;
};

/** A stream of `CliIo`: terminals also tell their width. */
export type CliStream = CliIo['stdout'];

export function processIo(): Required<CliIo> {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
