import type { Locale } from '@par-rubric/language';
import type { Finding } from '../finding.js';
import { writeJsonFindings } from './json.js';
import { writePrettyFindings } from './pretty.js';

export type FindingReport = { findings: Finding[]; files: string[]; locale: Locale };
export type FindingWriter = (report: FindingReport) => string;

/** `rubric check --format …`: one writer per format, each in its own file. */
export const findingWriters = {
    pretty: writePrettyFindings,
    json: writeJsonFindings,
} satisfies Record<string, FindingWriter>;

export type FindingFormat = keyof typeof findingWriters;
