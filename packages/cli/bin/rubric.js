#!/usr/bin/env node
// Node 22+ keeps compiled code between runs (a cold `rubric check` is mostly compiling JavaScript);
// Node 20 has no compile cache and simply skips this.
import module from 'node:module';

try {
    module.enableCompileCache?.();
} catch {
    // a read-only or full cache folder only costs speed
}

// `rubric … | head` closes the pipe early: that is the reader's choice, not a crash
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
    });
}

const { main } = await import('../dist/rubric.mjs');
process.exitCode = await main(process.argv.slice(2));
