import { diffText, summaryText } from '@par-rubric/language/diff';
import type { DiffReport } from '../../contracts/diff-report.js';
import { markdownText as escape } from '../../safe-text/markdown.js';
import { diffHeading, diffSections } from './diff-sections.js';

function row(cells: readonly string[]): string {
    return `| ${cells.map(escape).join(' | ')} |`;
}

/** Markdown: a heading, the summary line, then one section per kind of change (re-weights as a table). */
export default function markdownDiff({ diff, locale }: DiffReport): string {
    const out = [`# ${escape(diffText(locale, 'diffTitle'))}: ${escape(diffHeading(diff))}`, '', `**${escape(summaryText(diff.summary, locale))}**`];
    const sections = diffSections(diff, locale);
    if (sections.length === 0) out.push('', escape(diffText(locale, 'noChanges')));
    for (const section of sections) {
        out.push('', `## ${escape(section.title)}`, '');
        if (section.table) {
            out.push(row(section.table.head), `| --- | --- | ${section.table.head.slice(2).map(() => '---:').join(' | ')} |`);
            for (const cells of section.table.rows) out.push(row(cells));
            continue;
        }
        for (const line of section.lines) {
            out.push(`- ${escape(line.text)}`);
            for (const detail of line.details) out.push(`  - ${escape(detail)}`);
        }
    }
    return out.join('\n') + '\n';
}
