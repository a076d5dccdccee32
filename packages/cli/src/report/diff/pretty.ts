import { diffText, summaryText } from '@par-rubric/language/diff';
import type { DiffReport } from '../../contracts/diff-report.js';
import { terminalText } from '../../safe-text/terminal.js';
import { diffHeading, diffSections } from './diff-sections.js';

/** For the terminal: the two rubrics, the summary line, then each section as an indented list. */
export default function prettyDiff({ diff, locale }: DiffReport): string {
    const out = [`${diffText(locale, 'diffTitle')}: ${diffHeading(diff)}`, summaryText(diff.summary, locale)];
    const sections = diffSections(diff, locale);
    if (sections.length === 0) out.push('', diffText(locale, 'noChanges'));
    for (const section of sections) {
        out.push('', `${section.title}:`);
        for (const line of section.lines) {
            out.push(`  ${line.text}`);
            for (const detail of line.details) out.push(`    - ${detail}`);
        }
    }
    return terminalText(out.join('\n')) + '\n';
}
