#!/usr/bin/env node
// Node 22+ keeps compiled code between runs (a cold `rubric check` is mostly compiling JavaScript);
// Node 20 has no compile cache and simply skips this.
import module from 'node:module';

try {
    module.enableCompileCache?.();
} catch {
    // a read-only or full cache folder only costs speed
}
await import('../dist/rubric.mjs');
