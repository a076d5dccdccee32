import * as fs from 'node:fs';
import { compileDocument, type CompiledRubric, type Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';
import type { Finding } from '../contracts/finding-report.js';
import { importRoots } from './import-roots.js';
import { loadRubrics } from './load-rubrics.js';

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
 * as findings; imports may reach what `importRoots` allows, and `extraRoots`. An unreadable file or a file without exactly one rubric is a CliError (exit 2).
 */
export async function compileRubricFile(file: string, locale: Locale, extraRoots: readonly string[] = []): Promise<RubricFileCompilation> {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        throw new CliError(text(locale, 'outputIsDirectory', { file }));
    }
    const { workspace, loaded, findings } = await loadRubrics([file], importRoots([file], extraRoots), locale);
    const files = loaded.map((doc) => doc.path);
    if (findings.some((f) => f.severity === 'error')) return { compiled: undefined, findings, files };
    const main = loaded[0].document;
    const root = main.parseResult.value as { rubrics?: unknown[] };
    if (root.rubrics?.length !== 1) throw new CliError(`${file}: ${text(locale, 'rubricNotSingle')}`);
    const compiled = compileDocument(main, workspace.services.shared.workspace.LangiumDocuments);
    return { compiled, findings, files };
}
