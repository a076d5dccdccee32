import type { Command } from 'commander';
import type { CommandContext } from '../contracts/command-context.js';
import { templateFormats } from '../report/template/formats.js';
import { registerRubricOutputCommand } from './rubric-output-command.js';

/** `rubric template FILE --format xlsx|csv|json|yaml [-o OUT]`: a blank assessment for units to fill in. */
export function registerTemplate(program: Command, context: CommandContext): void {
    registerRubricOutputCommand(program, context, {
        name: 'template',
        description: 'templateDescription',
        formats: templateFormats,
        defaultFormat: 'yaml',
        binaryFormats: ['xlsx'],
    });
}
