import type { Command } from 'commander';
import type { CommandContext } from '../contracts/command-context.js';
import { annexFormats } from '../report/annex/formats.js';
import { registerRubricOutputCommand } from './rubric-output-command.js';

/** `rubric export FILE --format md|html|xlsx|csv|docx [-o OUT]`: the rubric as the published annex table. */
export function registerExport(program: Command, context: CommandContext): void {
    registerRubricOutputCommand(program, context, {
        name: 'export',
        description: 'exportDescription',
        formats: annexFormats,
        defaultFormat: 'md',
        binaryFormats: ['xlsx', 'docx'],
    });
}
