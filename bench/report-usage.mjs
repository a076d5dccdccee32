// Loaded with `node --import`: at exit, writes the process's peak resident memory (bytes) and the CPU time
// it used (ms, user + system, since the process started) as JSON to the file named by BENCH_USAGE_FILE.
// CPU time hardly changes when other programs keep the machine busy; wall time does.
import * as fs from 'node:fs';

const out = process.env.BENCH_USAGE_FILE;
if (out) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        // maxRSS is in kilobytes, the CPU times in microseconds
        fs.writeFileSync(out, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
    });
}
