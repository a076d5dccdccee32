import type { Command } from 'commander';
import type { CommandContext } from '../contracts/command-context.js';
import { registerRubricOutputCommand } from './rubric-output-command.js';

/** `rubric template FILE --format xlsx|csv|json|yaml [-o OUT]`: a blank assessment for units to fill in. */
export function registerTemplate(program: Command, context: CommandContext): void {
    registerRubricOutputCommand(program, context, {
        name: 'template',
        description: 'templateDescription',
        formats: ['xlsx', 'csv', 'json', 'yaml'] as const,
        defaultFormat: 'yaml',
        binaryFormats: ['xlsx'],
        async write(format, rubric, locale) {
            switch (format) {
                case 'xlsx':
                    return (await import('../report/template/xlsx-template.js')).xlsxTemplate(rubric, locale);
                case 'csv':
                    return (await import('../report/template/csv-template.js')).csvTemplate(rubric, locale);
                case 'json':
                    return (await import('../report/template/blank-assessment.js')).jsonTemplate(rubric, locale);
                case 'yaml':
                    return (await import('../report/template/yaml-template.js')).yamlTemplate(rubric, locale);
            }
        },
    });
}
