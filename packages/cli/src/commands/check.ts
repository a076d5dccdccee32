import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Option } from 'commander';
import { RubricIoError, RubricWorkspace } from '@par-rubric/language/workspace';
import { CliError, ExitCode } from '../cli-error.js';
import { text } from '../cli-text.js';
import { collectFiles } from '../input/rubric-paths.js';
import { compareFindings, toFinding, type Finding } from '../report/finding.js';
import { findingWriters, type FindingFormat } from '../report/findings/index.js';
import type { CommandContext } from '../contracts/command-context.js';

export function registerCheck(program: Command, context: CommandContext): void {
    program
        .command('check')
        .description(text(context.locale, 'checkDescription'))
        .argument('<paths...>')
        .addOption(
            new Option('--format <format>', text(context.locale, 'formatOption'))
                .choices(Object.keys(findingWriters))
                .default('pretty'),
        )
        .option('--strict', text(context.locale, 'strictOption'), false)
        .option('--root <folder...>', text(context.locale, 'rootOption'))
        .action(async (paths: string[], options: { format: FindingFormat; strict: boolean; root?: string[] }) => {
            const locale = program.opts().lang ?? context.locale;
            const files = collectFiles(paths, ['.rubric'], locale);
            if (files.length === 0) throw new CliError(text(locale, 'noRubricFiles'));
            const findings = await checkFiles(files, locale, importRoots(paths, options.root));
            const output = findingWriters[options.format]({ findings, files, locale });
            context.io.stdout.write(output);
            const failing = findings.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
            context.setExitCode(failing ? ExitCode.Findings : ExitCode.Success);
        });
}

/**
 * Imports may reach files under the working folder, the project each input belongs to (the nearest
 * folder above it with .git, package.json or .rubric-root; else the input's own folder) and any --root.
 */
export function importRoots(paths: string[], extra: string[] = []): string[] {
    const roots = [process.cwd(), ...extra];
    for (const input of paths) {
        const isFolder = fs.existsSync(input) && fs.statSync(input).isDirectory();
        const folder = path.resolve(isFolder ? input : path.dirname(input));
        roots.push(projectFolder(folder) ?? folder);
    }
    return [...new Set(roots.map((root) => path.resolve(root)))];
}

const PROJECT_MARKERS = ['.git', 'package.json', '.rubric-root'];

function projectFolder(start: string): string | undefined {
    for (let folder = start; ; folder = path.dirname(folder)) {
        if (PROJECT_MARKERS.some((marker) => fs.existsSync(path.join(folder, marker)))) return folder;
        if (path.dirname(folder) === folder) return undefined;
    }
}

export async function checkFiles(files: string[], locale: 'vi' | 'en', roots?: string[]): Promise<Finding[]> {
    const workspace = new RubricWorkspace(locale);
    try {
        const loaded = await workspace.load(files, roots ?? importRoots(files));
        return loaded.flatMap((doc) => doc.diagnostics.map((d) => toFinding(doc.path, d))).sort(compareFindings);
    } catch (error) {
        if (error instanceof RubricIoError) throw new CliError(`${error.path}: ${error.reason}`);
        throw error;
    }
}
