import type { StatusReport } from '../../contracts/status-report.js';

/** The progress as data, for the provinces' web systems: one entry per unit and the round's figures. */
export default function jsonStatus({ rubric, units, round }: StatusReport): string {
    return JSON.stringify({ rubric: { id: rubric.id, hash: rubric.hash, year: rubric.year }, round, units }, null, 2) + '\n';
}
