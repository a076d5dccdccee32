import type { FindingReport } from './index.js';

export function writeJsonFindings({ findings }: FindingReport): string {
    return JSON.stringify({ findings }, null, 2) + '\n';
}
