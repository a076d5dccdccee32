// Loaded with `node --import`: at exit, writes the process's peak resident memory (bytes) to the file
// named by BENCH_RSS_FILE, so the benchmark can read the CLI's peak memory on every platform.
import * as fs from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) {
    process.on('exit', () => {
        // resourceUsage().maxRSS is in kilobytes
        fs.writeFileSync(out, String(process.resourceUsage().maxRSS * 1024));
    });
}
