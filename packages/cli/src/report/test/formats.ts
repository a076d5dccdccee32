import type { FormatRegistry } from '../../contracts/format-registry.js';
import type { TestWriter } from '../../contracts/test-report.js';

/** `rubric test --format …`: one writer per format, in the file named after it. */
export const testFormats = {
    pretty: () => import('./pretty.js'),
    json: () => import('./json.js'),
    junit: () => import('./junit.js'),
    github: () => import('./github.js'),
} satisfies FormatRegistry<TestWriter>;

export type TestFormat = keyof typeof testFormats;
