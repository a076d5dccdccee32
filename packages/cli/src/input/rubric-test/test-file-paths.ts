import * as fs from 'node:fs';
import type { Locale } from '@par-rubric/language';
import { CliError } from '../../cli-error.js';
import { text } from '../../cli-text.js';
import { collectFiles } from '../rubric-paths.js';

/** How a test file's name ends: it sits beside the rubric it tests, named after it. */
const TEST_FILE_ENDINGS = ['.rubric-test.yaml', '.rubric-test.yml'];

/** Files and folders to the test files they hold; a file named on the command line must be one. */
export function collectTestFiles(inputs: string[], locale: Locale): string[] {
    for (const input of inputs) {
        const isTestFile = TEST_FILE_ENDINGS.some((ending) => input.toLowerCase().endsWith(ending));
        if (!isTestFile && fs.existsSync(input) && !fs.statSync(input).isDirectory()) throw new CliError(text(locale, 'notATestFile', { file: input }));
    }
    return collectFiles(inputs, TEST_FILE_ENDINGS, locale);
}
