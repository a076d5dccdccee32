import type { Command } from 'commander';
import * as fs from 'node:fs';
import { compileDocument, type CompiledRubric, type Locale } from '@par-rubric/language';
import { RubricIoError, RubricWorkspace } from '@par-rubric/language/workspace';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { refuseOverwritingInputs, writeFileAtomically } from '../report/atomic-write.js';
import { compareFindings, toFinding, type Finding } from '../report/finding.js';
import { writePrettyFindings } from '../report/findings/pretty.js';
import { importRoots } from './check.js';
import type { CommandContext } from '../contracts/command-context.js';

export function registerCompile(program: Command, context: CommandContext): void {
    program
        .command('compile')
        .description(text(context.locale, 'compileDescription'))
        .argument('<file>')
        .option('-o, --output <file>', text(context.locale, 'outputOption'))
        .action(async (file: string, options: { output?: string }) => {
            const locale: Locale = program.opts().lang ?? context.locale;
            if (options.output) refuseOverwritingInputs(options.output, [file], locale);
            const result = await compileRubricFile(file, locale);
            const report = (findings: Finding[]) =>
                context.io.stderr.write(writePrettyFindings({ findings, files: result.files, locale }));
            if (!result.compiled) {
                report(result.findings);
                context.setExitCode(ExitCode.Findings);
                return;
            }
            // warnings do not stop the compiler, but they are not hidden either
            if (result.findings.length > 0) report(result.findings);
            const json = JSON.stringify(result.compiled, null, 2) + '\n';
            if (options.output) {
                refuseOverwritingInputs(options.output, result.files, locale);
                writeFileAtomically(options.output, json, locale);
            } else {
                context.io.stdout.write(json);
            }
        });
}

export type RubricFileCompilation = {
    /** Undefined when the rubric (or a file it imports) has errors. */
    compiled: CompiledRubric | undefined;
    /** Every finding of the rubric and its imports, sorted as `rubric check` sorts them. */
    findings: Finding[];
    /** The rubric and the files it imports, absolute. */
    files: string[];
};

/**
 * Loads, validates and compiles one .rubric file with its imports — for `compile`, and for any command
 * that takes a rubric source (`score --rubric`, `template`, `export`). Errors in the rubric are returned
 * as findings; an unreadable file or a file without exactly one rubric is a CliError (exit 2).
 */
export async function compileRubricFile(file: string, locale: Locale): Promise<RubricFileCompilation> {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        throw new CliError(text(locale, 'outputIsDirectory', { file }));
    }
    const workspace = new RubricWorkspace(locale);
    let loaded;
    try {
        loaded = await workspace.load([file], importRoots([file]));
    } catch (error) {
        if (error instanceof RubricIoError) throw new CliError(`${error.path}: ${error.reason}`);
        throw error;
    }
    const findings = loaded.flatMap((doc) => doc.diagnostics.map((d) => toFinding(doc.path, d))).sort(compareFindings);
    const files = loaded.map((doc) => doc.path);
    if (findings.some((f) => f.severity === 'error')) return { compiled: undefined, findings, files };
    const main = loaded[0].document;
    const root = main.parseResult.value as { rubrics?: unknown[] };
    if (root.rubrics?.length !== 1) throw new CliError(`${file}: ${text(locale, 'rubricNotSingle')}`);
    const compiled = compileDocument(main, workspace.services.shared.workspace.LangiumDocuments);
    return { compiled, findings, files };
}
