import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../cli-error.js';
import { text } from '../cli-text.js';

/** Files and folders to the .rubric files they hold, sorted so every run reports in the same order. */
export function collectFiles(inputs: string[], extensions: string[], locale: Locale): string[] {
    const found = new Set<string>();
    for (const input of inputs) {
        let stat: fs.Stats;
        try {
            stat = fs.statSync(input);
        } catch {
            throw new CliError(`${input}: ${text(locale, 'noSuchPath')}`);
        }
        if (stat.isDirectory()) {
            for (const file of walk(input, extensions)) found.add(path.resolve(file));
        } else {
            found.add(path.resolve(input));
        }
    }
    return [...found].sort();
}

/** The .rubric files that `check` and `fmt` work on; a file named on the command line must be one. */
export function collectRubricFiles(inputs: string[], locale: Locale): string[] {
    for (const input of inputs) {
        if (!input.toLowerCase().endsWith('.rubric') && fs.existsSync(input) && !fs.statSync(input).isDirectory()) {
            throw new CliError(text(locale, 'notARubricFile', { file: input }));
        }
    }
    return collectFiles(inputs, ['.rubric'], locale);
}

// in the order the folder lists them: collectFiles sorts what it finds (a localeCompare here cost a cold
// start some 8 ms to set up ICU's collation, for an order that was then sorted again)
function* walk(folder: string, extensions: string[]): Generator<string> {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) yield* walk(full, extensions);
        else if (extensions.some((ext) => entry.name.endsWith(ext))) yield full;
    }
}
