// Loaded with `node --import`: registers a resolve hook that appends every module file the process loads
// to the file named by RECORD_LOADS_FILE (one per line), so a test can see what a command pulls in.
import { register } from 'node:module';

register(
    `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
    const result = await next(specifier, context);
    if (result.url.startsWith('file:')) appendFileSync(${JSON.stringify(process.env.RECORD_LOADS_FILE ?? '/dev/null')}, result.url + '\\n');
    return result;
}`)}`,
);
