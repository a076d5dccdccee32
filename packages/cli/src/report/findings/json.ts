import type { FindingReport } from '../../contracts/finding-report.js';

export default function writeJsonFindings({ findings }: FindingReport): string {
    return JSON.stringify({ findings }, null, 2) + '\n';
}
