import type { Finding, FindingReport } from '../../contracts/finding-report.js';

/** GitHub Actions workflow commands: each finding becomes an annotation on the changed line. */
export default function writeGithubFindings({ findings }: FindingReport): string {
    return findings.map(annotation).join('');
}

function annotation(finding: Finding): string {
    const level = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
    const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(finding.code)}`,
    ].join(',');
    return `::${level} ${properties}::${escapeData(finding.message)}\n`;
}

function escapeData(value: string): string {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
