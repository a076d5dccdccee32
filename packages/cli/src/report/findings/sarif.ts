import * as path from 'node:path';
import { codeAnchor, referenceUrl, type IssueCode } from '@par-rubric/language';
import { cliPackage } from '../../cli-package.js';
import type { FindingReport } from '../../contracts/finding-report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF 2.1.0, for code-scanning dashboards: one rule per issue code, one result per finding. */
export default function writeSarifFindings({ findings, locale, home }: FindingReport): string {
    const codes = [...new Set(findings.map((f) => f.code))].sort();
    // a rule's help is what it says where it is broken, in the run's language
    const helpOf = new Map<string, string>();
    for (const finding of findings) if (!helpOf.has(finding.code)) helpOf.set(finding.code, finding.message);
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'rubric',
                        ...(cliPackage.homepage ? { informationUri: cliPackage.homepage } : {}),
                        version: cliPackage.version,
                        rules: codes.map((code) => ({
                            id: code,
                            shortDescription: { text: code },
                            help: { text: helpOf.get(code)! },
                            // the language reference's section for the code, where the project has an address
                            ...(home ? { helpUri: referenceUrl(home, locale, codeAnchor(code as IssueCode)) } : {}),
                        })),
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => ({
                    ruleId: finding.code,
                    ruleIndex: codes.indexOf(finding.code),
                    level: finding.severity === 'info' ? 'note' : finding.severity,
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: finding.file.split(path.sep).join('/') },
                                region: {
                                    startLine: finding.line,
                                    startColumn: finding.column,
                                    endLine: finding.endLine,
                                    endColumn: finding.endColumn,
                                },
                            },
                        },
                    ],
                })),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
