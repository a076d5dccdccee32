import type { Locale } from '@par-rubric/language';
import type { Finding } from '../finding.js';
import { writeGithubFindings } from './github.js';
import { writeJsonFindings } from './json.js';
import { writeJunitFindings } from './junit.js';
import { writePrettyFindings } from './pretty.js';
import { writeSarifFindings } from './sarif.js';

export type FindingReport = { findings: Finding[]; files: string[]; locale: Locale };
export type FindingWriter = (report: FindingReport) => string;

/** `rubric check --format …`: one writer per format, each in its own file. */
export const findingWriters = {
    pretty: writePrettyFindings,
    json: writeJsonFindings,
    github: writeGithubFindings,
    sarif: writeSarifFindings,
    junit: writeJunitFindings,
} satisfies Record<string, FindingWriter>;

export type FindingFormat = keyof typeof findingWriters;
