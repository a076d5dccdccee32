import * as path from 'node:path';
import { CompiledRubricSchema, formatPath, type CompiledRubric, type Locale } from '@par-rubric/language';
import { readInputText } from '../input/read-input-text.js';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { displayPath } from '../display-path.js';
import writePrettyFindings from '../report/findings/pretty.js';
import { compileRubricFile } from './compile-rubric.js';
import type { CliIo } from '../contracts/cli-io.js';
import { AssessmentInputError, readJsonDocument } from '@par-rubric/language/assessment-input';

/** The rubric a command works from, and the files it was read from (never to be overwritten). */
export type RubricSource = { rubric: CompiledRubric; files: string[] };

/**
 * A rubric given on the command line: a .rubric file (validated and compiled with its imports; its errors
 * are printed and end the command with exit 1) or the compiled JSON that `rubric compile` writes.
 */
export async function loadRubricSource(file: string, locale: Locale, io: CliIo, extraRoots: readonly string[] = []): Promise<RubricSource> {
    if (file.toLowerCase().endsWith('.json')) return { rubric: readCompiledRubric(file, locale), files: [path.resolve(file)] };
    const result = await compileRubricFile(file, locale, extraRoots);
    if (!result.compiled) {
        io.stderr.write(writePrettyFindings({ findings: result.findings, files: result.files, locale }));
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        throw new CliError(`${displayPath(file)}: ${text(locale, 'rubricHasErrors', { count: errors })}`, ExitCode.Findings);
    }
    return { rubric: result.compiled, files: result.files };
}

function readCompiledRubric(file: string, locale: Locale): CompiledRubric {
    const shown = displayPath(file);
    const source = readInputText(file, shown, locale);
    if (source.trim() === '') throw new CliError(`${shown}: ${text(locale, 'emptyFile')}`, ExitCode.Findings);
    let document;
    try {
        document = readJsonDocument(source, shown, locale);
    } catch (error) {
        if (error instanceof AssessmentInputError) throw new CliError(error.message, ExitCode.Findings);
        throw error;
    }
    const parsed = CompiledRubricSchema.safeParse(document.value);
    if (!parsed.success) {
        const lines = parsed.error.issues.slice(0, 20).map((issue) => {
            const where = document.locations.nearest(issue.path);
            const at = where?.kind === 'text' ? `:${where.line}:${where.column}` : '';
            const reason = `${formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${issue.message}`;
            return `${shown}${at}: ${text(locale, 'compiledRubricInvalid', { reason })}`;
        });
        throw new CliError(lines.join('\n'), ExitCode.Findings);
    }
    return parsed.data;
}
