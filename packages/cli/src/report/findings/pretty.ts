import { text } from '../../cli-text.js';
import type { FindingReport } from '../../contracts/finding-report.js';
import { terminalText } from '../../safe-text/terminal.js';

/** "file:line:column: error code: message", the shape editors and terminals turn into links. */
export default function writePrettyFindings({ findings, files, locale }: FindingReport): string {
    const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    lines.push(text(locale, 'checkSummary', { files: files.length, errors, warnings }));
    return terminalText(lines.join('\n') + '\n');
}
