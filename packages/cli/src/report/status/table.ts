import type { StatusReport } from '../../contracts/status-report.js';
import { terminalText } from '../../safe-text/terminal.js';
import { textTable } from '../score/text-table.js';
import { roundSentence, statusCells, statusHeadings } from './status-cells.js';

/** For the terminal: one line per unit, then the round. */
export default function tableStatus(report: StatusReport): string {
    const { rubric, units, locale } = report;
    const table = textTable(statusHeadings(locale), units.map((unit) => statusCells(unit, locale)), new Set([3, 4, 5, 6]));
    return terminalText(`${rubric.title} (${rubric.id}, ${rubric.year})\n\n${table}\n\n${roundSentence(report, locale)}\n`);
}
