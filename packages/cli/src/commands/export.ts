import type { Command } from 'commander';
import type { CommandContext } from '../contracts/command-context.js';
import { registerRubricOutputCommand } from './rubric-output-command.js';

/** `rubric export FILE --format md|html|xlsx|csv [-o OUT]`: the rubric as the published annex table. */
export function registerExport(program: Command, context: CommandContext): void {
    registerRubricOutputCommand(program, context, {
        name: 'export',
        description: 'exportDescription',
        formats: ['md', 'html', 'xlsx', 'csv'] as const,
        defaultFormat: 'md',
        binaryFormats: ['xlsx'],
        async write(format, rubric, locale) {
            switch (format) {
                case 'md':
                    return (await import('../report/annex/annex-markdown.js')).annexMarkdown(rubric, locale);
                case 'html':
                    return (await import('../report/annex/annex-html.js')).annexHtml(rubric, locale);
                case 'xlsx':
                    return (await import('../report/annex/annex-xlsx.js')).annexXlsx(rubric, locale);
                case 'csv':
                    return (await import('../report/annex/annex-csv.js')).annexCsv(rubric, locale);
            }
        },
    });
}
