import * as path from 'node:path';
import type { FindingReport } from '../../contracts/finding-report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF 2.1.0, for code-scanning dashboards: one rule per issue code, one result per finding. */
export default function writeSarifFindings({ findings }: FindingReport): string {
    const codes = [...new Set(findings.map((f) => f.code))].sort();
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'rubric',
                        informationUri: 'https://example.invalid/par-rubric',
                        version: '0.1.0',
                        rules: codes.map((code) => ({
                            id: code,
                            shortDescription: { text: code },
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
