import type { Command } from 'commander';
import { Argument } from 'commander';
import { assessmentJsonSchema, compiledRubricJsonSchema } from '@par-rubric/language/scoring';
import { text } from '../cli-text.js';
import type { CommandContext } from '../contracts/command-context.js';

const schemas = {
    compiled: compiledRubricJsonSchema,
    assessment: assessmentJsonSchema,
} as const;

/** `rubric schema compiled|assessment`: the JSON Schema of the compiled rubric or of an assessment. */
export function registerSchema(program: Command, context: CommandContext): void {
    program
        .command('schema')
        .description(text(context.locale, 'schemaDescription'))
        .addArgument(new Argument('<kind>', text(context.locale, 'schemaKind')).choices(Object.keys(schemas)))
        .action((kind: keyof typeof schemas) => {
            context.io.stdout.write(JSON.stringify(schemas[kind](), null, 2) + '\n');
        });
}
