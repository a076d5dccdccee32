// The language server's start file (out/language-server.cjs): turns on Node's compile cache where the runtime
// has it (Node ≥ 22.1; VS Code's extension host runs 22), then loads the server itself. With the cache a
// second start reads the compiled bundle from disk instead of compiling it again. Without it, or when the
// cache directory cannot be written, the server starts as before: the cache only saves time.
import * as nodeModule from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/** `module.enableCompileCache`, which the Node 20 typings do not know yet. */
type CompileCache = { enableCompileCache?: (directory?: string) => unknown };

try {
    (nodeModule as CompileCache).enableCompileCache?.(process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), 'par-rubric-compile-cache'));
} catch {
    // an unwritable directory: start uncached
}
// a file of its own, loaded once the cache is on
require('./language-server-body.cjs');
