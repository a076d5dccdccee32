import type { Finding, FindingReport } from '../../contracts/finding-report.js';
import { annotationData, annotationProperty } from '../github-annotation.js';

/** GitHub Actions workflow commands: each finding becomes an annotation on the changed line. */
export default function writeGithubFindings({ findings }: FindingReport): string {
    return findings.map(annotation).join('');
}

function annotation(finding: Finding): string {
    const level = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
    const properties = [
        `file=${annotationProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${annotationProperty(finding.code)}`,
    ].join(',');
    return `::${level} ${properties}::${annotationData(finding.message)}\n`;
}
