import type { Command } from 'commander';
import type { CommandContext } from '../contracts/command-context.js';

type Register = (program: Command, context: CommandContext) => void;

/**
 * One line per verb; each verb lives in its own file and is imported only when it runs, so that
 * `rubric check` never loads what `score` or `export` need (zod schemas, exceljs…): start-up time is
 * mostly loading code. Add a verb here, never as a static import.
 */
const verbs: Record<string, () => Promise<Register>> = {
    check: async () => (await import('./check.js')).registerCheck,
    compile: async () => (await import('./compile.js')).registerCompile,
    schema: async () => (await import('./schema.js')).registerSchema,
    score: async () => (await import('./score.js')).registerScore,
    template: async () => (await import('./template.js')).registerTemplate,
    export: async () => (await import('./export.js')).registerExport,
    fmt: async () => (await import('./fmt.js')).registerFmt,
    diff: async () => (await import('./diff.js')).registerDiff,
    test: async () => (await import('./test.js')).registerTest,
    import: async () => (await import('./import.js')).registerImport,
    status: async () => (await import('./status.js')).registerStatus,
    'appraisal-sheets': async () => (await import('./appraisal-sheets.js')).registerAppraisalSheets,
    'explanation-sheets': async () => (await import('./explanation-sheets.js')).registerExplanationSheets,
    merge: async () => (await import('./merge.js')).registerMerge,
    explain: async () => (await import('./explain.js')).registerExplain,
    migrate: async () => (await import('./migrate.js')).registerMigrate,
};

/** The verb the user asked for: the first argument that is neither an option nor the value of --lang. */
function requestedVerb(argv: string[]): string | undefined {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--lang') i++;
        else if (!argv[i].startsWith('-')) return argv[i];
    }
    return undefined;
}

/** `rubric --version` (even with --help: commander prints the version first and stops there). */
function asksVersion(argv: string[]): boolean {
    return argv.some((arg) => arg === '--version' || arg === '-V');
}

/**
 * Registers the requested verb, or every verb for help, a typo or no verb at all (commander lists them);
 * none for a bare `--version`, which would otherwise load every verb's libraries just to print a number.
 */
export async function registerCommands(program: Command, context: CommandContext, argv: string[]): Promise<void> {
    const verb = requestedVerb(argv);
    if (verb === undefined && asksVersion(argv)) return;
    const names = verb !== undefined && verb in verbs ? [verb] : Object.keys(verbs);
    for (const name of names) (await verbs[name]())(program, context);
}
