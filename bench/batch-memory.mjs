// A province's batch through the CLI: N generated assessments of the district rubric written as JSON
// files into a temporary folder, then one `rubric score … --format json -o` over the folder. Reports the
// run's wall time, its peak resident memory (the process's own maxRSS) and the size of what it wrote:
// memory must stay flat as N grows (each unit's detail is streamed out, not held) and time linear.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateAssessments } from './generate-assessments.mjs';
import { timeProcesses } from './stats.mjs';

export function benchmarkBatch({ root, district, work, sizes, format = 'json' }) {
    const cli = path.join(root, 'packages/cli/bin/rubric.js');
    const compiledRun = spawnSync(process.execPath, [cli, 'compile', district.file], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (compiledRun.status !== 0) return { skipped: `rubric compile exited ${compiledRun.status}` };
    const compiled = JSON.parse(compiledRun.stdout);
    const rows = [];
    for (const count of sizes) {
        const folder = path.join(work, `batch-${count}`);
        fs.mkdirSync(folder, { recursive: true });
        // one generated chunk at a time, so that the benchmark itself stays small
        for (let start = 0; start < count; start += 500) {
            const chunk = generateAssessments(compiled, Math.min(500, count - start), 2022 + start);
            chunk.forEach((assessment, i) => {
                const n = start + i + 1;
                assessment.unit.id = `U${String(n).padStart(5, '0')}`;
                assessment.unit.name = `Đơn vị ${n}`;
                fs.writeFileSync(path.join(folder, `${assessment.unit.id}.json`), JSON.stringify(assessment));
            });
        }
        const out = path.join(work, `batch-${count}.${format}`);
        const run = timeProcesses({ score: [cli, 'score', '--rubric', district.file, folder, '--format', format, '-o', out] }, 1, { cwd: root }).score;
        if (run.last.status !== 0) return { skipped: `rubric score exited ${run.last.status}: ${run.last.stderr.trim().split('\n').slice(-1)[0]}` };
        rows.push({ count, ms: run.times[0], cpuMs: run.cpu[0], maxRss: run.rss[0], outputBytes: fs.statSync(out).size });
        fs.rmSync(folder, { recursive: true, force: true });
        fs.rmSync(out, { force: true });
    }
    return { rows };
}
