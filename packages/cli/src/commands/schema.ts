import type { Command } from 'commander';
import { Argument } from 'commander';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';

const KINDS = ['compiled', 'assessment'] as const;

/** `rubric schema compiled|assessment`: the JSON Schema of the compiled rubric or of an assessment. */
export function registerSchema(program: Command, context: CommandContext): void {
    program
        .command('schema')
        .description(text(context.locale, 'schemaDescription'))
        .addArgument(new Argument('<kind>', text(context.locale, 'schemaKind')).choices(KINDS))
        .action(async (kind: (typeof KINDS)[number]) => {
            // the schemas (zod) load when asked for, not for `rubric --help`
            const { assessmentJsonSchema, compiledRubricJsonSchema } = await import('@par-rubric/language/scoring');
            const schema = kind === 'compiled' ? compiledRubricJsonSchema() : assessmentJsonSchema();
            context.io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
        });
}
