import type { StatusReport } from '../../contracts/status-report.js';
import { markdownText as escape } from '../../safe-text/markdown.js';
import { word } from '../report-text.js';
import { roundSentence, statusCells, statusHeadings } from './status-cells.js';

/** Markdown: the round's sentence, then one table row per unit. */
export default function markdownStatus(report: StatusReport): string {
    const { rubric, units, locale } = report;
    const row = (cells: string[]): string => `| ${cells.map(escape).join(' | ')} |`;
    const out = [`# ${word(locale, 'statusTitle')}`, '', `**${escape(rubric.title)}** (${rubric.id}, ${rubric.year})`, '', escape(roundSentence(report, locale)), ''];
    out.push(row(statusHeadings(locale)), '| --- | --- | --- | ---: | ---: | ---: | ---: |');
    for (const unit of units) out.push(row(statusCells(unit, locale)));
    return out.join('\n') + '\n';
}
